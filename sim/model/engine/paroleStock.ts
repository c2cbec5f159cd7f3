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
  /** The day started last (its scheduled changes are applied). */
  private today = -1;

  constructor(private readonly days: number) {
    this.active = new Float64Array(days + 1); this.work = new Float64Array(days + 1);
    this.atd = new Float64Array(days + 1); this.expiring = new Float64Array(days);
  }

  /** Schedules `n` for `day`; false when that day has already started, so the caller applies `n` now. */
  private at(a: Float64Array, day: number, n: number): boolean {
    const d = Math.max(0, Math.floor(day));
    if (d <= this.today) return false;
    if (d < this.days) a[d]! += n;
    return true;
  }

  /** `n` people paroled on `day` for `termDays`; `workers` of them may work after `workAfterDays`. */
  add(day: number, n: number, termDays: number, workers: number, workAfterDays: number): void {
    this.activeNow += n;
    const end = day + Math.max(termDays, 1e-9);
    if (!this.at(this.active, end, -n)) this.activeNow -= n;
    if (end < this.days) this.expiring[Math.floor(end)]! += n;
    if (workers > 0 && workAfterDays < termDays) {
      if (!this.at(this.work, day + workAfterDays, workers)) this.workNow += workers;
      if (!this.at(this.work, end, -workers)) this.workNow -= workers;
    }
  }

  /** `n` people enrolled in ATD on `day` for `days` days. */
  addAtd(day: number, n: number, days: number): void {
    this.atdNow += n;
    if (!this.at(this.atd, day + days, -n)) this.atdNow -= n;
  }

  /** Applies the changes scheduled for `day` (call at the start of each day). */
  startDay(day: number): void {
    this.today = day;
    this.activeNow += this.active[day]!; this.workNow += this.work[day]!; this.atdNow += this.atd[day]!;
  }
}
