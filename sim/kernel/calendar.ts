/**
 * The event calendar: a min-heap over typed arrays, ordered by
 * (time, priority, insertion sequence), so that simultaneous events always resolve
 * in the same order.
 *
 * An entry is a target and a packed (priority, sequence) key, and one of two kinds:
 * - A slot entry (`push`, `pushTrusted`) holds its target in a slot and can be cancelled:
 *   cancelling marks the slot dead in O(1), and the dead entry is discarded when it reaches
 *   the top (lazy deletion).
 * - An argument entry (`pushArg`) cannot be cancelled and has no slot: it names a target
 *   registered once with the calendar (a pool of entities, a bank of servers) and an int32
 *   the target gets back (`lastArg`), such as an entity's index. Popping one reads only the
 *   heap and a short table of targets, not a slot in an array as long as the entries
 *   pending, whose cache line is cold by the time a pending entry comes up.
 *
 * The heap is 4-ary (half the depth of a binary heap, children adjacent in memory) and
 * stores each entry's time in one typed array and its key and reference (a slot, or a
 * registered target with its argument, packed in one double) side by side in another; it
 * allocates nothing.
 *
 * Entries pushed at the time of the last pop with priority 0 (events triggered "now",
 * such as a granted resource request) go to a FIFO instead of the heap. They share
 * (time, priority) and arrive in sequence order, so the FIFO is sorted; `pop` takes the
 * earlier of the FIFO head and the heap top by the full (time, priority, sequence) key,
 * so the order is exactly that of a single heap.
 *
 * With a bucket width (`farBucketWidth`, a power of two), entries at or after the
 * horizon wait unsorted in buckets of that width, and a bucket enters the calendar's near part
 * only when nothing earlier than the horizon (the end of the bucket last moved in) is left.
 * A model whose entries are often far ahead (a detention stay of weeks beside a processing
 * step of minutes) then files each far entry once in O(1). The near part is then not the heap
 * but a `NearRing` (nearRing.ts): the span of the bucket last moved in, cut into fine unsorted
 * buckets sorted one at a time as time reaches them: a push and a pop with 1,000 to 4,200
 * entries pending, at exponential delays, took 64-80 ns against the heap's 140-165 ns (measured
 * on 4 December, Node 20). The order of pops is unchanged: the near part holds exactly the entries
 * before the horizon, every bucketed entry is at or after it, and both the heap and the ring
 * order by the full (time, priority, sequence) key, whatever order entries enter them.
 */

import { NearRing } from './nearRing.ts';

// Local constants: exported names are module cells, read with a check on every use.
const PRIO_MIN = -512;
const PRIO_MAX = 511;
/** Priorities are integers in [PRIORITY_MIN, PRIORITY_MAX]; lower runs first. */
export const PRIORITY_MIN = PRIO_MIN;
/** See `PRIORITY_MIN`. */
export const PRIORITY_MAX = PRIO_MAX;
const SEQ_SPAN = 2 ** 42; // sequence numbers below 4.4e12; key stays below 2^52 (exact in a double)
const SLOT_SPAN = 16777216; // 2^24 slots; a handle is (sequence mod 2^29) * SLOT_SPAN + slot
const SEQ_CHECK = 536870912; // 2^29: the part of the sequence number kept in a handle
/** Key offset of priority 0. */
const PRIO0 = -PRIO_MIN * SEQ_SPAN;
/**
 * An entry's reference: a slot (>= 0), or for an argument entry -1 - m, where m packs the
 * target's index and the int32 `arg`. For an `arg` in [0, 2^21) (a pool's or a bank's slot,
 * the common case) m = index + TARGETS × arg, below 2^31, so it is decoded with int32
 * operations (`%` on a double is a call to fmod: replaying a model year against the calendar
 * alone, the int32 decode took about 6% less time). Any other `arg` gives m = 2^31 + index +
 * TARGETS × (arg + 2^31), below 2^42 in magnitude (exact in a double).
 */
const TARGET_BITS = 10;
const TARGETS = 1 << TARGET_BITS;
const SMALL_ARG = 2097152; // 2^21: TARGETS × SMALL_ARG = 2^31
const ARG_OFFSET = 2147483648;

/**
 * What an entry holds: a plain callback, or an object with a `_fire(arg)` method, called with
 * the number the entry was pushed with (see `pushArg`; meaningless for slot entries).
 */
export type CalendarTarget = object;

/** A target of argument entries: the calendar writes its index in its table here. */
interface Registered { _calendarIndex?: number }

/** Far-future entries of one bucket, unsorted: times, and (key, reference) pairs as in the heap. */
interface FarBucket {
  times: Float64Array;
  meta: Float64Array;
  n: number;
}

export class Calendar {
  // The heap: a 4-ary min-heap of entries, by time, then by key (read only when times tie).
  // Fields are declared and assigned in the constructor rather than as class fields:
  // a class field is first defined as undefined, which makes V8 keep it as a generic
  // tagged value. Times are first stored as a non-integer, so that V8 keeps them as
  // doubles updated in place; a field that first holds an integer holds boxed numbers,
  // and every later store of a fractional time allocates and runs the write barrier.
  private declare ht: Float64Array;
  /** Per heap entry: its key at 2i, its reference at 2i + 1. */
  private declare hm: Float64Array;
  private declare n: number;
  private declare seq: number;
  // The FIFO of entries at time `fTime` with priority 0: (key, reference) pairs in a ring buffer.
  private declare fm: Float64Array;
  private declare fHead: number;
  private declare fN: number;
  private declare fTime: number;
  /** Per slot: the target, or null once cancelled or free. */
  private declare readonly targets: (CalendarTarget | null)[];
  /**
   * Per slot: packed (priority, sequence) key. Its sequence part also identifies the
   * entry, so a stale handle (whose entry ran or was cancelled) never cancels the entry
   * that reuses its slot.
   */
  private declare key: Float64Array;
  private declare free: Int32Array;
  private declare nFree: number;
  private declare nSlots: number;
  /** Targets of argument entries, by the index they were registered with. */
  private declare readonly registered: CalendarTarget[];
  /** Cancelled entries still in the heap, the FIFO or a bucket. */
  private declare dead: number;
  /** Time of the last entry returned by `pop` (0 before the first). */
  declare lastTime: number;
  /** The number the last entry returned by `pop` was pushed with, if by `pushArg`. */
  declare lastArg: number;
  // Far-future entries: those at or after `horizon` wait in buckets of width `bw`
  // (bucket b holds times in [b bw, (b + 1) bw)), the indices of non-empty buckets in a
  // binary min-heap `bIdx`. Without a width, the horizon is infinite and nothing waits.
  private declare bw: number;
  private declare inv: number;
  private declare horizon: number;
  private declare farN: number;
  private declare readonly buckets: Map<number, FarBucket>;
  private declare readonly bIdx: number[];
  private declare readonly spare: FarBucket[];
  /** With a bucket width, the entries before the horizon (the heap is then unused). */
  private declare readonly ring: NearRing | null;

  /**
   * `initialCapacity` presizes the heap and slots; `farBucketWidth` (a power of two, in
   * time units; default none) files far-future entries in buckets, see the module comment.
   */
  constructor(initialCapacity = 1024, farBucketWidth?: number) {
    const c = Math.max(16, initialCapacity | 0);
    // With a bucket width the ring holds the near entries and the heap stays empty.
    const heap = farBucketWidth === undefined ? c : 16;
    this.ht = new Float64Array(heap);
    this.hm = new Float64Array(2 * heap);
    this.n = 0;
    this.seq = 0;
    this.fm = new Float64Array(32);
    this.fHead = 0;
    this.fN = 0;
    this.fTime = 0.5;
    this.fTime = 0;
    this.targets = [];
    this.key = new Float64Array(c);
    this.free = new Int32Array(c);
    this.nFree = 0;
    this.nSlots = 0;
    this.registered = [];
    this.dead = 0;
    this.lastTime = 0.5;
    this.lastTime = 0;
    this.lastArg = 0;
    if (farBucketWidth !== undefined && !isPowerOfTwo(farBucketWidth)) {
      throw new RangeError(`invalid farBucketWidth: ${farBucketWidth} (expected a power of two, such as 0.125 or 1)`);
    }
    this.bw = farBucketWidth ?? Infinity;
    this.inv = farBucketWidth === undefined ? 0 : 1 / farBucketWidth;
    this.horizon = 0.5;
    this.horizon = farBucketWidth ?? Infinity;
    this.farN = 0;
    this.buckets = new Map();
    this.bIdx = [];
    this.spare = [];
    this.ring = farBucketWidth === undefined ? null : new NearRing(farBucketWidth);
  }

  /** Number of pending (not cancelled) entries. */
  get size(): number {
    return (this.ring === null ? this.n : this.ring.size) + this.fN + this.farN - this.dead;
  }

  /** Whether reference `r` (a slot, or a registered target) is a cancelled slot entry. */
  private isDead(r: number): boolean {
    return r >= 0 && this.targets[r] === null;
  }

  /** Capacity of the FIFO ring, in entries. */
  private get fifoCapacity(): number { return this.fm.length >> 1; }

  /** Time of the earliest pending entry, or Infinity. Discards cancelled entries on top. */
  peekTime(): number {
    for (;;) {
      while (this.fN > 0 && this.isDead(this.fm[2 * this.fHead + 1]!)) {
        this.free[this.nFree++] = this.fm[2 * this.fHead + 1]!;
        this.dead--;
        this.fifoShift();
      }
      let h = Infinity;
      const ring = this.ring;
      if (ring !== null) {
        while (ring.ready() && this.isDead(ring.topRef)) {
          this.free[this.nFree++] = ring.topRef;
          this.dead--;
          ring.shift();
        }
        if (ring.ready()) h = ring.topTime;
      } else {
        while (this.n > 0 && this.isDead(this.hm[1]!)) {
          this.free[this.nFree++] = this.hm[1]!;
          this.dead--;
          this.removeTop();
        }
        if (this.n > 0) h = this.ht[0]!;
      }
      const t = this.fN > 0 && this.fTime < h ? this.fTime : h;
      if (t < this.horizon || this.farN === 0) return t;
      this.advanceHorizon();
    }
  }

  /**
   * Adds an entry; returns a handle for `cancel`. The handle packs the slot and the low
   * 29 bits of the entry's sequence number into one number.
   */
  push(time: number, priority: number, target: CalendarTarget): number {
    if (!(priority >= PRIO_MIN && priority <= PRIO_MAX) || (priority | 0) !== priority) {
      throw new RangeError(`invalid priority: ${priority} (expected an integer in [${PRIORITY_MIN}, ${PRIORITY_MAX}])`);
    }
    const slot = this.pushTrusted(time, priority, target);
    return ((this.seq - 1) % SEQ_CHECK) * SLOT_SPAN + slot;
  }

  /**
   * @internal `push` for callers whose priority is known to be valid. Returns the slot,
   * for `cancelSlot` while the entry is known to be pending.
   */
  pushTrusted(time: number, priority: number, target: CalendarTarget): number {
    // Kept small, so that V8 inlines it into the process and event code that schedules.
    const slot = this.nFree > 0 ? this.free[--this.nFree]! : this.newSlot();
    this.targets[slot] = target;
    const k = (priority - PRIO_MIN) * SEQ_SPAN + this.seq++;
    this.key[slot] = k;
    this.insert(time, k, slot, priority === 0);
    return slot;
  }

  /**
   * @internal An argument entry (see the module comment): `target._fire(arg)` at `time`,
   * priority 0, not cancellable. `arg` is an int32; it comes back in `lastArg`. A calendar
   * takes up to 1,024 such targets.
   */
  pushArg(time: number, target: CalendarTarget, arg: number): void {
    const t = target as Registered;
    let i = t._calendarIndex;
    if (i === undefined || this.registered[i] !== target) i = this.register(target);
    const a = arg | 0;
    const m = a >= 0 && a < SMALL_ARG ? i + TARGETS * a : ARG_OFFSET + i + TARGETS * (a + ARG_OFFSET);
    this.insert(time, PRIO0 + this.seq++, -1 - m, true);
  }

  /** Adds `target` to the table of argument targets (once per calendar); returns its index. */
  private register(target: CalendarTarget): number {
    let i = this.registered.indexOf(target);
    if (i < 0) {
      i = this.registered.length;
      if (i === TARGETS) throw new RangeError(`too many argument targets: more than ${TARGETS} objects scheduled with pushArg on one calendar`);
      this.registered.push(target);
    }
    (target as Registered)._calendarIndex = i;
    return i;
  }

  /** Files an entry in the FIFO, the heap or a bucket. */
  private insert(time: number, k: number, r: number, priority0: boolean): void {
    if (priority0 && time === (this.fN === 0 ? this.lastTime : this.fTime)) {
      this.fTime = time;
      this.fifoPush(k, r);
    } else if (time < this.horizon) {
      if (this.ring !== null) this.ring.insert(time, k, r);
      else {
        if (this.n === this.ht.length) this.growHeap();
        this.siftUp(this.n++, time, k, r);
      }
    } else this.pushFar(time, k, r);
  }

  /** Files an entry at or after the horizon in its bucket. */
  private pushFar(time: number, k: number, r: number): void {
    const b = Math.floor(time * this.inv);
    let bucket = this.buckets.get(b);
    if (bucket === undefined) {
      bucket = this.spare.pop() ?? { times: new Float64Array(64), meta: new Float64Array(128), n: 0 };
      this.buckets.set(b, bucket);
      bucketHeapPush(this.bIdx, b);
    } else if (bucket.n === bucket.times.length) growBucket(bucket);
    const j = bucket.n++;
    bucket.times[j] = time; bucket.meta[2 * j] = k; bucket.meta[2 * j + 1] = r;
    this.farN++;
  }

  /**
   * Moves the earliest bucket into the heap and the horizon to its end: called when the
   * heap and the FIFO hold nothing before the horizon and some entry waits in a bucket.
   * Cancelled entries are dropped on the way.
   */
  private advanceHorizon(): void {
    const b = bucketHeapPop(this.bIdx);
    const bucket = this.buckets.get(b)!;
    this.buckets.delete(b);
    this.horizon = (b + 1) * this.bw;
    const ring = this.ring!;
    ring.open(b * this.bw);
    const targets = this.targets, m = bucket.n, times = bucket.times, meta = bucket.meta;
    for (let j = 0; j < m; j++) {
      const r = meta[2 * j + 1]!;
      if (r >= 0 && targets[r] === null) { this.free[this.nFree++] = r; this.dead--; continue; }
      ring.insert(times[j]!, meta[2 * j]!, r);
    }
    this.farN -= m;
    bucket.n = 0;
    this.spare.push(bucket);
  }

  /** Cancels a pending entry in O(1). Returns false if it already ran or was cancelled. */
  cancel(handle: number): boolean {
    if (!(handle >= 0)) return false;
    const slot = handle % SLOT_SPAN;
    const check = (handle - slot) / SLOT_SPAN;
    if (slot >= this.nSlots || this.targets[slot] === null || (this.key[slot]! % SEQ_SPAN) % SEQ_CHECK !== check) return false;
    this.cancelSlot(slot);
    return true;
  }

  /** @internal Cancels the entry in `slot`, which the caller knows to be pending. */
  cancelSlot(slot: number): void {
    this.targets[slot] = null;
    this.dead++;
  }

  /**
   * Removes the earliest pending entry and returns its target (its time in `lastTime`, its
   * argument in `lastArg`), or null if the calendar is empty.
   */
  pop(): CalendarTarget | null {
    return this.popBefore(Infinity);
  }

  /**
   * Like `pop`, but returns null (and removes nothing pending) when the earliest pending
   * entry is at or after `until`.
   */
  popBefore(until: number): CalendarTarget | null {
    const targets = this.targets, ring = this.ring;
    for (;;) {
      let r: number;
      let time: number;
      // The earliest entry before the horizon: the ring's with a bucket width, else the heap's.
      let near: boolean, nt = 0, nk = 0, nr = 0;
      if (ring !== null) {
        near = ring.ready();
        if (near) { nt = ring.topTime; nk = ring.topKey; nr = ring.topRef; }
      } else {
        near = this.n > 0;
        if (near) { nt = this.ht[0]!; nk = this.hm[0]!; nr = this.hm[1]!; }
      }
      if (this.farN > 0 && !((near && nt < this.horizon) || (this.fN > 0 && this.fTime < this.horizon))) {
        this.advanceHorizon();
        continue;
      }
      if (this.fN > 0 && !(near && (nt < this.fTime || (nt === this.fTime && nk < this.fm[2 * this.fHead]!)))) {
        time = this.fTime;
        r = this.fm[2 * this.fHead + 1]!;
        if (!(time < until) && (r < 0 || targets[r] !== null)) return null;
        this.fifoShift();
      } else if (near) {
        time = nt;
        r = nr;
        if (!(time < until) && (r < 0 || targets[r] !== null)) return null;
        if (ring !== null) ring.shift(); else this.removeTop();
      } else return null;
      this.lastTime = time;
      if (r < 0) {
        const m = -1 - r;
        if (m < ARG_OFFSET) {
          this.lastArg = m >>> TARGET_BITS;
          return this.registered[m & (TARGETS - 1)]!;
        }
        const w = m - ARG_OFFSET, i = w % TARGETS;
        this.lastArg = (w - i) / TARGETS - ARG_OFFSET;
        return this.registered[i]!;
      }
      const target = targets[r]!;
      // Free the slot whether or not the entry was cancelled.
      this.free[this.nFree++] = r;
      if (target === null) { this.dead--; continue; }
      targets[r] = null;
      return target;
    }
  }

  private fifoPush(k: number, r: number): void {
    if (this.fN === this.fifoCapacity) this.growFifo();
    const j = 2 * ((this.fHead + this.fN) & (this.fifoCapacity - 1));
    this.fm[j] = k; this.fm[j + 1] = r;
    this.fN++;
  }

  private fifoShift(): void {
    this.fHead = (this.fHead + 1) & (this.fifoCapacity - 1);
    this.fN--;
  }

  private removeTop(): void {
    const last = --this.n;
    if (last > 0) this.siftDown(this.ht[last]!, this.hm[2 * last]!, this.hm[2 * last + 1]!);
  }

  private siftUp(i: number, time: number, k: number, r: number): void {
    const ht = this.ht, hm = this.hm;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const pt = ht[p]!;
      if (pt < time || (pt === time && hm[2 * p]! < k)) break;
      ht[i] = pt; hm[2 * i] = hm[2 * p]!; hm[2 * i + 1] = hm[2 * p + 1]!;
      i = p;
    }
    ht[i] = time; hm[2 * i] = k; hm[2 * i + 1] = r;
  }

  /** Places an entry from the root down; the heap has `n` entries. */
  private siftDown(time: number, k: number, r: number): void {
    const ht = this.ht, hm = this.hm, n = this.n;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      let c = first;
      let ct: number;
      if (first + 3 < n) {
        // All four children exist (the common case): compare them unrolled.
        ct = ht[first]!;
        let t = ht[first + 1]!;
        if (t < ct || (t === ct && hm[2 * first + 2]! < hm[2 * c]!)) { c = first + 1; ct = t; }
        t = ht[first + 2]!;
        if (t < ct || (t === ct && hm[2 * first + 4]! < hm[2 * c]!)) { c = first + 2; ct = t; }
        t = ht[first + 3]!;
        if (t < ct || (t === ct && hm[2 * first + 6]! < hm[2 * c]!)) { c = first + 3; ct = t; }
      } else if (first < n) {
        ct = ht[first]!;
        for (let j = first + 1; j < n; j++) {
          const t = ht[j]!;
          if (t < ct || (t === ct && hm[2 * j]! < hm[2 * c]!)) { c = j; ct = t; }
        }
      } else break;
      if (time < ct || (time === ct && k < hm[2 * c]!)) break;
      ht[i] = ct; hm[2 * i] = hm[2 * c]!; hm[2 * i + 1] = hm[2 * c + 1]!;
      i = c;
    }
    ht[i] = time; hm[2 * i] = k; hm[2 * i + 1] = r;
  }

  private growHeap(): void {
    const c = this.ht.length * 2;
    const t = new Float64Array(c); t.set(this.ht); this.ht = t;
    const m = new Float64Array(2 * c); m.set(this.hm); this.hm = m;
  }

  private growFifo(): void {
    const len = this.fifoCapacity;
    const m = new Float64Array(4 * len);
    for (let j = 0; j < this.fN; j++) {
      const from = 2 * ((this.fHead + j) & (len - 1));
      m[2 * j] = this.fm[from]!; m[2 * j + 1] = this.fm[from + 1]!;
    }
    this.fm = m;
    this.fHead = 0;
  }

  /** A slot never used before (the free list is empty). */
  private newSlot(): number {
    const slot = this.nSlots++;
    if (slot === this.key.length) {
      const c = slot * 2;
      if (c > SLOT_SPAN) throw new RangeError('calendar full: more than 16,777,216 pending events');
      const f = new Int32Array(c); f.set(this.free); this.free = f;
      const k = new Float64Array(c); k.set(this.key); this.key = k;
    }
    this.targets.push(null);
    return slot;
  }
}

/**
 * Quadruples the room of a far bucket: a bucket made for a day weeks ahead fills as the day
 * comes near (with the next days' exits), so it grows by steps of 64 to thousands of entries,
 * and with doubling its allocations took about 2% of a model's CPU samples.
 */
function growBucket(bucket: FarBucket): void {
  const c = bucket.n * 4;
  const t = new Float64Array(c); t.set(bucket.times); bucket.times = t;
  const m = new Float64Array(2 * c); m.set(bucket.meta); bucket.meta = m;
}

/** Adds bucket index `b` to the binary min-heap `h`. */
function bucketHeapPush(h: number[], b: number): void {
  let i = h.length;
  h.push(b);
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[p]! <= b) break;
    h[i] = h[p]!;
    i = p;
  }
  h[i] = b;
}

/** Removes and returns the least bucket index of the non-empty binary min-heap `h`. */
function bucketHeapPop(h: number[]): number {
  const top = h[0]!;
  const last = h.pop()!;
  const n = h.length;
  if (n > 0) {
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && h[c + 1]! < h[c]!) c++;
      if (last <= h[c]!) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
  }
  return top;
}

/** Whether `x` is 2^k for an integer k (halving and doubling are exact, so this is too). */
function isPowerOfTwo(x: number): boolean {
  if (!(x > 0 && x < Infinity)) return false;
  let y = x;
  while (y >= 2) y /= 2;
  while (y < 1) y *= 2;
  return y === 1;
}
