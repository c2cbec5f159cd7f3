/**
 * Border Patrol or port custody: people enter on apprehension (or on arriving at a port),
 * are taken to a station (a transport time drawn per party), wait for and get processed by
 * the agents or officers on duty, are given a disposition by the policy, and leave after
 * that disposition's exit delay (drawn per party), into release, detention (when a bed is
 * free; otherwise they wait in custody for one), MPP, screening (held here or in detention,
 * see screening.ts) or removal. Holding may have a physical ceiling: at it, people are
 * released (see overflow.ts) and nobody more is held.
 */
import { CohortQueue } from '../../kernel/callback/cohortQueue.ts';
import { ServerBank } from '../../kernel/callback/serverBank.ts';
import { SlotPool } from '../../kernel/callback/slotPool.ts';
import { binomial, distributionMean, makeSampler, type Rng } from '../../random/index.ts';
import { DurationHistogram } from '../../stats/durationHistogram.ts';
import type { DayFigures, Occupancy } from '../../stats/occupancy.ts';
import type { HoursInput } from '../schema/custodySchema.ts';
import type { DistributionSpec } from '../schema/distribution.ts';
import type { ScheduleInput } from '../schema/fields.ts';
import { scheduleByDay } from '../schema/schedules.ts';
import type { SeriesId } from '../series.ts';
import { DISPOSITION_CODE, DISPOSITIONS, type DispositionKind } from '../schema/vocabulary.ts';
import type { EngineContext } from './context.ts';
import type { DayCount } from './dailyRecord.ts';
import type { CeilingConfig } from '../schema/overflowSchema.ts';
import type { Overflow } from './overflow.ts';
import { FEAR, PATH_NTA, withPath } from './tags.ts';

const D_PAROLE = DISPOSITION_CODE.parole, D_DETAIN = DISPOSITION_CODE.detain, D_MPP = DISPOSITION_CODE.mpp;
const D_ER = DISPOSITION_CODE.expeditedRemoval, D_EXPEL = DISPOSITION_CODE.expel;
/** Parole with conditions, given instead of parole while the response is in force (not a policy disposition). */
const D_PWC = DISPOSITIONS.length;
/** Pending events of people in custody: in transport to a station, or in the exit delay after a decision. */
const S_TRANSPORT = 0, S_EXIT = 1;

/** Decides a processed party's disposition (the policy in force, with live conditions). */
export interface Decider {
  /** Disposition code of a party (an index in DISPOSITIONS); `rng` draws the rules' shares. */
  decide(tag: number, size: number, rng: Rng): number;
  /** ATD share of the rule that last gave parole (undefined: the scenario's default). */
  readonly atdShare: number | undefined;
}

/** Where people go when they leave custody. */
export interface CustodySinks {
  /** Released on parole with an NTA, `atd` of them on ATD. */
  parole(size: number, tag: number, atd: number): void;
  /** Booked into detention from custody (a bed is free). */
  bookIn(size: number, tag: number): void;
  /** ICE beds free now, and whether anyone in custody is already waiting for one. */
  bedsFree(): number;
  anyoneWaitingForBed(): boolean;
  /** Returned to Mexico under MPP. */
  mpp(size: number, tag: number): void;
  /** Expedited removal with a fear claim: to credible-fear screening; the party, in custody since `t0`, is still here and screening decides where it waits. */
  screen(size: number, tag: number, t0: number, from: Custody): void;
  /** Expedited removal without a fear claim: the party leaves `from` for removal, or waits in it for an ICE bed (see Removals.expedite). */
  removed(size: number, tag: number, t0: number, from: Custody): void;
  /** Expelled. */
  expelled(size: number, tag: number): void;
}

export interface CustodyOptions {
  readonly place: 'bp' | 'ofo';
  /** Agents or officers processing (a schedule) and the rated holding capacity (a schedule). */
  readonly staff: ScheduleInput;
  readonly holdingCapacity: ScheduleInput;
  /** Daily series of the place's mean level, peak level (if recorded) and capacity. */
  readonly series: { readonly occupancy: SeriesId; readonly peak?: SeriesId; readonly capacity: SeriesId; readonly overCapacity?: SeriesId };
  /** The place's processing times and exit delays (`scenario.borderPatrol` or `scenario.ofo`). */
  readonly config: { readonly processingMinutes: DistributionSpec; readonly exitDelayHours: Readonly<Record<DispositionKind, HoursInput>> };
  /** Streams of the place's processing times, rule shares, ATD enrolments, exit delays (one per disposition) and transport. */
  readonly rng: { readonly processing: Rng; readonly dispositions: Rng; readonly atd: Rng; readonly exitDelay: Readonly<Record<DispositionKind, Rng>>; readonly transport?: Rng };
  readonly processingUsd: number;
  /** Hours from encounter to the station (0: processed where encountered). */
  readonly transportHours: HoursInput;
  /** The physical ceiling on holding (the releases it forces come from the responses given to `connect`) and, for Border Patrol, parole with conditions' exit delay and its stream. */
  readonly overflow?: { readonly ceiling: CeilingConfig; readonly paroleWithConditions?: { readonly exitDelayHours: HoursInput; readonly rng: Rng } };
}

/** A sampler of hours: a fixed number, or draws from a distribution (never below 0). */
function hoursSampler(spec: HoursInput, rng: Rng | undefined): () => number {
  if (typeof spec === 'number') return () => spec;
  if (spec.kind === 'deterministic') { const v = Math.max(0, spec.value); return () => v; }
  const draw = makeSampler(spec, rng!);
  return () => Math.max(0, draw());
}

export class Custody {
  /** Agents or officers processing. */
  readonly station: ServerBank;
  /** People waiting in custody for an ICE bed. */
  readonly bedWait = new CohortQueue();
  /** Hours from encounter to leaving custody. */
  readonly timeInCustody = new DurationHistogram(72, 1, 24 * 15);
  /** People encountered, in all and today (yesterday's count is a policy condition). */
  encounters = 0;
  encounteredToday = 0;
  /** People taken into custody today and on the previous day (encounters less those released at apprehension). */
  heldToday = 0;
  heldYesterday = 0;
  /** Mean agent (or officer) days to process one person. */
  readonly processingDays: number;
  private readonly pool = new SlotPool((i) => this.onEvent(i), 4096);
  /** Exit delay samplers in hours, by disposition code (parole with conditions last). */
  private readonly exitDelay: (() => number)[];
  private readonly transport: () => number;
  private readonly staff: Float64Array;
  private readonly capacity: Float64Array;
  private readonly day: DayFigures = { mean: 0, peak: 0, over: 0 };
  private readonly place: Occupancy;
  /** Physical ceiling today (Infinity: none). */
  private ceilingNow = Infinity;
  /** Sum over people now in custody of their time of entry (for their mean time in custody). */
  private t0Sum = 0;
  private decider: Decider | null = null;
  private sinks: CustodySinks | null = null;
  private responses: Overflow | null = null;
  /** Whether parole with conditions can replace parole here (Border Patrol). */
  private readonly paroleWithConditions: boolean;

  /** Today's counts of encounters, in all and at this place. */
  private readonly cEncounters: DayCount;
  private readonly cPlaceEncounters: DayCount;

  constructor(private readonly ctx: EngineContext, private readonly opts: CustodyOptions) {
    this.cEncounters = ctx.record.counter('encounters');
    this.cPlaceEncounters = ctx.record.counter(opts.place === 'bp' ? 'encounters.bp' : 'encounters.ofo');
    this.place = ctx.places[opts.place];
    const draw = makeSampler(opts.config.processingMinutes, opts.rng.processing);
    this.processingDays = Math.max(0, distributionMean(opts.config.processingMinutes)) / 1440;
    this.station = new ServerBank(ctx.env, () => Math.max(0, draw()) / 1440, (t0, tag, size) => this.processed(t0, tag, size));
    this.exitDelay = DISPOSITIONS.map((k) => hoursSampler(opts.config.exitDelayHours[k], opts.rng.exitDelay[k]));
    const pwc = opts.overflow?.paroleWithConditions;
    this.exitDelay.push(pwc ? hoursSampler(pwc.exitDelayHours, pwc.rng) : () => 0);
    this.paroleWithConditions = pwc !== undefined;
    this.transport = hoursSampler(opts.transportHours, opts.rng.transport);
    this.staff = scheduleByDay(opts.staff, ctx.days);
    this.capacity = scheduleByDay(opts.holdingCapacity, ctx.days);
  }

  /** Rated holding capacity on day `d`. */
  capacityOn(d: number): number { return this.capacity[d]!; }

  /** Agents or officers on duty on day `d` by the staff schedule. */
  staffOn(d: number): number { return Math.round(this.staff[d]!); }

  /** The physical ceiling in force today (Infinity: none). */
  get ceiling(): number { return this.ceilingNow; }

  /** Opens day `d`: its rated capacity, physical ceiling and the staff on duty. */
  openDay(d: number): void {
    this.place.capacity = this.capacity[d]!;
    const c = this.responses ? this.opts.overflow?.ceiling : undefined;
    this.ceilingNow = c?.enabled ? Math.floor(c.share * this.capacity[d]!) : Infinity;
    this.heldYesterday = this.heldToday; this.heldToday = 0;
    this.station.setCapacity(this.staffOn(d));
  }

  /** Closes day `d`: the day's mean and peak level against capacity; returns the mean (for the cost of holding). */
  closeDay(d: number): number {
    const rec = this.ctx.record, s = this.opts.series, o = this.day;
    this.place.closeDay(this.ctx.env.now, o);
    rec.set(s.occupancy, d, o.mean);
    if (s.peak) rec.set(s.peak, d, o.peak);
    rec.set(s.capacity, d, this.capacity[d]!);
    if (s.overCapacity) rec.set(s.overCapacity, d, o.peak > this.capacity[d]! ? 1 : 0);
    return o.mean;
  }

  /** Peak level of the day just closed. */
  get lastDayPeak(): number { return this.day.peak; }

  /** Connects the policy, the places people leave to and the crowding responses (releases at the ceiling; parole with conditions). */
  connect(decider: Decider, sinks: CustodySinks, responses?: Overflow): void { this.decider = decider; this.sinks = sinks; this.responses = responses ?? null; }

  /** People now in this custody place. */
  get level(): number { return this.place.level; }

  /** Mean hours in custody so far of the people now here (0 when empty). */
  meanHoursHere(): number {
    const n = this.place.level;
    return n > 0 ? Math.max(0, this.ctx.env.now - this.t0Sum / n) * 24 : 0;
  }

  /** A party is encountered now and taken into custody (at a full station, released if no one else can be). */
  encounter(tag: number, size: number): void {
    const ctx = this.ctx, now = ctx.env.now;
    this.encounters += size; this.encounteredToday += size;
    ctx.tally.encounter(tag, size);
    this.cEncounters.add(size); this.cPlaceEncounters.add(size);
    if (this.place.level + size > this.ceilingNow && !this.responses!.makeRoom(this, size)) {
      this.responses!.releaseAtApprehension(size, tag);
      return;
    }
    this.place.enter(size, now); this.t0Sum += size * now; this.heldToday += size;
    const T = this.transport() / 24;
    if (T > 0) { const i = this.pool.alloc(now, 0, size, tag, S_TRANSPORT); this.pool.schedule(ctx.env, T, i); }
    else this.station.arrive(now, tag, size);
  }

  /** `size` people who entered custody at `t0` leave it now. */
  leave(size: number, t0: number): void {
    const now = this.ctx.env.now;
    this.place.exit(size, now, t0); this.t0Sum -= size * t0;
    if (this.place.level === 0) this.t0Sum = 0;
    this.timeInCustody.add(size, (now - t0) * 24);
  }

  /** Releases up to `members` people waiting here for an ICE bed, longest waiting first; `each(size, tag)` per party; returns how many. */
  releaseBedWaiting(members: number, each: (size: number, tag: number) => void): number {
    const q = this.bedWait;
    let n = 0;
    while (n < members && q.groupCount > 0) {
      const t0 = q.headT0(), tag = q.headTag();
      const size = q.popGroup();
      this.leave(size, t0);
      each(size, tag);
      n += size;
    }
    return n;
  }

  private onEvent(i: number): void {
    const p = this.pool, t0 = p.t0(i), atd = p.t1(i), size = p.size(i), tag = p.tag(i), stage = p.stage(i);
    p.release(i);
    if (stage === S_TRANSPORT) this.station.arrive(t0, tag, size);
    else this.exit(stage - S_EXIT, t0, tag, size, atd);
  }

  /** Processing ended: decide, then leave custody after the disposition's delay. */
  private processed(t0: number, tag: number, size: number): void {
    const ctx = this.ctx, decider = this.decider!;
    ctx.costs.today += size * this.opts.processingUsd;
    let disp = decider.decide(tag, size, this.opts.rng.dispositions);
    if (disp === D_PAROLE && this.paroleWithConditions && this.responses!.paroleWithConditionsInForce) disp = D_PWC;
    if (disp === D_ER) ctx.dispositions.expeditedRemoval.add(size);
    const atd = disp === D_PAROLE ? binomial(this.opts.rng.atd, size, decider.atdShare ?? ctx.sc.parole.atdShare) : 0;
    const delay = this.exitDelay[disp]!() / 24;
    if (delay > 0) {
      const i = this.pool.alloc(t0, atd, size, tag, S_EXIT + disp);
      this.pool.schedule(ctx.env, delay, i);
    } else this.exit(disp, t0, tag, size, atd);
  }

  private exit(disp: number, t0: number, tag: number, size: number, atd: number): void {
    const ctx = this.ctx, sinks = this.sinks!;
    switch (disp) {
      case D_PAROLE: this.leave(size, t0); sinks.parole(size, tag, atd); break;
      case D_DETAIN:
        if (sinks.bedsFree() >= size && !sinks.anyoneWaitingForBed()) { this.leave(size, t0); sinks.bookIn(size, tag); }
        else this.bedWait.push(ctx.env.now, t0, withPath(tag, PATH_NTA), size);
        break;
      case D_MPP: this.leave(size, t0); ctx.tally.consequenceFor(tag, size); sinks.mpp(size, tag); break;
      case D_ER:
        if (tag & FEAR) sinks.screen(size, tag, t0, this);
        else { ctx.tally.consequenceFor(tag, size); sinks.removed(size, tag, t0, this); }
        break;
      case D_EXPEL:
        this.leave(size, t0);
        ctx.tally.consequenceFor(tag, size);
        ctx.dispositions.expel.add(size);
        sinks.expelled(size, tag);
        break;
      case D_PWC: this.leave(size, t0); this.responses!.paroledWithConditions(size, tag); break;
    }
  }
}
