/**
 * A store of typed items with an optional capacity. `put` waits while the store is full;
 * `get` waits for an item (the first matching `filter`, if given), FIFO among waiters.
 */
import { Event } from './event.ts';
import type { Environment } from './environment.ts';

interface PendingGet<T> { readonly ev: Event<T>; readonly filter: ((item: T) => boolean) | undefined }
interface PendingPut<T> { readonly ev: Event<void>; readonly item: T }

export class Store<T> {
  private readonly _items: T[];
  private readonly gets: PendingGet<T>[] = [];
  private readonly puts: PendingPut<T>[] = [];
  readonly capacity: number;

  constructor(readonly env: Environment, opts: { capacity?: number; init?: readonly T[] } = {}) {
    this.capacity = opts.capacity ?? Infinity;
    if (!(this.capacity > 0)) throw new RangeError(`invalid capacity: ${this.capacity} (expected a number > 0)`);
    this._items = opts.init ? [...opts.init] : [];
    if (this._items.length > this.capacity) throw new RangeError(`invalid init: ${this._items.length} items exceed capacity ${this.capacity}`);
  }

  /** Items currently stored, oldest first (read-only view). */
  get items(): readonly T[] { return this._items; }

  put(item: T): Event<void> {
    const ev = new Event<void>(this.env);
    this.puts.push({ ev, item });
    this.settle();
    return ev;
  }

  get(filter?: (item: T) => boolean): Event<T> {
    const ev = new Event<T>(this.env);
    this.gets.push({ ev, filter });
    this.settle();
    return ev;
  }

  private settle(): void {
    let moved = true;
    while (moved) {
      moved = false;
      while (this.puts.length > 0 && this._items.length < this.capacity) {
        const p = this.puts.shift()!;
        this._items.push(p.item);
        p.ev.succeed();
        moved = true;
      }
      for (let i = 0; i < this.gets.length; i++) {
        const g = this.gets[i]!;
        const j = g.filter === undefined ? (this._items.length > 0 ? 0 : -1) : this._items.findIndex(g.filter);
        if (j < 0) continue;
        const [item] = this._items.splice(j, 1);
        this.gets.splice(i, 1);
        i--;
        g.ev.succeed(item as T);
        moved = true;
      }
    }
  }
}
