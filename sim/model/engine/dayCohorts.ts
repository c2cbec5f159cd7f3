/**
 * People in a place held as cohorts by day of entry: count and sum of entry times per
 * cohort, so stays can be summed exactly in aggregate. Used where departures are daily
 * draws (US-side receiving shelters).
 */
export class DayCohorts {
  private count: Float64Array;
  private timeSum: Float64Array;
  private head = 0;
  private tail = 0;
  private lastDay = -Infinity;

  constructor(capacity = 64) { this.count = new Float64Array(capacity); this.timeSum = new Float64Array(capacity); }

  /** `n` people enter at time `now`. */
  add(n: number, now: number): void {
    const d = Math.floor(now);
    if (d !== this.lastDay || this.tail === this.head) {
      if (this.tail === this.count.length) this.compact();
      this.count[this.tail] = 0; this.timeSum[this.tail] = 0; this.tail++; this.lastDay = d;
    }
    this.count[this.tail - 1]! += n; this.timeSum[this.tail - 1]! += n * now;
  }

  /** For each cohort: `leave(count, meanEntryTime)` returns how many leave; they are removed. */
  depart(leave: (count: number, meanEntry: number) => number): void {
    for (let i = this.head; i < this.tail; i++) {
      const c = this.count[i]!;
      if (c <= 0) continue;
      const mean = this.timeSum[i]! / c;
      const k = Math.min(c, leave(c, mean));
      this.count[i] = c - k; this.timeSum[i] = (c - k) * mean;
    }
    while (this.head < this.tail && this.count[this.head]! <= 0) this.head++;
  }

  private compact(): void {
    const n = this.tail - this.head;
    const cap = n * 2 > this.count.length ? this.count.length * 2 : this.count.length;
    const c = new Float64Array(cap), t = new Float64Array(cap);
    c.set(this.count.subarray(this.head, this.tail)); t.set(this.timeSum.subarray(this.head, this.tail));
    this.count = c; this.timeSum = t; this.head = 0; this.tail = n;
  }
}
