/**
 * The simulation environment: the clock, the event calendar and the loop that runs it.
 * Time is a plain number in whatever unit the model chooses (the border model uses days).
 *
 * Slicing is exact: `run({ until: t1 })` then `run({ until: t2 })` processes exactly the
 * same events in the same order as `run({ until: t2 })`, because a run stops before the
 * first event at or after `until` and leaves it pending.
 */
import { Calendar } from './calendar.ts';
import { Event, Timeout } from './event.ts';
import { Condition } from './condition.ts';
import { newProcess, type Process, type ProcessGenerator } from './process.ts';

export type Callback = (env: Environment) => void;

/** @internal A calendar target other than a callback: events (which ignore `arg`) and objects scheduled with `_scheduleArgAt`. */
export interface ArgTarget { _fire(arg: number): void }

/** Process steps between replacements of the holder of the running process. */
const ACTIVE_CELL_USES = 1024;

export interface EnvironmentOptions {
  /** Start time (default 0). */
  initialTime?: number;
  /** Initial calendar capacity, to avoid regrowth in large models (default 1024). */
  calendarCapacity?: number;
  /**
   * Files entries beyond the current bucket of this width (a power of two, in time units)
   * in unsorted buckets, and the entries before the bucket's end in fine buckets sorted as
   * time reaches them instead of a heap (see calendar.ts); the order of events is the same
   * with or without it (default: no buckets, one heap).
   */
  calendarBucketWidth?: number;
}

export class Environment {
  // Declared, then assigned in the constructor (see the Calendar constructor for why).
  private declare _now: number;
  private declare readonly cal: Calendar;
  private declare stopped: boolean;
  /** Number of calendar entries processed so far. */
  declare eventCount: number;
  /**
   * @internal Holds the process whose generator is running, if any (see `_enter`).
   * A small holder, replaced every `ACTIVE_CELL_USES` process steps: so it is nearly
   * always in V8's young generation, and storing the running process (itself young)
   * into it needs none of the old-to-young write barrier work that a field of the
   * long-lived (hence old) Environment would cost on every step.
   */
  declare _activeCell: { p: Process<any> | null };
  private declare activeCellUses: number;

  constructor(opts: EnvironmentOptions = {}) {
    const now = opts.initialTime ?? 0;
    if (!Number.isFinite(now)) throw new RangeError(`invalid initialTime: ${now} (expected a finite number)`);
    this._now = 0.5; // first a non-integer: a double field, updated in place
    this._now = now;
    this.cal = new Calendar(opts.calendarCapacity, opts.calendarBucketWidth);
    this.stopped = false;
    this.eventCount = 0;
    this._activeCell = { p: null };
    this.activeCellUses = ACTIVE_CELL_USES;
  }

  /** Current simulation time. */
  get now(): number { return this._now; }

  /** The process currently running, or null inside plain callbacks. */
  get activeProcess(): Process<any> | null { return this._activeCell.p; }

  /** @internal Marks `p` as running; returns the process that was, for `_leave`. */
  _enter(p: Process<any>): Process<any> | null {
    const cell = --this.activeCellUses < 0 ? this.renewActiveCell() : this._activeCell;
    const prev = cell.p;
    cell.p = p;
    return prev;
  }

  private renewActiveCell(): { p: Process<any> | null } {
    this.activeCellUses = ACTIVE_CELL_USES;
    return (this._activeCell = { p: this._activeCell.p });
  }

  /** @internal Restores the running process `_enter` returned. */
  _leave(prev: Process<any> | null): void {
    this._activeCell.p = prev;
  }

  /** Number of pending calendar entries. */
  get pending(): number { return this.cal.size; }

  /**
   * Schedules a plain callback `delay` from now: the fast path for models that need no
   * process state. Returns a handle for `cancel`. Lower `priority` runs first among
   * entries at the same time; equal priorities run in scheduling order.
   */
  schedule(delay: number, callback: Callback, priority = 0): number {
    if (!(delay >= 0) || delay === Infinity) throw new RangeError(`invalid delay: ${delay} (expected a finite number >= 0)`);
    return this.cal.push(this._now + delay, priority, callback);
  }

  /** Schedules a plain callback at an absolute time (>= now). */
  scheduleAt(time: number, callback: Callback, priority = 0): number {
    if (!(time >= this._now) || time === Infinity) throw new RangeError(`invalid time: ${time} (expected a finite time >= now = ${this._now})`);
    return this.cal.push(time, priority, callback);
  }

  /** Cancels a scheduled callback in O(1); false if it already ran or was cancelled. */
  cancel(handle: number): boolean {
    return this.cal.cancel(handle);
  }

  /** Time of the next pending entry, or Infinity. */
  peek(): number {
    return this.cal.peekTime();
  }

  /** Processes the next entry. Throws if the calendar is empty. */
  step(): void {
    const target = this.cal.pop();
    if (target === null) throw new Error('no more events');
    this._now = this.cal.lastTime;
    this.eventCount++;
    if (typeof target === 'function') (target as Callback)(this);
    else (target as ArgTarget)._fire(this.cal.lastArg);
  }

  /**
   * Runs until the calendar is empty, `stop()` is called, or the next entry is at or
   * after `until` (then the clock is set to `until`).
   */
  run(opts: { until?: number } = {}): void {
    const until = opts.until ?? Infinity;
    if (Number.isNaN(until) || until < this._now) throw new RangeError(`invalid until: ${until} (expected a time >= now = ${this._now})`);
    this.stopped = false;
    const cal = this.cal;
    while (!this.stopped) {
      const target = cal.popBefore(until);
      if (target === null) break;
      this._now = cal.lastTime;
      this.eventCount++;
      if (typeof target === 'function') (target as Callback)(this);
      else (target as ArgTarget)._fire(cal.lastArg);
    }
    if (!this.stopped && until !== Infinity) this._now = until;
  }

  /** Makes the current `run` return after the entry being processed. */
  stop(): void {
    this.stopped = true;
  }

  /** Starts a process from a generator (call the generator function first). */
  process<R>(gen: ProcessGenerator<R>): Process<R> {
    return newProcess(this, gen);
  }

  /** An event processed `delay` from now, with an optional value. */
  timeout<T = undefined>(delay: number, value?: T): Timeout<T> {
    return new Timeout(this, delay, value);
  }

  /** A new pending event, to be triggered with `succeed` or `fail`. */
  event<T = unknown>(): Event<T> {
    return new Event<T>(this);
  }

  /** An event processed when the first of `events` is. */
  anyOf(events: readonly Event<any>[]): Condition {
    return new Condition(this, events, false);
  }

  /** An event processed when all of `events` are. */
  allOf(events: readonly Event<any>[]): Condition {
    return new Condition(this, events, true);
  }

  /** @internal */
  _scheduleEvent(ev: Event<any>, delay: number, priority: number): void {
    this.cal.pushTrusted(this._now + delay, priority, ev);
  }

  /**
   * @internal Schedules an object whose `_fire` runs at now + delay; returns the calendar
   * slot, for `_cancelSlot` while the entry is pending.
   */
  _scheduleTarget(delay: number, target: { _fire(): void }): number {
    return this.cal.pushTrusted(this._now + delay, 0, target);
  }

  /**
   * @internal Schedules `target._fire(arg)` at `time` (>= now), priority 0: for an object that
   * serves many pending entries, told apart by `arg` (an int32), without a callback per entry.
   */
  _scheduleArgAt(time: number, target: ArgTarget, arg: number): void {
    if (!(time >= this._now) || time === Infinity) throw new RangeError(`invalid time: ${time} (expected a finite time >= now = ${this._now})`);
    this.cal.pushArg(time, target, arg);
  }

  /** @internal Cancels a pending entry by the slot `_scheduleTarget` returned. */
  _cancelSlot(slot: number): void {
    this.cal.cancelSlot(slot);
  }

  /** @internal */
  _scheduleCallback(delay: number, priority: number, cb: Callback): number {
    return this.cal.push(this._now + delay, priority, cb);
  }

  /** @internal A failed event that nobody handled. */
  _unhandled(ev: Event<any>): never {
    const err = ev._value;
    throw err instanceof Error ? err : new Error(`unhandled failed event: ${String(err)}`);
  }
}
