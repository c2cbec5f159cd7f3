/**
 * Immigration courts as dockets of case counts (the backlog is millions of cases, never
 * objects). Judges' daily completions go first to the detained docket (detained cases end
 * when the person is removed), then to MPP hearings, then to the non-detained docket; other
 * new cases arrive each day from outside the simulated border flows.
 */
import { binomial, poisson } from '../../random/index.ts';
import { scheduleByDay } from '../schema/schedules.ts';
import type { EngineContext } from './context.ts';
import type { Mpp } from './mpp.ts';

export class Court {
  /** Cases of people in detention with a Notice to Appear. */
  detained = 0;
  /** Cases of people released or paroled into the US, plus the initial backlog. */
  nonDetained: number;
  /** Completions over the horizon, by docket. */
  completedDetained = 0;
  completedMpp = 0;
  completedNonDetained = 0;
  /** Outcomes of non-detained completions (MPP hearings count theirs in Mpp). */
  inAbsentia = 0;
  relief = 0;
  /** New cases over the horizon (border NTAs, MPP and other sources). */
  intake = 0;
  readonly initial: number;
  private readonly judges: Float64Array;
  /** Completions at the end of the previous day. */
  private completionsBefore = 0;
  /** Completions used today by detained cases. */
  private usedToday = 0;

  constructor(private readonly ctx: EngineContext, private readonly mpp: Mpp) {
    this.nonDetained = ctx.sc.court.initialBacklog;
    this.initial = this.nonDetained;
    this.judges = scheduleByDay(ctx.sc.court.judges, ctx.days);
  }

  /** Cases of `n` people paroled or released into the US with an NTA. */
  addNonDetained(n: number): void { this.nonDetained += n; this.intake += n; }
  /** Cases of `n` people booked into detention with an NTA. */
  addDetained(n: number): void { this.detained += n; this.intake += n; }
  /** MPP cases are counted by the MPP waiting place; only intake is recorded here. */
  addMpp(n: number): void { this.intake += n; }
  /** `n` detained people released: their cases move to the non-detained docket. */
  releaseDetained(n: number): void { this.detained -= n; this.nonDetained += n; }
  /** `n` detained people removed: their cases complete (using judges' time). */
  completeDetained(n: number): void { this.detained -= n; this.completedDetained += n; this.usedToday += n; }

  /** Whether judges can still complete `n` detained cases today (a removal order comes before a removal). */
  canCompleteDetained(n: number): boolean {
    return this.usedToday + n <= this.judges[this.ctx.record.today()]! * this.ctx.sc.court.completionsPerJudgePerDay;
  }

  /** Completions over the horizon, all dockets. */
  get completions(): number { return this.completedDetained + this.completedMpp + this.completedNonDetained; }

  /** Pending cases. */
  backlog(): number { return this.detained + this.nonDetained + this.mpp.waiting; }

  /** Closes day `d`: MPP hearings and non-detained completions with the judges' capacity left, then other new cases. */
  closeDay(d: number): void {
    const ctx = this.ctx, sc = ctx.sc;
    let left = Math.max(0, this.judges[d]! * sc.court.completionsPerJudgePerDay - this.usedToday);
    this.usedToday = 0;
    const mpp = Math.min(this.mpp.waiting, Math.floor(sc.mpp.hearingSlotsPerDay), Math.floor(left)); // whole people
    left -= mpp;
    this.completedMpp += mpp;
    const nd = Math.min(this.nonDetained, Math.floor(left));
    this.nonDetained -= nd; this.completedNonDetained += nd;
    const outcomes = ctx.rng['court.outcomes'];
    const absent = binomial(outcomes, nd, sc.court.inAbsentiaShare);
    const relief = binomial(outcomes, nd - absent, Math.min(1, sc.court.reliefShare / Math.max(1e-12, 1 - sc.court.inAbsentiaShare)));
    this.inAbsentia += absent; this.relief += relief;
    ctx.record.addTo('court.inAbsentiaOrders', d, absent); ctx.record.addTo('court.reliefGranted', d, relief);
    if (mpp > 0) this.mpp.hear(mpp, d);
    ctx.record.set('court.completions', d, this.completions - this.completionsBefore);
    this.completionsBefore = this.completions;
    this.addNonDetained(poisson(ctx.rng['court.otherCases'], sc.court.otherNewCasesPerDay));
    ctx.record.set('court.backlog', d, this.backlog());
  }
}
