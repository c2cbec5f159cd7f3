/**
 * ICE detention: funded beds with a physical limit above them, book-ins from custody (people
 * wait in custody while no bed is free, earliest first) and from interior arrests (only when
 * a bed is free), a length of stay drawn by path, then removal (limited by the removals ICE
 * can carry out each day; the rest wait in detention) or release.
 */
import { CohortQueue } from '../../kernel/callback/cohortQueue.ts';
import { SlotPool } from '../../kernel/callback/slotPool.ts';
import { distributionMean, makeSampler, type Rng } from '../../random/index.ts';
import type { DayFigures, Occupancy } from '../../stats/occupancy.ts';
import { scheduleByDay } from '../schema/schedules.ts';
import { ArrivalFlow } from './arrivalFlow.ts';
import type { EngineContext } from './context.ts';
import { countDisposition } from './context.ts';
import { INTERIOR_TAG, PATH_ER, PATH_INTERIOR, PATH_NTA, pathOf, withPath } from './tags.ts';

/** A custody place whose people wait for a bed: its queue, and how they leave it. */
export interface BedWaiter {
  readonly bedWait: CohortQueue;
  leave(size: number, t0: number): void;
}

/** Where detention sends people and what it tells the courts. */
export interface DetentionSinks {
  /** Released at the end of a stay (bond, parole). */
  released(size: number, tag: number): void;
  removed(size: number): void;
  /** Court dockets of detained people with a Notice to Appear. */
  courtBookedIn(size: number): void;
  courtReleased(size: number): void;
  courtRemoved(size: number): void;
  /** Whether judges can still order the removal of `size` detained people with a Notice to Appear today. */
  courtCanOrder(size: number): boolean;
}

const S_STAY_END = 0;

export class Detention {
  /** Book-ins within the horizon (border and interior), and the stays of those who left. */
  bookIns = 0;
  losSum = 0;
  losN = 0;
  /** People released at the end of a stay. */
  released = 0;
  /** Interior arrests not booked in for want of a bed. */
  interiorTurnedAway = 0;
  private readonly place: Occupancy;
  private readonly beds: Float64Array;
  private physicalBeds = 0;
  private removalsToday = 0;
  private readonly removalQueue = new CohortQueue();
  private readonly stay: (() => number)[];
  private readonly outcome: Rng[];
  private readonly pool = new SlotPool((i) => this.onEvent(i), 4096);
  private waiters: readonly BedWaiter[] = [];
  private readonly day: DayFigures = { mean: 0, peak: 0, over: 0 };
  private sinks: DetentionSinks | null = null;

  constructor(private readonly ctx: EngineContext) {
    const d = ctx.sc.detention;
    this.place = ctx.places.detention;
    this.beds = scheduleByDay(d.beds, ctx.days);
    const rng = ctx.rng;
    // Interior arrests stay like people with a Notice to Appear, drawn from their own stream.
    this.stay = []; this.outcome = [];
    this.stay[PATH_NTA] = makeSampler(d.lengthOfStayDays.nta, rng['detention.stay.nta']);
    this.stay[PATH_ER] = makeSampler(d.lengthOfStayDays.expeditedRemoval, rng['detention.stay.expeditedRemoval']);
    this.stay[PATH_INTERIOR] = makeSampler(d.lengthOfStayDays.nta, rng['detention.stay.interior']);
    this.outcome[PATH_NTA] = rng['detention.outcome.nta'];
    this.outcome[PATH_ER] = rng['detention.outcome.expeditedRemoval'];
    this.outcome[PATH_INTERIOR] = rng['detention.outcome.interior'];
  }

  /** Connects the custody places whose people wait for beds (earliest first, ties to the first listed) and the sinks. */
  connect(waiters: readonly BedWaiter[], sinks: DetentionSinks): void { this.waiters = waiters; this.sinks = sinks; }

  /** Beds free now, below the physical limit. */
  bedsFree(): number { return this.physicalBeds - this.place.level; }

  /** Funded beds on day `d`. */
  bedsOn(d: number): number { return this.beds[d]!; }

  /** Whether anyone in custody waits for a bed. */
  anyoneWaiting(): boolean { return this.waiters.some((w) => w.bedWait.groupCount > 0); }

  /** The initial population, with residual stays (a length-biased draw, then a uniform share of it). */
  populate(): void {
    const ctx = this.ctx, N = ctx.sc.detention.initialPopulation, r = ctx.rng['detention.initial'];
    const nta = ctx.sc.detention.lengthOfStayDays.nta, draw = makeSampler(nta, r);
    const cap = 6 * Math.max(1, distributionMean(nta));
    for (let i = 0; i < N; i++) {
      let L = 0;
      for (let tries = 0; tries < 100; tries++) { L = draw(); if (r() * cap < L) break; }
      const elapsed = r() * L;
      this.bookIn(1, INTERIOR_TAG, PATH_INTERIOR, -elapsed, L - elapsed, false);
    }
    ctx.ledger.entries.initialDetention += N;
  }

  /** Interior arrests: booked in when a bed is free. */
  startInteriorArrests(): void {
    const ctx = this.ctx;
    new ArrivalFlow(ctx.env, new Float64Array(ctx.days).fill(ctx.sc.detention.interiorBookInsPerDay), ctx.rng['arrivals.interior'], () => {
      if (this.bedsFree() >= 1) { ctx.ledger.entries.interiorBookIns++; this.bookIn(1, INTERIOR_TAG, PATH_INTERIOR, ctx.env.now, -1, false); }
      else this.interiorTurnedAway++;
    }).start(0);
  }

  /** Books a party in from border custody or screening (a bed is free). */
  bookInFromBorder(size: number, tag: number): void { this.bookIn(size, tag, PATH_NTA, this.ctx.env.now, -1, true); }

  /** Sets day `d`'s funded beds and physical limit. */
  setCapacity(d: number): void {
    this.place.capacity = this.beds[d]!;
    this.physicalBeds = Math.floor(this.beds[d]! * (1 + this.ctx.sc.detention.overflowShare));
  }

  /** Opens a day: removals waiting for capacity (or a judge's order) go first, then beds freed by them are filled. */
  openDay(): void {
    const rq = this.removalQueue;
    this.removalsToday = 0;
    while (rq.groupCount > 0 && this.canRemove(rq.headSize(), pathOf(rq.headTag()))) {
      const t0 = rq.headT0(), tag = rq.headTag();
      const size = rq.popGroup();
      this.remove(size, t0, tag);
    }
    this.fillBeds();
  }

  /** Closes day `d`; returns its mean population (for the cost of bed-days). */
  closeDay(d: number): number {
    const rec = this.ctx.record;
    this.place.closeDay(this.ctx.env.now, this.day);
    rec.set('detention.occupancy', d, this.day.mean); rec.set('detention.capacity', d, this.beds[d]!);
    rec.set('detention.overCapacity', d, this.day.peak > this.beds[d]! ? 1 : 0);
    return this.day.mean;
  }

  /** Books a party in for a stay drawn by path (or `stay` if >= 0); `bookedAt` < 0 for the initial population. */
  private bookIn(size: number, tag: number, path: number, bookedAt: number, stay: number, border: boolean): void {
    const ctx = this.ctx;
    this.place.enter(size, ctx.env.now);
    if (bookedAt >= 0) { this.bookIns += size; ctx.record.add('detention.bookIns', size); }
    if (border) countDisposition(ctx, 'detain', size);
    if (path === PATH_NTA) this.sinks!.courtBookedIn(size);
    const los = stay >= 0 ? stay : Math.max(1e-6, this.stay[path]!());
    const i = this.pool.alloc(bookedAt, 0, size, withPath(tag, path), S_STAY_END);
    ctx.env.schedule(los, this.pool.callback(i));
  }

  private onEvent(i: number): void {
    const p = this.pool, bookedAt = p.t0[i]!, size = p.size[i]!, tag = p.tag[i]!;
    p.release(i);
    this.stayEnds(bookedAt, tag, size);
  }

  private stayEnds(bookedAt: number, tag: number, size: number): void {
    const ctx = this.ctx, path = pathOf(tag), d = ctx.sc.detention;
    const share = path === PATH_ER ? d.removalShare.expeditedRemoval : d.removalShare.nta;
    if (this.outcome[path]!() < share) {
      if (this.canRemove(size, path)) this.remove(size, bookedAt, tag);
      else this.removalQueue.push(ctx.env.now, bookedAt, tag, size);
    } else {
      this.exit(size, bookedAt);
      ctx.ledger.exits.releasedFromDetention += size;
      this.released += size;
      ctx.tally.release(tag, size);
      if (path === PATH_NTA) this.sinks!.courtReleased(size);
      this.sinks!.released(size, tag);
      this.fillBeds();
    }
  }

  /** Removal needs today's removal capacity and, for a court case, a judge's order today. */
  private canRemove(size: number, path: number): boolean {
    return this.removalsToday + size <= this.ctx.sc.detention.removalsPerDay && (path !== PATH_NTA || this.sinks!.courtCanOrder(size));
  }

  private exit(size: number, bookedAt: number): void {
    const now = this.ctx.env.now;
    this.place.exit(size, now, Math.max(0, bookedAt));
    this.losSum += size * (now - bookedAt); this.losN += size;
  }

  private remove(size: number, bookedAt: number, tag: number): void {
    this.exit(size, bookedAt);
    this.ctx.tally.consequenceFor(tag, size);
    this.removalsToday += size;
    this.sinks!.removed(size);
    if (pathOf(tag) === PATH_NTA) this.sinks!.courtRemoved(size);
    this.fillBeds();
  }

  /** Moves people waiting in custody for a bed into detention, earliest first. */
  private fillBeds(): void {
    const waiters = this.waiters;
    for (;;) {
      let best: BedWaiter | null = null, bt = Infinity;
      for (const w of waiters) { const t = w.bedWait.headTime(); if (t < bt) { bt = t; best = w; } }
      if (best === null) return;
      const q = best.bedWait;
      const size = q.headSize();
      if (this.bedsFree() < size) return;
      const t0 = q.headT0(), tag = q.headTag();
      q.popGroup();
      best.leave(size, t0);
      this.bookIn(size, tag, PATH_NTA, this.ctx.env.now, -1, true);
    }
  }
}
