/**
 * Credible-fear screening of people in expedited removal who claim fear, in a real place:
 * they wait for an asylum officer in the Border Patrol or port custody that placed them in
 * expedited removal (`credibleFear.location` 'custody'), or in ICE detention ('detention':
 * booked in when a bed is free, waiting in custody for one otherwise), occupying that
 * place's capacity and counted in its population, time and cost. A positive finding leads to
 * parole with a Notice to Appear or to detention (if a bed is free, else parole), a negative
 * one to removal. Officers take the longest waiting first, wherever they wait.
 */
import { CohortQueue } from '../../kernel/callback/cohortQueue.ts';
import { SlotPool } from '../../kernel/callback/slotPool.ts';
import { binomial, makeSampler } from '../../random/index.ts';
import { Occupancy, type DayFigures } from '../../stats/occupancy.ts';
import { scheduleByDay } from '../schema/schedules.ts';
import type { EngineContext } from './context.ts';
import type { BedWaiter } from './detention.ts';

/** A place that holds people while they wait for and have their interview. */
export interface ScreeningHost {
  /** `size` people who entered the place at `t0` leave it now. */
  leave(size: number, t0: number): void;
}

/** Where people go after screening, and the ICE beds screening in detention uses. */
export interface ScreeningSinks {
  parole(size: number, tag: number, atd: number): void;
  bookIn(size: number, tag: number): void;
  bedsFree(): number;
  anyoneWaitingForBed(): boolean;
  /** A negative finding: the party leaves `from` for removal, or waits in it for an ICE bed (see Removals.expedite). */
  removed(size: number, tag: number, t0: number, from: BedWaiter): void;
  /** Books `size` people into ICE detention to be screened there (a bed is free). */
  holdInDetention(size: number): void;
  /** `size` people held in detention for screening since `bookedAt` leave it. */
  leaveDetention(size: number, bookedAt: number): void;
  /** `size` people held in detention for screening since `bookedAt` stay in detention with a Notice to Appear. */
  stayInDetention(size: number, tag: number, bookedAt: number): void;
  /** `size` people held in detention for screening since `bookedAt`, with a negative finding, stay there for removal. */
  removeFromDetention(size: number, tag: number, bookedAt: number): void;
}

/** People waiting in a custody place for an ICE bed, to be screened in detention. */
class BedWaitForScreening implements BedWaiter {
  readonly bedWait = new CohortQueue();
  constructor(private readonly custody: ScreeningHost, private readonly admitted: (size: number, tag: number, since: number) => void) {}
  leave(size: number, t0: number): void { this.custody.leave(size, t0); }
  admit(size: number, tag: number, waitingSince: number): void { this.admitted(size, tag, waitingSince); }
}

export class Screening {
  /** People awaiting or in screening, wherever they are held (a part of those places' populations, not a place of its own). */
  readonly waiting = new Occupancy('cf');
  /** Interviews started, their summed wait for an officer (days), people screened. */
  started = 0;
  waitSum = 0;
  served = 0;
  /** Hours from hand-over to a finding, summed over people screened. */
  waitHoursSum = 0;
  /** Officers busy and on duty now. */
  busy = 0;
  capacity = 0;
  /** One queue per place people wait in: the custody places, then detention (host index = queue index). */
  private readonly queues: CohortQueue[] = [];
  private readonly hosts: ScreeningHost[] = [];
  private readonly bedWaits: BedWaitForScreening[] = [];
  private readonly detentionHost: number;
  private readonly inDetention: boolean;
  private readonly pool = new SlotPool((i) => this.finish(i), 256);
  private readonly day: DayFigures = { mean: 0, peak: 0, over: 0 };
  private sinks: ScreeningSinks | null = null;
  private readonly officers: Float64Array;
  private readonly hoursPerMember: () => number;

  constructor(private readonly ctx: EngineContext, private readonly custody: readonly BedWaiter[]) {
    const cf = ctx.sc.credibleFear;
    const draw = makeSampler(cf.screeningHours, ctx.rng['screening.hours']);
    this.hoursPerMember = () => Math.max(0, draw());
    this.officers = scheduleByDay(cf.asylumOfficers, ctx.days);
    this.inDetention = cf.location === 'detention';
    for (const c of custody) {
      this.hosts.push(c); this.queues.push(new CohortQueue());
      this.bedWaits.push(new BedWaitForScreening(c, (size, tag, since) => this.admitted(size, tag, since)));
    }
    this.detentionHost = this.hosts.length;
    this.hosts.push({ leave: (size, t0) => this.sinks!.leaveDetention(size, t0) });
    this.queues.push(new CohortQueue());
  }

  /** The queues of people waiting in custody for an ICE bed to be screened in detention (for detention to fill, after its own). */
  get bedWaiters(): readonly BedWaiter[] { return this.bedWaits; }

  /** Opens day `d`: the asylum officers on duty. */
  openDay(d: number): void { this.capacity = Math.round(this.officers[d]!); this.pull(); }

  connect(sinks: ScreeningSinks): void { this.sinks = sinks; }

  /** A party in expedited removal claims fear; it has been in custody place `from` since `t0`. */
  arrive(size: number, tag: number, t0: number, from: ScreeningHost): void {
    const now = this.ctx.env.now, sinks = this.sinks!;
    const h = this.hosts.indexOf(from);
    this.waiting.enter(size, now);
    if (!this.inDetention) { this.enqueue(h, now, t0, tag, size); return; }
    if (sinks.bedsFree() >= size && !sinks.anyoneWaitingForBed()) {
      from.leave(size, t0);
      sinks.holdInDetention(size);
      this.enqueue(this.detentionHost, now, now, tag, size);
    } else this.bedWaits[h]!.bedWait.push(now, t0, tag, size);
  }

  /** A party that waited in custody since `since` for a bed has just been given one. */
  private admitted(size: number, tag: number, since: number): void {
    this.sinks!.holdInDetention(size);
    this.enqueue(this.detentionHost, since, this.ctx.env.now, tag, size);
  }

  /**
   * Releases up to `members` people awaiting screening in custody place `from` (waiting for a
   * bed first, then for an officer; longest waiting first), `each(size, tag)` per party;
   * returns how many. People already in an interview stay.
   */
  releaseWaiting(from: ScreeningHost, members: number, each: (size: number, tag: number) => void): number {
    const h = this.hosts.indexOf(from), now = this.ctx.env.now;
    let n = 0;
    for (const q of [this.bedWaits[h]!.bedWait, this.queues[h]!]) {
      while (n < members && q.groupCount > 0) {
        const since = q.headTime(), t0 = q.headT0(), tag = q.headTag();
        const size = q.popGroup();
        this.waiting.exit(size, now, since);
        from.leave(size, t0);
        each(size, tag);
        n += size;
      }
    }
    return n;
  }

  /** Closes day `d`: its mean number awaiting or in screening. */
  closeDay(d: number): void {
    this.waiting.closeDay(this.ctx.env.now, this.day);
    this.ctx.record.set('cf.occupancy', d, this.day.mean);
  }

  /** Stations diagnostics: people waiting for an officer and the cohort entries that hold them. */
  get queue(): { memberCount: number; entries: number } {
    let memberCount = 0, entries = 0;
    for (const q of this.queues) { memberCount += q.memberCount; entries += q.entries; }
    return { memberCount, entries };
  }

  private enqueue(h: number, since: number, t0: number, tag: number, size: number): void {
    this.queues[h]!.push(since, t0, tag, size);
    this.pull();
  }

  /** Officers free take the longest waiting party, wherever it waits. */
  private pull(): void {
    const now = this.ctx.env.now;
    while (this.busy < this.capacity) {
      let h = -1, bt = Infinity;
      for (let k = 0; k < this.queues.length; k++) { const t = this.queues[k]!.headTime(); if (t < bt) { bt = t; h = k; } }
      if (h < 0) return;
      const q = this.queues[h]!;
      const t0 = q.headT0(), tag = q.headTag();
      const size = q.popGroup();
      this.busy++; this.started++; this.waitSum += now - bt;
      let hours = 0;
      for (let k = 0; k < size; k++) hours += this.hoursPerMember();
      const i = this.pool.alloc(t0, bt, size, tag, h);
      this.pool.schedule(this.ctx.env, hours / 24, i);
    }
  }

  private finish(i: number): void {
    const p = this.pool, t0 = p.t0(i), since = p.t1(i), size = p.size(i), tag = p.tag(i), h = p.stage(i);
    p.release(i);
    this.busy--; this.served += size;
    this.screened(h, t0, since, tag, size);
    this.pull();
  }

  private screened(h: number, t0: number, since: number, tag: number, size: number): void {
    const ctx = this.ctx, cf = ctx.sc.credibleFear, sinks = this.sinks!, now = ctx.env.now;
    this.waiting.exit(size, now, since);
    this.waitHoursSum += size * (now - since) * 24;
    const positive = ctx.rng['screening.outcome']() < cf.positiveShare;
    if (h === this.detentionHost) {
      if (positive && cf.positiveThen === 'detain') { sinks.stayInDetention(size, tag, t0); return; }
      if (!positive) { ctx.tally.consequenceFor(tag, size); sinks.removeFromDetention(size, tag, t0); return; }
      sinks.leaveDetention(size, t0);
    } else {
      // A negative finding: removal from the custody place where the party waited (it leaves it there, or waits in it for an ICE bed).
      if (!positive) { ctx.tally.consequenceFor(tag, size); sinks.removed(size, tag, t0, this.custody[h]!); return; }
      this.hosts[h]!.leave(size, t0);
      if (cf.positiveThen === 'detain' && sinks.bedsFree() >= size) { sinks.bookIn(size, tag); return; }
    }
    sinks.parole(size, tag, binomial(ctx.rng['atd.screening'], size, ctx.sc.parole.atdShare));
  }
}
