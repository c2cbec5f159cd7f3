/**
 * A container holds a continuous or discrete amount up to a capacity (beds, holding
 * space). `put` and `get` block until they fit (FIFO, the first blocked request goes
 * first); `tryPut` and `tryGet` balk instead of waiting.
 */
import { Event } from './event.ts';
import type { Environment } from './environment.ts';
import { TimeWeighted } from '../stats/index.ts';

interface Pending { readonly amount: number; readonly ev: Event<number> }

export interface ContainerOptions {
  /** Maximum level (default Infinity). */
  capacity?: number;
  /** Initial level (default 0): a facility can start already occupied. */
  init?: number;
  /** Record the time-weighted level (default false). */
  monitor?: boolean;
}

export class Container {
  private _level: number;
  private _capacity: number;
  private readonly puts: Pending[] = [];
  private readonly gets: Pending[] = [];
  /** Time-weighted level, when created with `monitor: true`. */
  readonly stats: TimeWeighted | null;

  constructor(readonly env: Environment, opts: ContainerOptions = {}) {
    const capacity = opts.capacity ?? Infinity;
    const init = opts.init ?? 0;
    if (!(capacity > 0)) throw new RangeError(`invalid capacity: ${capacity} (expected a number > 0)`);
    if (!(init >= 0 && init <= capacity)) throw new RangeError(`invalid init: ${init} (expected a number in [0, capacity = ${capacity}])`);
    this._capacity = capacity;
    this._level = init;
    this.stats = opts.monitor ? new TimeWeighted(env.now, init) : null;
  }

  get level(): number { return this._level; }
  get capacity(): number { return this._capacity; }

  /** Adds `amount`, waiting until there is room. The event's value is the amount. */
  put(amount: number): Event<number> {
    checkAmount(amount);
    const ev = new Event<number>(this.env);
    this.puts.push({ amount, ev });
    this.settle();
    return ev;
  }

  /** Removes `amount`, waiting until it is there. The event's value is the amount. */
  get(amount: number): Event<number> {
    checkAmount(amount);
    const ev = new Event<number>(this.env);
    this.gets.push({ amount, ev });
    this.settle();
    return ev;
  }

  /** Adds `amount` if it fits now and nobody waits to put; otherwise returns false (balks). */
  tryPut(amount: number): boolean {
    checkAmount(amount);
    if (this.puts.length > 0 || this._level + amount > this._capacity) return false;
    this.setLevel(this._level + amount);
    this.settle();
    return true;
  }

  /** Removes `amount` if it is there and nobody waits to get; otherwise returns false. */
  tryGet(amount: number): boolean {
    checkAmount(amount);
    if (this.gets.length > 0 || this._level < amount) return false;
    this.setLevel(this._level - amount);
    this.settle();
    return true;
  }

  /** Changes the capacity now (beds funded or cut); the level may exceed it until gets drain it. */
  setCapacity(capacity: number): void {
    if (!(capacity > 0)) throw new RangeError(`invalid capacity: ${capacity} (expected a number > 0)`);
    this._capacity = capacity;
    this.settle();
  }

  private setLevel(level: number): void {
    this._level = level;
    if (this.stats !== null) this.stats.update(this.env.now, level);
  }

  private settle(): void {
    let moved = true;
    while (moved) {
      moved = false;
      const p = this.puts[0];
      if (p !== undefined && this._level + p.amount <= this._capacity) {
        this.puts.shift();
        this.setLevel(this._level + p.amount);
        p.ev.succeed(p.amount);
        moved = true;
      }
      const g = this.gets[0];
      if (g !== undefined && this._level >= g.amount) {
        this.gets.shift();
        this.setLevel(this._level - g.amount);
        g.ev.succeed(g.amount);
        moved = true;
      }
    }
  }
}

function checkAmount(a: number): void {
  if (!(a > 0 && Number.isFinite(a))) throw new RangeError(`invalid amount: ${a} (expected a finite number > 0)`);
}
