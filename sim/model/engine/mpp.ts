/**
 * MPP ("Remain in Mexico"): people returned to Mexico wait, oldest first, for hearings at the
 * ports; each hearing ends in an in-absentia order (the person did not come), relief (the
 * person enters the United States) or removal.
 */
import { CohortQueue } from '../../kernel/callback/cohortQueue.ts';
import { binomial } from '../../random/index.ts';
import type { DayFigures, Occupancy } from '../../stats/occupancy.ts';
import type { EngineContext } from './context.ts';

export class Mpp {
  /** Hearings that ended in an in-absentia order, and in relief. */
  inAbsentia = 0;
  relief = 0;
  /** Removal orders at MPP hearings carried out at the port (the person came and lost). */
  ordersCarriedOut = 0;
  private readonly place: Occupancy;
  private readonly waitingQueue = new CohortQueue(1024);
  private readonly day: DayFigures = { mean: 0, peak: 0, over: 0 };
  private removed: ((size: number, tag: number) => void) | null = null;
  private courtIntake: ((size: number) => void) | null = null;

  constructor(private readonly ctx: EngineContext) { this.place = ctx.places.mpp; }

  connect(courtIntake: (size: number) => void, removed: (size: number, tag: number) => void): void { this.courtIntake = courtIntake; this.removed = removed; }

  /** People waiting in Mexico for their hearing. */
  get waiting(): number { return this.place.level; }

  /** A party returned to Mexico now. */
  enrol(size: number, tag: number): void {
    const now = this.ctx.env.now;
    this.place.enter(size, now);
    this.waitingQueue.push(now, now, tag, size);
    this.courtIntake!(size);
    this.ctx.dispositions.mpp.add(size);
  }

  /** Closes day `d` (before its hearings): people waiting at the end of the day. */
  closeDay(d: number): void {
    this.place.closeDay(this.ctx.env.now, this.day);
    this.ctx.record.set('mpp.waiting', d, this.place.level);
  }

  /** `n` hearings now, for those waiting longest, counted on day `d`. */
  hear(n: number, d: number): void {
    const ctx = this.ctx, sc = ctx.sc.mpp, now = ctx.env.now, outcomes = ctx.rng['mpp.outcomes'];
    this.waitingQueue.popMembers(n, (k, t0, tag) => {
      this.place.exit(k, now, t0);
      const absent = binomial(outcomes, k, sc.inAbsentiaShare);
      const relief = binomial(outcomes, k - absent, Math.min(1, sc.reliefShare / Math.max(1e-12, 1 - sc.inAbsentiaShare)));
      ctx.ledger.exits.mppInAbsentia += absent; ctx.ledger.exits.mppRelief += relief;
      this.inAbsentia += absent; this.relief += relief;
      const ordered = k - absent - relief;
      this.ordersCarriedOut += ordered;
      ctx.record.addTo('court.inAbsentiaOrders', d, absent); ctx.record.addTo('court.reliefGranted', d, relief);
      // Those who came to the port and lost are removed from there; in-absentia orders of people in Mexico (or gone) stay unexecuted.
      ctx.record.addTo('court.removalOrders', d, absent + ordered); ctx.record.addTo('court.ordersUnexecuted', d, absent);
      if (ordered > 0) this.removed!(ordered, tag);
    });
  }
}
