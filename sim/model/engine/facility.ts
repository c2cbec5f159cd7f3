/**
 * A place people are in (a Border Patrol station, ICE detention, waiting in Mexico...):
 * its own population counter, time-weighted occupancy (overall and per day), daily peak,
 * time over a capacity, entries, exits and the total stay of those who left, so that
 * conservation and Little's law can be checked per place.
 */
export class Facility {
  /** People in the place now. */
  level = 0;
  /** People who entered (including the initial population). */
  entries = 0;
  /** People who left. */
  exits = 0;
  /** Sum over people who left of their stay, days. */
  staySum = 0;
  /** Highest level ever. */
  peak = 0;
  /** Capacity used for overflow accounting (Infinity = none). */
  capacity = Infinity;
  /** Integral of the level over time, people x days. */
  area = 0;
  /** Integral of max(0, level - capacity), people x days. */
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

  /** `n` people enter at time `now`. */
  enter(n: number, now: number): void {
    this.advance(now);
    this.level += n; this.entries += n;
    if (this.level > this.dayPeak) { this.dayPeak = this.level; if (this.level > this.peak) this.peak = this.level; }
  }

  /** `n` people who entered at `since` leave at `now`. */
  exit(n: number, now: number, since: number): void {
    this.advance(now);
    this.level -= n; this.exits += n; this.staySum += n * (now - since);
  }

  /** Closes the day ending at `now`: returns its mean level and peak, and starts the next day. */
  closeDay(now: number, out: { mean: number; peak: number; over: number }): void {
    this.advance(now);
    out.mean = this.dayArea; out.peak = this.dayPeak; out.over = this.dayOverArea;
    if (this.dayPeak > this.capacity) this.daysOver++;
    this.dayArea = 0; this.dayOverArea = 0; this.dayPeak = this.level;
  }

  /** Brings the integrals up to `now` (call before reading `area`). */
  flush(now: number): void { this.advance(now); }
}
