/**
 * Crossings drawn from a potential stream and thinned (Lewis and Shedler, 1979): candidates
 * arrive as a Poisson stream at `multiple` times the base rate (constant within a day); each
 * candidate's group and one acceptance number are drawn, and it crosses with its group's
 * acceptance probability for the day; the rest of its party is drawn if it crosses and passed
 * over (its numbers skipped, not made into a party) if not. Rejected candidates make no event. A day's
 * probabilities are set when the day opens, so the stream restarts at each midnight, after
 * the opening, by memorylessness exact.
 */
import type { Environment } from '../../kernel/index.ts';
import { exponential, type Rng } from '../../random/index.ts';
import type { PartySampler } from './tags.ts';

export class PotentialFlow {
  private pendingTag = 0;
  private pendingSize = 0;
  private readonly fire: () => void;
  private readonly restart: () => void;

  constructor(
    private readonly env: Environment,
    /** Base parties per day, for each day. */
    private readonly basePerDay: Float64Array,
    private readonly multiple: number,
    private readonly times: Rng,
    private readonly sampler: PartySampler,
    private readonly accept: Rng,
    /** Today's probability that a candidate of each group crosses. */
    private readonly acceptance: Float64Array,
    onArrival: (tag: number, size: number) => void,
  ) {
    this.fire = () => { onArrival(this.pendingTag, this.pendingSize); this.next(this.env.now); };
    this.restart = () => this.next(this.env.now);
  }

  /** Starts the stream at day 0, once that day has opened. */
  start(): void { this.env.scheduleAt(0, this.restart); }

  private next(from: number): void {
    const days = this.basePerDay.length, sampler = this.sampler;
    let t = from;
    const d = Math.floor(t);
    if (d >= days) return;
    const rate = this.basePerDay[d]! * this.multiple;
    if (rate > 0) {
      for (;;) {
        t += exponential(this.times, rate);
        if (t >= d + 1) break;
        // Every candidate takes its numbers whatever its odds: its group, then one acceptance
        // number (even when the group takes every candidate, p = 1), then, if it crosses, the
        // rest of its party, or else the same count of numbers passed over. So a day on which one
        // scenario's response is at its cap, or turns more candidates down, does not shift the
        // numbers of any later candidate against another scenario's.
        const nat = sampler.drawNationality();
        if (this.accept() >= this.acceptance[nat]!) { sampler.skipRest(); continue; }
        this.pendingTag = sampler.drawRest(nat); this.pendingSize = sampler.size;
        this.env.scheduleAt(t, this.fire);
        return;
      }
    }
    if (d + 1 < days) this.env.scheduleAt(d + 1, this.restart);
  }
}
