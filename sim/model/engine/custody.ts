/**
 * Border Patrol or port custody: people enter on apprehension (or on arriving at a port),
 * wait for and get processed by the agents or officers on duty, are given a disposition by
 * the policy, and leave after that disposition's exit delay, into release, detention (when a
 * bed is free; otherwise they wait in custody for one), MPP, screening or removal.
 */
import { CohortQueue } from '../../kernel/callback/cohortQueue.ts';
import { ServerBank } from '../../kernel/callback/serverBank.ts';
import { SlotPool } from '../../kernel/callback/slotPool.ts';
import { binomial, makeSampler, type Rng } from '../../random/index.ts';
import { DurationHistogram } from '../../stats/durationHistogram.ts';
import type { DayFigures, Occupancy } from '../../stats/occupancy.ts';
import type { DistributionSpec } from '../schema/distribution.ts';
import type { ScheduleInput } from '../schema/fields.ts';
import { scheduleByDay } from '../schema/schedules.ts';
import type { SeriesId } from '../series.ts';
import { DISPOSITION_CODE, DISPOSITIONS, type DispositionKind } from '../schema/vocabulary.ts';
import { countDisposition, type EngineContext } from './context.ts';
import { FEAR, PATH_NTA, withPath } from './tags.ts';

const D_PAROLE = DISPOSITION_CODE.parole, D_DETAIN = DISPOSITION_CODE.detain, D_MPP = DISPOSITION_CODE.mpp;
const D_ER = DISPOSITION_CODE.expeditedRemoval, D_EXPEL = DISPOSITION_CODE.expel;
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
  /** Expedited removal with a fear claim: to credible-fear screening. */
  screen(size: number, tag: number): void;
  /** Removed (expedited removal without a fear claim). */
  removed(size: number): void;
}

export interface CustodyOptions {
  readonly place: 'bp' | 'ofo';
  /** Agents or officers processing (a schedule) and the rated holding capacity (a schedule). */
  readonly staff: ScheduleInput;
  readonly holdingCapacity: ScheduleInput;
  /** Daily series of the place's mean level, peak level (if recorded) and capacity. */
  readonly series: { readonly occupancy: SeriesId; readonly peak?: SeriesId; readonly capacity: SeriesId; readonly overCapacity?: SeriesId };
  /** The place's processing times and exit delays (`scenario.borderPatrol` or `scenario.ofo`). */
  readonly config: { readonly processingMinutes: DistributionSpec; readonly exitDelayHours: Readonly<Record<DispositionKind, number>> };
  /** Streams of the place's processing times, rule shares and ATD enrolments. */
  readonly rng: { readonly processing: Rng; readonly dispositions: Rng; readonly atd: Rng };
  readonly processingUsd: number;
  /** Days from encounter to the station (0: processed where encountered). */
  readonly transportDays: number;
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
  private readonly pool = new SlotPool((i) => this.onEvent(i), 4096);
  private readonly exitDelayDays: Float64Array;
  private readonly staff: Float64Array;
  private readonly capacity: Float64Array;
  private readonly day: DayFigures = { mean: 0, peak: 0, over: 0 };
  private readonly place: Occupancy;
  private decider: Decider | null = null;
  private sinks: CustodySinks | null = null;

  constructor(private readonly ctx: EngineContext, private readonly opts: CustodyOptions) {
    this.place = ctx.places[opts.place];
    const draw = makeSampler(opts.config.processingMinutes, opts.rng.processing);
    this.station = new ServerBank(ctx.env, () => Math.max(0, draw()) / 1440, (t0, tag, size) => this.processed(t0, tag, size));
    this.exitDelayDays = Float64Array.from(DISPOSITIONS, (k) => opts.config.exitDelayHours[k] / 24);
    this.staff = scheduleByDay(opts.staff, ctx.days);
    this.capacity = scheduleByDay(opts.holdingCapacity, ctx.days);
  }

  /** Rated holding capacity on day `d`. */
  capacityOn(d: number): number { return this.capacity[d]!; }

  /** Opens day `d`: its rated capacity and the staff on duty. */
  openDay(d: number): void {
    this.place.capacity = this.capacity[d]!;
    this.station.setCapacity(Math.round(this.staff[d]!));
  }

  /** Closes day `d`: the day's mean and peak level against capacity. */
  closeDay(d: number): void {
    const rec = this.ctx.record, s = this.opts.series, o = this.day;
    this.place.closeDay(this.ctx.env.now, o);
    rec.set(s.occupancy, d, o.mean);
    if (s.peak) rec.set(s.peak, d, o.peak);
    rec.set(s.capacity, d, this.capacity[d]!);
    if (s.overCapacity) rec.set(s.overCapacity, d, o.peak > this.capacity[d]! ? 1 : 0);
  }

  /** Connects the policy and the places people leave to. */
  connect(decider: Decider, sinks: CustodySinks): void { this.decider = decider; this.sinks = sinks; }

  /** People now in this custody place. */
  get level(): number { return this.place.level; }

  /** A party is encountered now and taken into custody. */
  encounter(tag: number, size: number): void {
    const ctx = this.ctx, now = ctx.env.now;
    this.place.enter(size, now);
    this.encounters += size; this.encounteredToday += size;
    ctx.tally.encounter(tag, size);
    ctx.record.add('encounters', size); ctx.record.add(this.opts.place === 'bp' ? 'encounters.bp' : 'encounters.ofo', size);
    const T = this.opts.transportDays;
    if (T > 0) { const i = this.pool.alloc(now, 0, size, tag, S_TRANSPORT); ctx.env.schedule(T, this.pool.callback(i)); }
    else this.station.arrive(now, tag, size);
  }

  /** `size` people who entered custody at `t0` leave it now. */
  leave(size: number, t0: number): void {
    const now = this.ctx.env.now;
    this.place.exit(size, now, t0);
    this.timeInCustody.add(size, (now - t0) * 24);
  }

  private onEvent(i: number): void {
    const p = this.pool, t0 = p.t0[i]!, atd = p.t1[i]!, size = p.size[i]!, tag = p.tag[i]!, stage = p.stage[i]!;
    p.release(i);
    if (stage === S_TRANSPORT) this.station.arrive(t0, tag, size);
    else this.exit(stage - S_EXIT, t0, tag, size, atd);
  }

  /** Processing ended: decide, then leave custody after the disposition's delay. */
  private processed(t0: number, tag: number, size: number): void {
    const ctx = this.ctx, decider = this.decider!;
    ctx.costs.today += size * this.opts.processingUsd;
    const disp = decider.decide(tag, size, this.opts.rng.dispositions);
    if (disp === D_ER) countDisposition(ctx, 'expeditedRemoval', size);
    const atd = disp === D_PAROLE ? binomial(this.opts.rng.atd, size, decider.atdShare ?? ctx.sc.parole.atdShare) : 0;
    const delay = this.exitDelayDays[disp]!;
    if (delay > 0) {
      const i = this.pool.alloc(t0, atd, size, tag, S_EXIT + disp);
      ctx.env.schedule(delay, this.pool.callback(i));
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
        this.leave(size, t0);
        if (tag & FEAR) sinks.screen(size, tag);
        else { ctx.tally.consequenceFor(tag, size); sinks.removed(size); }
        break;
      case D_EXPEL:
        this.leave(size, t0);
        ctx.tally.consequenceFor(tag, size);
        ctx.ledger.exits.expelled += size;
        countDisposition(ctx, 'expel', size);
        break;
    }
  }
}
