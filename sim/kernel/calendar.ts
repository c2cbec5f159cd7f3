/**
 * The event calendar: a min-heap over typed arrays, ordered by
 * (time, priority, insertion sequence), so that simultaneous events always resolve
 * in the same order. Entries live in slots; cancelling marks a slot dead in O(1) and
 * the dead entry is discarded when it reaches the top (lazy deletion).
 *
 * The heap is 4-ary (half the depth of a binary heap, children adjacent in memory)
 * and stores each entry's time and slot in two typed arrays; it allocates nothing.
 */

/** Priorities are integers in [PRIORITY_MIN, PRIORITY_MAX]; lower runs first. */
export const PRIORITY_MIN = -512;
export const PRIORITY_MAX = 511;
const SEQ_SPAN = 2 ** 42; // sequence numbers below 4.4e12; key stays below 2^52 (exact in a double)

/** What a slot holds: an object with a `_fire()` method or a plain callback. */
export type CalendarTarget = object;

export class Calendar {
  // The heap: a 4-ary min-heap of (time, slot); ties on time are broken by the slot's
  // packed (priority, sequence) key, read only when times are equal.
  private hTime: Float64Array;
  private hSlot: Int32Array;
  private n = 0;
  private seq = 0;
  /** Per slot: the target, or null once cancelled or free. */
  private readonly targets: (CalendarTarget | null)[] = [];
  /** Per slot: packed (priority, sequence) key. */
  private key: Float64Array;
  /** Per slot: generation counter, so a stale handle never cancels a reused slot. */
  private gen: Uint32Array;
  private free: Int32Array;
  private nFree = 0;
  private nSlots = 0;
  private live = 0;

  constructor(initialCapacity = 1024) {
    const c = Math.max(16, initialCapacity | 0);
    this.hTime = new Float64Array(c);
    this.hSlot = new Int32Array(c);
    this.key = new Float64Array(c);
    this.gen = new Uint32Array(c);
    this.free = new Int32Array(c);
  }

  /** Number of pending (not cancelled) entries. */
  get size(): number {
    return this.live;
  }

  /** Time of the earliest pending entry, or Infinity. Discards cancelled entries on top. */
  peekTime(): number {
    while (this.n > 0 && this.targets[this.hSlot[0]!] === null) {
      this.free[this.nFree++] = this.hSlot[0]!;
      this.removeTop();
    }
    return this.n > 0 ? this.hTime[0]! : Infinity;
  }

  /**
   * Adds an entry; returns a handle for `cancel`. The handle packs slot and generation
   * into one number (slot < 2^24, generation < 2^29).
   */
  push(time: number, priority: number, target: CalendarTarget): number {
    if (!(priority >= PRIORITY_MIN && priority <= PRIORITY_MAX) || (priority | 0) !== priority) {
      throw new RangeError(`invalid priority: ${priority} (expected an integer in [${PRIORITY_MIN}, ${PRIORITY_MAX}])`);
    }
    return this.pushTrusted(time, priority, target);
  }

  /** @internal `push` for callers whose priority is known to be valid. */
  pushTrusted(time: number, priority: number, target: CalendarTarget): number {
    let slot: number;
    if (this.nFree > 0) slot = this.free[--this.nFree]!;
    else {
      slot = this.nSlots++;
      if (slot >= this.gen.length) this.growSlots();
      this.targets.push(null);
    }
    this.targets[slot] = target;
    this.key[slot] = (priority - PRIORITY_MIN) * SEQ_SPAN + this.seq++;
    if (this.n === this.hTime.length) this.growHeap();
    this.siftUp(this.n++, time, slot);
    this.live++;
    return this.gen[slot]! * 16777216 + slot;
  }

  /** Cancels a pending entry in O(1). Returns false if it already ran or was cancelled. */
  cancel(handle: number): boolean {
    const slot = handle % 16777216;
    const g = (handle - slot) / 16777216;
    if (slot >= this.nSlots || this.gen[slot] !== g || this.targets[slot] === null) return false;
    this.targets[slot] = null;
    this.gen[slot] = (g + 1) & 0x1fffffff;
    this.live--;
    return true;
  }

  /** Time of the entry last returned by `pop`. */
  lastTime = 0;

  /**
   * Removes the earliest pending entry and returns its target (its time in `lastTime`),
   * or null if the calendar is empty.
   */
  pop(): CalendarTarget | null {
    return this.popBefore(Infinity);
  }

  /**
   * Like `pop`, but returns null (and removes nothing pending) when the earliest pending
   * entry is at or after `until`.
   */
  popBefore(until: number): CalendarTarget | null {
    const targets = this.targets;
    for (;;) {
      if (this.n === 0) return null;
      const slot = this.hSlot[0]!;
      const time = this.hTime[0]!;
      if (!(time < until) && targets[slot] !== null) return null;
      this.removeTop();
      const target = targets[slot]!;
      // Free the slot whether or not the entry was cancelled.
      this.free[this.nFree++] = slot;
      if (target === null) continue;
      targets[slot] = null;
      this.gen[slot] = (this.gen[slot]! + 1) & 0x1fffffff;
      this.live--;
      this.lastTime = time;
      return target;
    }
  }

  private removeTop(): void {
    const last = --this.n;
    if (last > 0) this.siftDown(this.hTime[last]!, this.hSlot[last]!);
  }

  private siftUp(i: number, time: number, slot: number): void {
    const ht = this.hTime, hs = this.hSlot, key = this.key;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const pt = ht[p]!;
      if (pt < time || (pt === time && key[hs[p]!]! < key[slot]!)) break;
      ht[i] = pt; hs[i] = hs[p]!;
      i = p;
    }
    ht[i] = time; hs[i] = slot;
  }

  /** Places (time, slot) from the root down; the heap has `n` entries. */
  private siftDown(time: number, slot: number): void {
    const ht = this.hTime, hs = this.hSlot, key = this.key, n = this.n;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= n) break;
      let c = first;
      let ct = ht[first]!;
      const end = first + 4 < n ? first + 4 : n;
      for (let j = first + 1; j < end; j++) {
        const jt = ht[j]!;
        if (jt < ct || (jt === ct && key[hs[j]!]! < key[hs[c]!]!)) { c = j; ct = jt; }
      }
      if (time < ct || (time === ct && key[slot]! < key[hs[c]!]!)) break;
      ht[i] = ct; hs[i] = hs[c]!;
      i = c;
    }
    ht[i] = time; hs[i] = slot;
  }

  private growHeap(): void {
    const c = this.hTime.length * 2;
    const t = new Float64Array(c); t.set(this.hTime); this.hTime = t;
    const s = new Int32Array(c); s.set(this.hSlot); this.hSlot = s;
  }

  private growSlots(): void {
    const c = this.gen.length * 2;
    if (c > 16777216) throw new RangeError('calendar full: more than 16,777,216 pending events');
    const g = new Uint32Array(c); g.set(this.gen); this.gen = g;
    const f = new Int32Array(c); f.set(this.free); this.free = f;
    const k = new Float64Array(c); k.set(this.key); this.key = k;
  }
}
