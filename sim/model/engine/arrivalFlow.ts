/**
 * A non-homogeneous Poisson arrival stream with a rate constant within each day: draws
 * exponential gaps at the day's rate and, when a gap crosses midnight, restarts from
 * midnight at the next day's rate (exact, by memorylessness). One event per arrival.
 */
import type { Environment } from '../../kernel/index.ts';
import { exponential } from '../../random/index.ts';
import type { Rng } from '../../random/index.ts';

export class ArrivalFlow {
  private readonly fire: () => void;

  constructor(
    private readonly env: Environment,
    /** Arrivals (events) per day, for each day. */
    private readonly ratePerDay: Float64Array,
    private readonly rng: Rng,
    onArrival: () => void,
  ) {
    this.fire = () => { onArrival(); this.next(this.env.now); };
  }

  /** Schedules the first arrival at or after time `from`. */
  start(from = this.env.now): void { this.next(from); }

  private next(from: number): void {
    const days = this.ratePerDay.length;
    let t = from;
    for (;;) {
      const d = Math.floor(t);
      if (d >= days) return;
      const rate = this.ratePerDay[d]!;
      if (rate > 0) {
        const e = exponential(this.rng, rate);
        if (t + e < d + 1) { this.env.scheduleAt(t + e, this.fire); return; }
      }
      t = d + 1;
    }
  }
}
