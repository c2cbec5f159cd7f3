/**
 * The occupancy of a place with a population counter (a station, a ward, a waiting area):
 * its level, time-weighted integrals (over the whole run and per day), the daily peak, the
 * time above a capacity, entries, exits and the total stay of those who left, so that
 * conservation and Little's law (mean level = entry rate x mean stay) can be checked.
 * Time unit: days; a "day" is the interval between two `closeDay` calls.
 */

/** One day's figures, filled by `closeDay`. */
export interface DayFigures { mean: number; peak: number; over: number }

export class Occupancy {
  /** Level now. */
  level = 0;
  /** Entries (including an initial population). */
  entries = 0;
  /** Exits. */
  exits = 0;
  /** Sum over leavers of their stay. */
  staySum = 0;
  /** Highest level ever. */
  peak = 0;
  /** Capacity for the over-capacity figures (Infinity = none). */
  capacity = Infinity;
  /** Integral of the level over time. */
  area = 0;
  /** Integral of max(0, level - capacity) over time. */
  overArea = 0;
  /** Days whose peak exceeded the capacity. */
  daysOver = 0;
  private last = 0;
  private dayArea = 0;
  private dayOverArea = 0;
  private dayPeak = 0;

  constructor(readonly name: string) {}

  private advance(now: number): void {
    const dt = now - this.last;
    if (dt > 0) {
      const a = this.level * dt;
      this.area += a; this.dayArea += a;
      if (this.level > this.capacity) { const o = (this.level - this.capacity) * dt; this.overArea += o; this.dayOverArea += o; }
      this.last = now;
    }
  }

  /** `n` enter at time `now`. */
  enter(n: number, now: number): void {
    this.advance(now);
    this.level += n; this.entries += n;
    if (this.level > this.dayPeak) { this.dayPeak = this.level; if (this.level > this.peak) this.peak = this.level; }
  }

  /** `n` who entered at `since` leave at `now`. */
  exit(n: number, now: number, since: number): void {
    this.advance(now);
    this.level -= n; this.exits += n; this.staySum += n * (now - since);
  }

  /**
   * Closes the day ending at `now` (one time unit long): its mean level, peak and integral
   * over capacity go into `out`; a day whose peak exceeds the capacity counts in `daysOver`.
   */
  closeDay(now: number, out: DayFigures): void {
    this.advance(now);
    out.mean = this.dayArea; out.peak = this.dayPeak; out.over = this.dayOverArea;
    if (this.dayPeak > this.capacity) this.daysOver++;
    this.dayArea = 0; this.dayOverArea = 0; this.dayPeak = this.level;
  }

  /** Brings the integrals up to `now` (call before reading `area`). */
  flush(now: number): void { this.advance(now); }
}
