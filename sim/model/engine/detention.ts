/**
 * ICE detention: funded beds with a physical limit above them, book-ins from custody (people
 * wait in custody while no bed is free, earliest first) and from interior arrests (only when
 * a bed is free), a length of stay drawn by path (Notice to Appear, expedited removal,
 * interior arrest), then removal or release (on parole, on bond, on recognizance). A removal
 * needs a seat (ICE's removals of the day, and with removal logistics the seats of the
 * person's destination group) and, for a court case, a judge's order; people wait for them in
 * detention, and with removal logistics those ICE cannot remove within the hold limit are
 * released.
 */
import { CohortQueue } from '../../kernel/callback/cohortQueue.ts';
import { SlotPool } from '../../kernel/callback/slotPool.ts';
import { distributionMean, makeSampler, type Rng } from '../../random/index.ts';
import type { DayFigures, Occupancy } from '../../stats/occupancy.ts';
import { scheduleByDay } from '../schema/schedules.ts';
import { RELEASE_REASONS } from '../schema/vocabulary.ts';
import { ArrivalFlow } from './arrivalFlow.ts';
import type { EngineContext } from './context.ts';
import type { DayCount } from './dailyRecord.ts';
import { DEMO_SINGLE, INTERIOR_TAG, natOf, PATH_ER, PATH_INTERIOR, PATH_NTA, pathOf, withPath } from './tags.ts';

/** A custody place whose people wait for a bed: its queue, and how they leave it. */
export interface BedWaiter {
  readonly bedWait: CohortQueue;
  leave(size: number, t0: number): void;
  /** Takes the bed itself (people to be screened in detention), instead of a book-in for a stay; `waitingSince`: when they began to wait. */
  admit?(size: number, tag: number, waitingSince: number): void;
}

/** Where detention sends people and what it asks of removals and the courts. */
export interface DetentionSinks {
  /** Released at the end of a stay, for reason `reason` (an index in RELEASE_REASONS). */
  released(size: number, tag: number, reason: number): void;
  /** Removed by ICE now. */
  removed(size: number, tag: number): void;
  /** Takes today's removal seats for the party, if there are enough (see Removals.seat). */
  seat(size: number, tag: number): boolean;
  /** Released because ICE could not remove them within the hold limit. */
  blocked(size: number, tag: number): void;
  /** Court dockets of detained people with a Notice to Appear. */
  courtBookedIn(size: number): void;
  courtReleased(size: number): void;
  /** Judges order the removal of `size` detained people with a Notice to Appear (their cases complete). */
  courtRemoved(size: number): void;
  /** Whether judges can still order the removal of `size` detained people with a Notice to Appear today. */
  courtCanOrder(size: number): boolean;
}

const S_STAY_END = 0;
const N_REASONS = RELEASE_REASONS.length;

export class Detention {
  /** Of the book-ins within the horizon (`bookIns`), those from border custody, and the stays of those who left. */
  borderBookIns = 0;
  losSum = 0;
  losN = 0;
  /** Stays of those who left, by path (sum and count). */
  readonly losSumByPath = new Float64Array(3);
  readonly losNByPath = new Float64Array(3);
  /** People released at the end of a stay, in all and by reason (RELEASE_REASONS order). */
  released = 0;
  readonly releasedBy = new Float64Array(N_REASONS);
  /** Interior arrests not booked in for want of a bed. */
  interiorTurnedAway = 0;
  private readonly place: Occupancy;
  private readonly beds: Float64Array;
  private physicalBeds = 0;
  /** People waiting in detention for a removal seat: one queue, or one per nationality group with removal logistics. */
  private readonly seatQueues: CohortQueue[];
  /** With removal logistics: detained people with a Notice to Appear waiting for a judge's removal order. */
  private readonly orderQueue = new CohortQueue();
  private readonly logistics: boolean;
  private readonly stay: (() => number)[];
  private readonly outcome: Rng[];
  private readonly releaseCum: Float64Array;
  private readonly natCum: Float64Array;
  private readonly pool = new SlotPool((i) => this.onEvent(i), 4096);
  private waiters: readonly BedWaiter[] = [];
  private readonly day: DayFigures = { mean: 0, peak: 0, over: 0 };
  private sinks: DetentionSinks | null = null;

  /** Counts into daily series `detention.bookIns`. */
  private readonly cBookIns: DayCount;
  /** Book-ins within the horizon (border and interior). */
  get bookIns(): number { return this.cBookIns.total; }

  constructor(private readonly ctx: EngineContext) {
    this.cBookIns = ctx.record.counter('detention.bookIns');
    const sc = ctx.sc, d = sc.detention;
    this.place = ctx.places.detention;
    this.beds = scheduleByDay(d.beds, ctx.days);
    this.logistics = sc.removals.logistics;
    this.seatQueues = Array.from({ length: this.logistics ? sc.population.nationalities.length : 1 }, () => new CohortQueue());
    const rng = ctx.rng;
    // Interior arrests stay like people with a Notice to Appear, drawn from their own stream.
    this.stay = []; this.outcome = [];
    this.stay[PATH_NTA] = makeSampler(d.lengthOfStayDays.nta, rng['detention.stay.nta']);
    this.stay[PATH_ER] = makeSampler(d.lengthOfStayDays.expeditedRemoval, rng['detention.stay.expeditedRemoval']);
    this.stay[PATH_INTERIOR] = makeSampler(d.lengthOfStayDays.nta, rng['detention.stay.interior']);
    this.outcome[PATH_NTA] = rng['detention.outcome.nta'];
    this.outcome[PATH_ER] = rng['detention.outcome.expeditedRemoval'];
    this.outcome[PATH_INTERIOR] = rng['detention.outcome.interior'];
    let c = 0;
    this.releaseCum = Float64Array.from(RELEASE_REASONS, (k) => (c += d.releaseShares[k]));
    c = 0;
    this.natCum = Float64Array.from(sc.population.nationalities, (n) => (c += n.share));
  }

  /** Connects the custody places whose people wait for beds (earliest first, ties to the first listed) and the sinks. */
  connect(waiters: readonly BedWaiter[], sinks: DetentionSinks): void { this.waiters = waiters; this.sinks = sinks; }

  /** Beds free now, below the physical limit. */
  bedsFree(): number { return this.physicalBeds - this.place.level; }

  /** Funded beds on day `d`. */
  bedsOn(d: number): number { return this.beds[d]!; }

  /** Whether anyone in custody waits for a bed. */
  anyoneWaiting(): boolean { return this.waiters.some((w) => w.bedWait.groupCount > 0); }

  /** People in detention waiting for a removal seat or a judge's order. */
  get awaitingRemoval(): number {
    let n = this.orderQueue.memberCount;
    for (const q of this.seatQueues) n += q.memberCount;
    return n;
  }

  /** The initial population, with residual stays (a length-biased draw, then a uniform share of it). */
  populate(): void {
    const ctx = this.ctx, N = ctx.sc.detention.initialPopulation, r = ctx.rng['detention.initial'];
    const nta = ctx.sc.detention.lengthOfStayDays.nta, draw = makeSampler(nta, r);
    const cap = 6 * Math.max(1, distributionMean(nta));
    for (let i = 0; i < N; i++) {
      let L = 0;
      for (let tries = 0; tries < 100; tries++) { L = draw(); if (r() * cap < L) break; }
      const elapsed = r() * L;
      this.bookIn(1, this.interiorTag(), PATH_INTERIOR, -elapsed, L - elapsed, false);
    }
    ctx.ledger.entries.initialDetention += N;
  }

  /** Interior arrests: booked in when a bed is free. */
  startInteriorArrests(): void {
    const ctx = this.ctx;
    new ArrivalFlow(ctx.env, new Float64Array(ctx.days).fill(ctx.sc.detention.interiorBookInsPerDay), ctx.rng['arrivals.interior'], () => {
      if (this.bedsFree() >= 1) { ctx.ledger.entries.interiorBookIns++; this.bookIn(1, this.interiorTag(), PATH_INTERIOR, ctx.env.now, -1, false); }
      else this.interiorTurnedAway++;
    }).start(0);
  }

  /** Books a party in from border custody or screening, with a Notice to Appear (a bed is free). */
  bookInFromBorder(size: number, tag: number): void { this.bookIn(size, tag, PATH_NTA, this.ctx.env.now, -1, true); }

  /** A party in expedited removal whom ICE must hold until removed: booked in if a bed is free and nobody waits, else it waits in `from`. */
  holdForRemoval(size: number, tag: number, t0: number, from: BedWaiter): void {
    const er = withPath(tag, PATH_ER);
    if (this.bedsFree() >= size && !this.anyoneWaiting()) { from.leave(size, t0); this.bookIn(size, er, PATH_ER, this.ctx.env.now, -1, true); }
    else from.bedWait.push(this.ctx.env.now, t0, er, size);
  }

  /** Sets day `d`'s funded beds and physical limit. */
  setCapacity(d: number): void {
    this.place.capacity = this.beds[d]!;
    this.physicalBeds = Math.floor(this.beds[d]! * (1 + this.ctx.sc.detention.overflowShare));
  }

  /** Opens a day: removals waiting for a seat (or a judge's order) go first, then beds freed by them are filled. */
  openDay(): void {
    if (this.logistics) this.openDayWithLogistics();
    else {
      const rq = this.seatQueues[0]!;
      while (rq.groupCount > 0 && this.canRemove(rq.headSize(), rq.headTag())) {
        const t0 = rq.headT0(), tag = rq.headTag();
        const size = rq.popGroup();
        this.remove(size, t0, tag);
      }
    }
    this.fillBeds();
  }

  /** Seats first (oldest first in each destination group), then releases past the hold limit, then judges' orders. */
  private openDayWithLogistics(): void {
    const now = this.ctx.env.now, limit = now - this.ctx.sc.removals.holdLimitDays, sinks = this.sinks!;
    for (const q of this.seatQueues) {
      while (q.groupCount > 0 && sinks.seat(q.headSize(), q.headTag())) {
        const t0 = q.headT0(), tag = q.headTag();
        this.removeNow(q.popGroup(), t0, tag);
      }
      while (q.groupCount > 0 && q.headTime() <= limit) {
        const t0 = q.headT0(), tag = q.headTag(), size = q.popGroup();
        this.exit(size, t0, tag);
        this.ctx.tally.release(tag, size);
        sinks.blocked(size, tag);
      }
    }
    const oq = this.orderQueue;
    while (oq.groupCount > 0 && sinks.courtCanOrder(oq.headSize())) {
      const t0 = oq.headT0(), tag = oq.headTag(), size = oq.popGroup();
      sinks.courtRemoved(size);
      this.toSeat(size, t0, tag);
    }
  }

  /** Closes day `d`; returns its mean population (for the cost of bed-days). */
  closeDay(d: number): number {
    const rec = this.ctx.record;
    this.place.closeDay(this.ctx.env.now, this.day);
    rec.set('detention.occupancy', d, this.day.mean); rec.set('detention.capacity', d, this.beds[d]!);
    rec.set('detention.overCapacity', d, this.day.peak > this.beds[d]! ? 1 : 0);
    rec.set('detention.awaitingRemoval', d, this.awaitingRemoval);
    return this.day.mean;
  }

  /** A tag for an interior arrest: a single adult of a nationality group drawn from the population mix. */
  private interiorTag(): number {
    const cum = this.natCum, u = this.ctx.rng['detention.nationality']() * cum[cum.length - 1]!;
    let nat = 0;
    while (nat < cum.length - 1 && u >= cum[nat]!) nat++;
    return (nat * 3 + DEMO_SINGLE) | INTERIOR_TAG;
  }

  /** Books a party in for a stay drawn by path (or `stay` if >= 0); `bookedAt` < 0 for the initial population. */
  private bookIn(size: number, tag: number, path: number, bookedAt: number, stay: number, border: boolean): void {
    const ctx = this.ctx;
    this.place.enter(size, ctx.env.now);
    if (bookedAt >= 0) this.cBookIns.add(size);
    if (border) { this.borderBookIns += size; if (path === PATH_NTA) ctx.dispositions.detain.add(size); }
    if (path === PATH_NTA) this.sinks!.courtBookedIn(size);
    const los = stay >= 0 ? stay : Math.max(1e-6, this.stay[path]!());
    const i = this.pool.alloc(bookedAt, 0, size, withPath(tag, path), S_STAY_END);
    this.pool.schedule(ctx.env, los, i);
  }

  private onEvent(i: number): void {
    const p = this.pool, bookedAt = p.t0(i), size = p.size(i), tag = p.tag(i);
    p.release(i);
    this.stayEnds(bookedAt, tag, size);
  }

  private stayEnds(bookedAt: number, tag: number, size: number): void {
    const ctx = this.ctx, path = pathOf(tag), d = ctx.sc.detention;
    const share = path === PATH_ER ? d.removalShare.expeditedRemoval : d.removalShare.nta;
    const u = this.outcome[path]!();
    if (u < share) this.removalDue(size, bookedAt, tag, path);
    else {
      // The same draw, conditioned on release, gives the reason (so reasons leave every other draw as it was).
      const v = (u - share) / (1 - share) * this.releaseCum[N_REASONS - 1]!;
      let reason = 0;
      while (reason < N_REASONS - 1 && v >= this.releaseCum[reason]!) reason++;
      this.exit(size, bookedAt, tag);
      ctx.ledger.exits.releasedFromDetention += size;
      this.released += size; this.releasedBy[reason]! += size;
      ctx.tally.release(tag, size);
      if (path === PATH_NTA) this.sinks!.courtReleased(size);
      this.sinks!.released(size, tag, reason);
      this.fillBeds();
    }
  }

  /** A stay ended in removal: now if a seat (and, for a court case, an order) is there today, else it waits in detention. */
  private removalDue(size: number, bookedAt: number, tag: number, path: number): void {
    const sinks = this.sinks!;
    if (!this.logistics) {
      if (this.canRemove(size, tag)) this.remove(size, bookedAt, tag);
      else this.seatQueues[0]!.push(this.ctx.env.now, bookedAt, tag, size);
    } else if (path !== PATH_NTA) this.toSeat(size, bookedAt, tag);
    else if (sinks.courtCanOrder(size)) { sinks.courtRemoved(size); this.toSeat(size, bookedAt, tag); }
    else this.orderQueue.push(this.ctx.env.now, bookedAt, tag, size);
  }

  /** Without removal logistics: removal needs a seat today and, for a court case, a judge's order the same day. */
  private canRemove(size: number, tag: number): boolean {
    return (pathOf(tag) !== PATH_NTA || this.sinks!.courtCanOrder(size)) && this.sinks!.seat(size, tag);
  }

  /** With removal logistics: removed now if the destination has a seat today, else waits for one. */
  private toSeat(size: number, bookedAt: number, tag: number): void {
    if (this.sinks!.seat(size, tag)) this.removeNow(size, bookedAt, tag);
    else this.seatQueues[natOf(tag)]!.push(this.ctx.env.now, bookedAt, tag, size);
  }

  private exit(size: number, bookedAt: number, tag: number): void {
    const now = this.ctx.env.now, path = pathOf(tag), los = now - bookedAt;
    this.place.exit(size, now, Math.max(0, bookedAt));
    this.losSum += size * los; this.losN += size;
    this.losSumByPath[path]! += size * los; this.losNByPath[path]! += size;
  }

  /** Without removal logistics: removed now, the court case completing with the removal. */
  private remove(size: number, bookedAt: number, tag: number): void { this.removeNow(size, bookedAt, tag, pathOf(tag) === PATH_NTA); }

  /** Removed now; `orderNow`: the judge's order comes with the removal (it completes the court case). */
  private removeNow(size: number, bookedAt: number, tag: number, orderNow = false): void {
    this.exit(size, bookedAt, tag);
    // Expedited removal was counted as a consequence when it was decided (in custody or screening).
    if (pathOf(tag) !== PATH_ER) this.ctx.tally.consequenceFor(tag, size);
    this.sinks!.removed(size, tag);
    if (orderNow) this.sinks!.courtRemoved(size);
    this.fillBeds();
  }

  /** Moves people waiting in custody for a bed into detention, earliest first, on the path their tag carries. */
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
      if (best.admit) best.admit(size, tag, bt);
      else this.bookIn(size, tag, pathOf(tag), this.ctx.env.now, -1, true);
    }
  }

  // Credible-fear screening in detention (credibleFear.location 'detention'): a book-in that
  // holds a bed with no stay of its own; after the finding the person leaves or stays.
  /** Books `size` people in to be screened here (a bed is free). */
  holdForScreening(size: number): void {
    this.place.enter(size, this.ctx.env.now);
    this.cBookIns.add(size);
  }

  /** `size` people held for screening since `bookedAt` leave detention (to parole or removal). */
  endScreeningHold(size: number, bookedAt: number): void {
    // Their stay counts on the Notice-to-Appear path: a positive finding is what releases them.
    this.exit(size, bookedAt, withPath(0, PATH_NTA));
    this.fillBeds();
  }

  /** `size` people held for screening since `bookedAt` stay, with a Notice to Appear, for a stay drawn from the finding on. */
  stayAfterScreening(size: number, tag: number, bookedAt: number): void {
    this.ctx.dispositions.detain.add(size);
    this.sinks!.courtBookedIn(size);
    const i = this.pool.alloc(bookedAt, 0, size, withPath(tag, PATH_NTA), S_STAY_END);
    this.pool.schedule(this.ctx.env, Math.max(1e-6, this.stay[PATH_NTA]!()), i);
  }

  /** `size` people held for screening since `bookedAt`, with a negative finding, stay in expedited removal for a stay drawn from the finding on (then removal, as the path's stays end). */
  removalAfterScreening(size: number, tag: number, bookedAt: number): void {
    const i = this.pool.alloc(bookedAt, 0, size, withPath(tag, PATH_ER), S_STAY_END);
    this.pool.schedule(this.ctx.env, Math.max(1e-6, this.stay[PATH_ER]!()), i);
  }
}
