/**
 * Durations of many items (times in custody, waits): exact count, sum and count above a
 * threshold, and a fixed-width histogram for quantiles, so memory does not grow with items.
 */
export class DurationHistogram {
  /** Items recorded. */
  n = 0;
  /** Sum of their durations. */
  sum = 0;
  /** Items longer than `threshold`. */
  over = 0;
  /** Counts per `binWidth`-wide bin; the last bin is open-ended. */
  readonly counts: Float64Array;

  /**
   * @param threshold a duration whose exceedances are counted exactly (e.g. a 72-hour standard)
   * @param binWidth histogram bin width, in the unit of the durations
   * @param bins number of bins
   */
  constructor(readonly threshold: number, readonly binWidth = 1, bins = 360) { this.counts = new Float64Array(bins); }

  /** `count` items lasted `duration` each. */
  add(count: number, duration: number): void {
    this.n += count; this.sum += count * duration;
    if (duration > this.threshold) this.over += count;
    const b = Math.min(this.counts.length - 1, Math.floor(duration / this.binWidth));
    this.counts[b]! += count;
  }

  /** Mean duration, or null when nothing was recorded. */
  mean(): number | null { return this.n > 0 ? this.sum / this.n : null; }

  /** Share of items above the threshold, or null when nothing was recorded. */
  shareOver(): number | null { return this.n > 0 ? this.over / this.n : null; }

  /** Quantile `q`, interpolated within its bin, or null when nothing was recorded. */
  quantile(q: number): number | null {
    if (this.n === 0) return null;
    const target = q * this.n;
    let cum = 0;
    for (let b = 0; b < this.counts.length; b++) {
      const c = this.counts[b]!;
      if (cum + c >= target && c > 0) return (b + (target - cum) / c) * this.binWidth;
      cum += c;
    }
    return this.counts.length * this.binWidth;
  }
}
