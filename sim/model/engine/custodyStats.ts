/** Time in custody: exact mean, share over 72 hours, and an hourly histogram for quantiles. */
export class CustodyStats {
  /** People who left custody. */
  n = 0;
  /** Sum of their hours in custody. */
  sumHours = 0;
  /** People who left after more than 72 hours. */
  over72 = 0;
  /** Counts per `binHours`-wide bin; the last bin is open-ended. */
  readonly counts: Float64Array;

  constructor(readonly binHours = 1, bins = 24 * 15) { this.counts = new Float64Array(bins); }

  /** `people` leave custody after `days` days. */
  add(people: number, days: number): void {
    const h = days * 24;
    this.n += people; this.sumHours += people * h;
    if (h > 72) this.over72 += people;
    const b = Math.min(this.counts.length - 1, Math.floor(h / this.binHours));
    this.counts[b]! += people;
  }

  /** Quantile `q` in hours, interpolated within its bin (NaN if empty). */
  quantile(q: number): number {
    if (this.n === 0) return NaN;
    const target = q * this.n;
    let cum = 0;
    for (let b = 0; b < this.counts.length; b++) {
      const c = this.counts[b]!;
      if (cum + c >= target && c > 0) return (b + (target - cum) / c) * this.binHours;
      cum += c;
    }
    return this.counts.length * this.binHours;
  }
}
