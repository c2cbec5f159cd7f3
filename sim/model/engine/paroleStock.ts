/**
 * Parolees by expiry date and work eligibility, and ATD enrolment, held as daily deltas
 * (memory bounded by days): adding n parolees on day d with term T adds n to the active
 * stock from d and removes them on day d + T.
 */
export class ParoleStock {
  private readonly active: Float64Array;
  private readonly work: Float64Array;
  private readonly atd: Float64Array;
  /** Parolees whose parole ended within the horizon, per day. */
  readonly expiring: Float64Array;
  activeNow = 0;
  workNow = 0;
  atdNow = 0;

  constructor(private readonly days: number) {
    this.active = new Float64Array(days + 1); this.work = new Float64Array(days + 1);
    this.atd = new Float64Array(days + 1); this.expiring = new Float64Array(days);
  }

  private at(a: Float64Array, day: number, n: number): void { if (day < this.days) a[Math.max(0, Math.floor(day))]! += n; }

  /** `n` people paroled on `day` for `termDays`; `workers` of them may work after `workAfterDays`. */
  add(day: number, n: number, termDays: number, workers: number, workAfterDays: number): void {
    this.activeNow += n;
    const end = day + Math.max(termDays, 1e-9);
    this.at(this.active, end, -n);
    if (end < this.days) this.expiring[Math.floor(end)]! += n;
    if (workers > 0 && workAfterDays < termDays) { this.at(this.work, day + workAfterDays, workers); this.at(this.work, end, -workers); }
  }

  /** `n` people enrolled in ATD on `day` for `days` days. */
  addAtd(day: number, n: number, days: number): void { this.atdNow += n; this.at(this.atd, day + days, -n); }

  /** Applies the changes scheduled for `day` (call at the start of each day). */
  startDay(day: number): void {
    this.activeNow += this.active[day]!; this.workNow += this.work[day]!; this.atdNow += this.atd[day]!;
  }
}
