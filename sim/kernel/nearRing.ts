/**
 * The calendar's entries before its horizon, when it files far entries in buckets: the span
 * of the last bucket moved in, [start, start + width), cut into `RING_BUCKETS` fine buckets of
 * unsorted entries, and a sorted run taken from them one bucket at a time as time reaches it.
 *
 * Filing an entry in a fine bucket is an append; a bucket is sorted (by time, then key) only
 * when the run empties and it is the next bucket with entries, and it holds a few entries
 * then, so sorting it costs little; an entry for a time within the run's buckets is placed in
 * the run by insertion, from its end, where entries for later times go. A heap pays about
 * log4(n) sift steps per pop, each a few comparisons of random times, branches that are
 * likely to be mispredicted; filing and sorting a few entries at a time costs about half as
 * much (see calendar.ts).
 *
 * The order is that of a single heap keyed by (time, key): every entry of the run is in a
 * bucket at or before `cur`, every entry of a list in a later one, and bucket indices grow
 * with time (`(time − start) × scale` is exact when `start` is a multiple of the power-of-two
 * width and `time` is within the span, and rounding is monotone in any case).
 */

/** Fine buckets per span (a power of two). */
export const RING_BUCKETS = 4096;
/** A run this long or shorter is sorted by insertion; longer ones by merging. */
const INSERTION_MAX = 24;

export class NearRing {
  // Entries in buckets: nodes in typed arrays, each bucket a list (head, tail, next).
  private declare nt: Float64Array;
  private declare nk: Float64Array;
  private declare nr: Float64Array;
  private declare next: Int32Array;
  private declare nNodes: number;
  private declare freeNode: number;
  private declare readonly head: Int32Array;
  private declare readonly tail: Int32Array;
  /** Entries in bucket lists. */
  private declare listed: number;
  // The run: entries of buckets up to `cur`, sorted ascending in [rh, rm).
  private declare rt: Float64Array;
  private declare rk: Float64Array;
  private declare rr: Float64Array;
  private declare rh: number;
  private declare rm: number;
  // Scratch arrays of the run's length, for merging.
  private declare st: Float64Array;
  private declare sk: Float64Array;
  private declare sr: Float64Array;
  /** Last bucket whose entries went to the run (−1: none yet in this span). */
  private declare cur: number;
  private declare start: number;
  private declare readonly scale: number;

  /** `width` is the span's width (a power of two, the calendar's far bucket width). */
  constructor(width: number) {
    this.nt = new Float64Array(1024);
    this.nk = new Float64Array(1024);
    this.nr = new Float64Array(1024);
    this.next = new Int32Array(1024);
    this.nNodes = 0;
    this.freeNode = -1;
    this.head = new Int32Array(RING_BUCKETS).fill(-1);
    this.tail = new Int32Array(RING_BUCKETS).fill(-1);
    this.listed = 0;
    this.rt = new Float64Array(64);
    this.rk = new Float64Array(64);
    this.rr = new Float64Array(64);
    this.rh = 0;
    this.rm = 0;
    this.st = this.sk = this.sr = new Float64Array(0);
    this.cur = -1;
    this.start = 0.5; // first a non-integer: a double field (see the Calendar constructor)
    this.start = 0;
    this.scale = RING_BUCKETS / width;
  }

  /** Entries held. */
  get size(): number { return this.listed + this.rm - this.rh; }

  /** Starts the span at `start` (the ring must be empty). */
  open(start: number): void {
    this.start = start;
    this.cur = -1;
  }

  /**
   * Whether the ring holds an entry; if so, the earliest is `topTime`, `topKey`, `topRef`
   * until the next `insert` or `shift`.
   */
  ready(): boolean {
    if (this.rh < this.rm) return true;
    if (this.listed === 0) return false;
    this.load();
    return true;
  }

  get topTime(): number { return this.rt[this.rh]!; }
  get topKey(): number { return this.rk[this.rh]!; }
  get topRef(): number { return this.rr[this.rh]!; }

  /** Removes the earliest entry (after `ready` returned true). */
  shift(): void {
    if (++this.rh === this.rm) this.rh = this.rm = 0;
  }

  /** Adds an entry for `time` within the span. */
  insert(time: number, k: number, r: number): void {
    const b = Math.min(RING_BUCKETS - 1, Math.floor((time - this.start) * this.scale));
    if (b <= this.cur) { this.runInsert(time, k, r); return; }
    let x = this.freeNode;
    if (x >= 0) this.freeNode = this.next[x]!;
    else {
      x = this.nNodes++;
      if (x === this.nt.length) this.growNodes();
    }
    this.nt[x] = time; this.nk[x] = k; this.nr[x] = r; this.next[x] = -1;
    const last = this.tail[b]!;
    if (last < 0) this.head[b] = x; else this.next[last] = x;
    this.tail[b] = x;
    this.listed++;
  }

  /** Places an entry in the sorted run, from its end. */
  private runInsert(time: number, k: number, r: number): void {
    if (this.rm === this.rt.length) this.makeRunRoom();
    placeBack(this.rt, this.rk, this.rr, this.rh, this.rm++, time, k, r);
  }

  /** Moves the next bucket with entries into the (empty) run and sorts it. */
  private load(): void {
    const head = this.head, nt = this.nt, nk = this.nk, nr = this.nr, next = this.next;
    let b = this.cur + 1;
    while (head[b]! < 0) b++;
    this.cur = b;
    let m = 0;
    for (let x = head[b]!; x >= 0;) {
      if (m === this.rt.length) this.growRun(m);
      this.rt[m] = nt[x]!; this.rk[m] = nk[x]!; this.rr[m] = nr[x]!;
      m++;
      const y = next[x]!;
      next[x] = this.freeNode; this.freeNode = x;
      x = y;
    }
    head[b] = -1; this.tail[b] = -1;
    this.listed -= m;
    this.rh = 0; this.rm = m;
    if (m > 1) {
      if (m <= INSERTION_MAX) insertionSort(this.rt, this.rk, this.rr, 0, m);
      else this.mergeSort(m);
    }
  }

  /** Room for one more entry at the run's end: drops the consumed front, and doubles if the run fills more than half. */
  private makeRunRoom(): void {
    const h = this.rh, n = this.rm - h;
    this.rt.copyWithin(0, h, this.rm); this.rk.copyWithin(0, h, this.rm); this.rr.copyWithin(0, h, this.rm);
    if (n >= this.rt.length >> 1) this.growRun(n);
    this.rh = 0; this.rm = n;
  }

  /** Doubles the run's arrays, keeping their first `n` entries. */
  private growRun(n: number): void {
    const c = this.rt.length * 2;
    const t = new Float64Array(c), k = new Float64Array(c), r = new Float64Array(c);
    t.set(this.rt.subarray(0, n)); k.set(this.rk.subarray(0, n)); r.set(this.rr.subarray(0, n));
    this.rt = t; this.rk = k; this.rr = r;
  }

  private growNodes(): void {
    const c = this.nt.length * 2;
    const t = new Float64Array(c); t.set(this.nt); this.nt = t;
    const k = new Float64Array(c); k.set(this.nk); this.nk = k;
    const r = new Float64Array(c); r.set(this.nr); this.nr = r;
    const x = new Int32Array(c); x.set(this.next); this.next = x;
  }

  /** Sorts the run's first `m` entries by (time, key): bottom-up merging through scratch arrays. */
  private mergeSort(m: number): void {
    let at = this.rt, ak = this.rk, ar = this.rr;
    if (this.st.length !== at.length) { this.st = new Float64Array(at.length); this.sk = new Float64Array(at.length); this.sr = new Float64Array(at.length); }
    let bt = this.st, bk = this.sk, br = this.sr;
    // Runs of INSERTION_MAX sorted by insertion first, then merged pairwise.
    for (let lo = 0; lo < m; lo += INSERTION_MAX) insertionSort(at, ak, ar, lo, Math.min(m, lo + INSERTION_MAX));
    for (let w = INSERTION_MAX; w < m; w *= 2) {
      for (let lo = 0; lo < m; lo += 2 * w) {
        const mid = Math.min(m, lo + w), hi = Math.min(m, lo + 2 * w);
        let i = lo, j = mid, o = lo;
        while (i < mid && j < hi) {
          if (at[j]! < at[i]! || (at[j] === at[i] && ak[j]! < ak[i]!)) { bt[o] = at[j]!; bk[o] = ak[j]!; br[o] = ar[j]!; j++; }
          else { bt[o] = at[i]!; bk[o] = ak[i]!; br[o] = ar[i]!; i++; }
          o++;
        }
        for (; i < mid; i++, o++) { bt[o] = at[i]!; bk[o] = ak[i]!; br[o] = ar[i]!; }
        for (; j < hi; j++, o++) { bt[o] = at[j]!; bk[o] = ak[j]!; br[o] = ar[j]!; }
      }
      [at, bt] = [bt, at]; [ak, bk] = [bk, ak]; [ar, br] = [br, ar];
    }
    this.rt = at; this.rk = ak; this.rr = ar;
    this.st = bt; this.sk = bk; this.sr = br;
  }
}

/** Sorts entries [lo, hi) by (time, key), in place. */
function insertionSort(t: Float64Array, k: Float64Array, r: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) placeBack(t, k, r, lo, i, t[i]!, k[i]!, r[i]!);
}

/** Places an entry among the sorted entries [lo, j), moving the later ones up one: [lo, j] is then sorted. */
function placeBack(t: Float64Array, k: Float64Array, r: Float64Array, lo: number, j: number, time: number, key: number, ref: number): void {
  while (j > lo) {
    const tj = t[j - 1]!;
    if (tj < time || (tj === time && k[j - 1]! < key)) break;
    t[j] = tj; k[j] = k[j - 1]!; r[j] = r[j - 1]!;
    j--;
  }
  t[j] = time; k[j] = key; r[j] = ref;
}
