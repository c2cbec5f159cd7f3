/**
 * Immigration courts as dockets of case counts (the backlog is millions of cases, never
 * objects). Each day judges complete a Poisson number of cases around judges × rate; those
 * completions go first to the detained docket (a detained case ends when the person is
 * removed, on the judge's order), then to MPP hearings, then to the non-detained dockets, with
 * and without ATD. A non-detained completion is an in-absentia removal order (the person did
 * not appear; ATD changes that share), or, for those who appear, relief granted, a removal
 * order, or another end (dismissal, termination, closure). Removal orders of people who are not
 * in custody stay unexecuted within the horizon: the model has no interior enforcement that
 * would carry them out. Other new cases arrive each day from outside the simulated border flows.
 */
import { binomial, poisson, type Rng } from '../../random/index.ts';
import { scheduleByDay } from '../schema/schedules.ts';
import type { EngineContext } from './context.ts';
import type { Mpp } from './mpp.ts';

/** Outcomes of one non-detained docket's completions. */
export class DocketOutcomes {
  completed = 0;
  inAbsentia = 0;
  relief = 0;
  removalOrdered = 0;
}

export class Court {
  /** Cases of people in detention with a Notice to Appear. */
  detained = 0;
  /** Cases of people released or paroled into the US without ATD, plus the initial backlog and other new cases. */
  nonDetained: number;
  /** Cases of people paroled into the US and enrolled in ATD. */
  nonDetainedAtd = 0;
  /** Completions over the horizon, by docket. */
  completedDetained = 0;
  completedMpp = 0;
  /** Outcomes of non-detained completions, without and with ATD (MPP hearings count theirs in Mpp). */
  readonly withoutAtd = new DocketOutcomes();
  readonly withAtd = new DocketOutcomes();
  /** New cases over the horizon (border NTAs, MPP and other sources). */
  intake = 0;
  readonly initial: number;
  private readonly judges: Float64Array;
  /** Completions at the end of the previous day. */
  private completionsBefore = 0;
  /** Completions used today by detained cases. */
  private usedToday = 0;
  /** Judges' completions available on day `capacityDay` (drawn once per day, in day order, from its own stream). */
  private capacity = 0;
  private capacityDay = -1;

  constructor(private readonly ctx: EngineContext, private readonly mpp: Mpp) {
    this.nonDetained = ctx.sc.court.initialBacklog;
    this.initial = this.nonDetained;
    this.judges = scheduleByDay(ctx.sc.court.judges, ctx.days);
  }

  /** Cases of `n` people paroled or released into the US with an NTA, `atd` of them enrolled in ATD. */
  addNonDetained(n: number, atd = 0): void { this.nonDetained += n - atd; this.nonDetainedAtd += atd; this.intake += n; }
  /** Cases of `n` people booked into detention with an NTA. */
  addDetained(n: number): void { this.detained += n; this.intake += n; }
  /** MPP cases are counted by the MPP waiting place; only intake is recorded here. */
  addMpp(n: number): void { this.intake += n; }
  /** `n` detained people released: their cases move to the non-detained docket. */
  releaseDetained(n: number): void { this.detained -= n; this.nonDetained += n; }
  /** `n` detained people removed: their cases complete with a removal order carried out (using judges' time). */
  completeDetained(n: number): void {
    this.detained -= n; this.completedDetained += n; this.usedToday += n;
    this.ctx.record.addTo('court.removalOrders', this.ctx.record.today(), n);
  }

  /** Whether judges can still complete `n` detained cases today (a removal order comes before a removal). */
  canCompleteDetained(n: number): boolean {
    return this.usedToday + n <= this.capacityOn(this.ctx.record.today());
  }

  /** Completions over the horizon, all dockets. */
  get completions(): number { return this.completedDetained + this.completedMpp + this.withoutAtd.completed + this.withAtd.completed; }

  /** In-absentia orders on the non-detained dockets. */
  get inAbsentia(): number { return this.withoutAtd.inAbsentia + this.withAtd.inAbsentia; }
  /** Relief granted on the non-detained dockets. */
  get relief(): number { return this.withoutAtd.relief + this.withAtd.relief; }
  /** Removal orders of people not in custody (in absentia or after a hearing): none is carried out within the horizon. */
  get ordersNotDetained(): number { return this.inAbsentia + this.withoutAtd.removalOrdered + this.withAtd.removalOrdered; }

  /** Pending cases. */
  backlog(): number { return this.detained + this.nonDetained + this.nonDetainedAtd + this.mpp.waiting; }

  /** The judges' completions on day `d`: Poisson around judges × completions per judge-day. */
  private capacityOn(d: number): number {
    if (d !== this.capacityDay) {
      this.capacityDay = d;
      this.capacity = poisson(this.ctx.rng['court.capacity'], this.judges[d]! * this.ctx.sc.court.completionsPerJudgePerDay);
    }
    return this.capacity;
  }

  /** Closes day `d`: MPP hearings and non-detained completions with the judges' capacity left, then other new cases. */
  closeDay(d: number): void {
    const ctx = this.ctx, sc = ctx.sc;
    let left = Math.max(0, this.capacityOn(d) - this.usedToday);
    this.usedToday = 0;
    const mpp = Math.min(this.mpp.waiting, Math.floor(sc.mpp.hearingSlotsPerDay), left);
    left -= mpp;
    this.completedMpp += mpp;
    const nd = Math.min(this.nonDetained + this.nonDetainedAtd, left);
    if (nd > 0) {
      // Cases are heard without regard to ATD: the ATD docket's share of today's completions is its share of the docket.
      let atd = binomial(ctx.rng['court.docket'], nd, this.nonDetainedAtd / (this.nonDetained + this.nonDetainedAtd));
      atd = Math.max(nd - this.nonDetained, Math.min(this.nonDetainedAtd, atd));
      this.nonDetainedAtd -= atd; this.nonDetained -= nd - atd;
      this.decide(this.withoutAtd, nd - atd, sc.court.inAbsentiaShare, ctx.rng['court.appearance'], d);
      this.decide(this.withAtd, atd, sc.court.inAbsentiaShareWithAtd, ctx.rng['court.appearanceWithAtd'], d);
    }
    if (mpp > 0) this.mpp.hear(mpp, d);
    ctx.record.set('court.completions', d, this.completions - this.completionsBefore);
    this.completionsBefore = this.completions;
    this.addNonDetained(poisson(ctx.rng['court.otherCases'], sc.court.otherNewCasesPerDay));
    ctx.record.set('court.backlog', d, this.backlog());
  }

  /** Outcomes of `n` completions on day `d` on one non-detained docket, whose appearances `appearance` draws. */
  private decide(o: DocketOutcomes, n: number, inAbsentiaShare: number, appearance: Rng, d: number): void {
    if (n <= 0) return;
    const ctx = this.ctx, c = ctx.sc.court, outcomes = ctx.rng['court.outcomes'];
    const absent = binomial(appearance, n, inAbsentiaShare);
    const heard = n - absent;
    const relief = binomial(outcomes, heard, c.reliefShare);
    const ordered = binomial(outcomes, heard - relief, Math.min(1, c.removalOrderedShare / Math.max(1e-12, 1 - c.reliefShare)));
    o.completed += n; o.inAbsentia += absent; o.relief += relief; o.removalOrdered += ordered;
    const rec = ctx.record;
    rec.addTo('court.inAbsentiaOrders', d, absent); rec.addTo('court.reliefGranted', d, relief);
    rec.addTo('court.removalOrders', d, absent + ordered); rec.addTo('court.ordersUnexecuted', d, absent + ordered);
  }
}
