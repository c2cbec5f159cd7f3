/**
 * The border model's wiring and day clock. Each stage of the flow is its own module (arrivals,
 * custody, screening, detention, release, MPP, CBP One, programs, courts, removals) sharing a
 * small context (clock, scenario, streams, places, ledger, daily record); this file connects
 * their sinks and runs the one daily tick that closes a day and opens the next. Model events
 * are plain kernel callbacks, with no process per person.
 */
import { Environment } from '../../kernel/index.ts';
import type { Rng } from '../../random/index.ts';
import type { DayFigures } from '../../stats/occupancy.ts';
import { policyTimeline, type PolicyInForce } from '../schema/policyTimeline.ts';
import type { Scenario } from '../schema/scenarioSchema.ts';
import { PLACES, type Place } from '../schema/vocabulary.ts';
import { Arrivals } from './arrivals.ts';
import { Behaviour } from './behaviour.ts';
import { CbpOne } from './cbpOne.ts';
import { createContext, type EngineContext } from './context.ts';
import { Court } from './court.ts';
import { Custody, type Decider } from './custody.ts';
import { DailyRecord } from './dailyRecord.ts';
import { Detention, type BedWaiter } from './detention.ts';
import { Mpp } from './mpp.ts';
import { Overflow } from './overflow.ts';
import { PolicyEngine, type Conditions } from './policyEngine.ts';
import { Programs } from './programs.ts';
import { Reentry } from './reentry.ts';
import { Release } from './release.ts';
import { Removals } from './removals.ts';
import { Screening } from './screening.ts';
import { createStreams, type ModelStreams } from './streams.ts';

export class World {
  // Day buckets: a detention stay of weeks waits outside the calendar's heap until its day.
  readonly env = new Environment({ calendarCapacity: 1 << 16, calendarBucketWidth: 1 });
  readonly ctx: EngineContext;
  readonly arrivals: Arrivals;
  readonly bp: Custody;
  readonly ofo: Custody;
  readonly screening: Screening;
  readonly detention: Detention;
  readonly release: Release;
  readonly removals: Removals;
  readonly mpp: Mpp;
  readonly court: Court;
  readonly cbpOne: CbpOne;
  readonly programs: Programs;
  readonly reentry: Reentry;
  readonly behaviour: Behaviour;
  /** Crowding responses and the physical ceiling of Border Patrol holding. */
  readonly overflow: Overflow;
  /** Days on which a policy change takes effect. */
  readonly policyChangeDays: number[];
  /** Days closed so far. */
  closedDays = 0;
  /** Whether the next calendar entry is the daily tick (see `runTickAt`). */
  tickPending = true;
  private readonly timeline: PolicyInForce[];
  private readonly policy: PolicyEngine;
  private readonly mexicoDay: DayFigures = { mean: 0, peak: 0, over: 0 };

  constructor(readonly sc: Scenario, seed: number, replication: number, readonly days: number, streams?: ModelStreams) {
    const ctx = this.ctx = createContext(this.env, sc, days, streams ?? createStreams(seed, replication), new DailyRecord(this.env, days));
    const r = ctx.rng;
    this.arrivals = new Arrivals(ctx);
    this.bp = new Custody(ctx, {
      place: 'bp', config: sc.borderPatrol, staff: sc.borderPatrol.agents, holdingCapacity: sc.borderPatrol.holdingCapacity,
      rng: {
        processing: r['processing.bp'], dispositions: r['dispositions.bp'], atd: r['atd.bp'], transport: r['transport.bp'],
        exitDelay: { parole: r['exitDelay.bp.parole'], detain: r['exitDelay.bp.detain'], mpp: r['exitDelay.bp.mpp'], expeditedRemoval: r['exitDelay.bp.expeditedRemoval'], expel: r['exitDelay.bp.expel'] },
      },
      processingUsd: sc.costs.bpProcessingUsd, transportHours: sc.borderPatrol.transportHours,
      overflow: { ceiling: sc.borderPatrol.overflow.ceiling, paroleWithConditions: { exitDelayHours: sc.borderPatrol.overflow.paroleWithConditions.exitDelayHours, rng: r['exitDelay.bp.paroleWithConditions'] } },
      series: { occupancy: 'bp.occupancy', peak: 'bp.occupancy.peak', capacity: 'bp.capacity', overCapacity: 'bp.overCapacity' },
    });
    this.ofo = new Custody(ctx, {
      place: 'ofo', config: sc.ofo, staff: sc.ofo.officers, holdingCapacity: sc.ofo.holdingCapacity,
      rng: {
        processing: r['processing.ofo'], dispositions: r['dispositions.ofo'], atd: r['atd.ofo'],
        exitDelay: { parole: r['exitDelay.ofo.parole'], detain: r['exitDelay.ofo.detain'], mpp: r['exitDelay.ofo.mpp'], expeditedRemoval: r['exitDelay.ofo.expeditedRemoval'], expel: r['exitDelay.ofo.expel'] },
      },
      processingUsd: sc.costs.ofoProcessingUsd, transportHours: 0, overflow: { ceiling: sc.ofo.ceiling },
      series: { occupancy: 'ofo.occupancy', peak: 'ofo.occupancy.peak', capacity: 'ofo.capacity' },
    });
    this.screening = new Screening(ctx, [this.bp, this.ofo]);
    this.detention = new Detention(ctx);
    this.release = new Release(ctx);
    this.removals = new Removals(ctx);
    this.mpp = new Mpp(ctx);
    this.court = new Court(ctx, this.mpp);
    this.overflow = new Overflow(ctx, sc.borderPatrol.overflow, this.release, this.court);
    this.cbpOne = new CbpOne(ctx);
    this.programs = new Programs(ctx, this.cbpOne, this.release);
    this.reentry = new Reentry(ctx);
    this.behaviour = new Behaviour(ctx, ctx.tally, this.arrivals.crossingsPerDay, (day) => {
      const slots = this.cbpOne.slotsOn(day);
      return slots > 0 ? ctx.record.series['cbpone.waitingList'][day]! / slots : Infinity;
    });
    this.policy = new PolicyEngine(sc.population.nationalities.map((n) => n.id));
    this.policy.set(sc.policy);
    this.timeline = policyTimeline(sc);
    this.policyChangeDays = this.timeline.map((c) => c.day);
    this.wire();
    this.start();
  }

  /** Connects every stage to the places its people go next. */
  private wire(): void {
    const { bp, ofo, screening, detention, release, removals, mpp, court, cbpOne, arrivals, reentry } = this;
    const removed = (size: number, tag: number, t0: number, from: BedWaiter) => removals.expedite(size, tag, t0, from);
    const parole = (size: number, tag: number, atd: number) => release.paroleWithNta(size, tag, atd);
    const bookIn = (size: number, tag: number) => detention.bookInFromBorder(size, tag);
    const bedsFree = () => detention.bedsFree();
    const custodySinks = {
      parole, bookIn, bedsFree, removed,
      anyoneWaitingForBed: () => detention.anyoneWaiting(),
      mpp: (size: number, tag: number) => mpp.enrol(size, tag),
      screen: (size: number, tag: number, t0: number, from: Custody) => screening.arrive(size, tag, t0, from),
      expelled: (size: number, tag: number) => reentry.afterExpulsion(size, tag),
    };
    const decider = this.decider();
    bp.connect(decider, custodySinks, this.overflow);
    ofo.connect(decider, custodySinks, this.overflow);
    screening.connect({
      parole, bookIn, bedsFree, removed, anyoneWaitingForBed: custodySinks.anyoneWaitingForBed,
      holdInDetention: (size) => detention.holdForScreening(size),
      leaveDetention: (size, bookedAt) => detention.endScreeningHold(size, bookedAt),
      stayInDetention: (size, tag, bookedAt) => detention.stayAfterScreening(size, tag, bookedAt),
      removeFromDetention: (size, tag, bookedAt) => detention.removalAfterScreening(size, tag, bookedAt),
    });
    this.overflow.connect(bp, arrivals, screening);
    detention.connect([bp, ofo, ...screening.bedWaiters], {
      released: (size, tag, reason) => release.fromDetention(size, tag, reason),
      removed: (size, tag) => removals.byIce(size, tag),
      seat: (size, tag) => removals.seat(size, tag),
      blocked: (size, tag) => { removals.blockedRelease(size, tag); release.toReceiving(size, tag); },
      courtBookedIn: (n) => court.addDetained(n), courtReleased: (n) => court.releaseDetained(n), courtRemoved: (n) => court.completeDetained(n), courtCanOrder: (n) => court.canCompleteDetained(n),
    });
    release.connect((n, atd) => court.addNonDetained(n, atd));
    mpp.connect((n) => court.addMpp(n), (size, tag) => removals.byIce(size, tag));
    // Removal logistics and repeat crossings.
    removals.connect({
      holdForRemoval: (size, tag, t0, from) => detention.holdForRemoval(size, tag, t0, from),
      departed: (size, tag) => reentry.afterRemoval(size, tag),
    });
    reentry.connect({ apprehended: (tag, size) => bp.encounter(tag, size) });
    arrivals.connect({ apprehended: (tag, size) => bp.encounter(tag, size), atPort: (tag, size) => ofo.encounter(tag, size) });
    cbpOne.connect({ atPort: (tag, size) => ofo.encounter(tag, size), cross: (tag, size) => arrivals.crossAfterWaiting(tag, size) });
  }

  /** The policy in force, deciding with the live conditions it may be conditioned on. */
  private decider(): Decider {
    const policy = this.policy, cond: Conditions = { bpOccupancyShare: 0, detentionOccupancyShare: 0, apprehensionsYesterday: 0, bedsFree: 0 };
    const { bp, detention, ctx } = this;
    // A class, not an object literal with a getter: V8 keeps such a literal as a dictionary,
    // and `decide` is called for every party processed.
    const world = this;
    return new (class implements Decider {
      decide(tag: number, size: number, rng: Rng): number {
        const d = ctx.record.today();
        cond.bpOccupancyShare = bp.level / Math.max(1e-9, bp.capacityOn(d));
        cond.detentionOccupancyShare = ctx.places.detention.level / Math.max(1e-9, detention.bedsOn(d));
        cond.apprehensionsYesterday = world.apprehensionsYesterday;
        cond.bedsFree = detention.bedsFree();
        return policy.decide(tag, size, cond, rng);
      }
      get atdShare(): number | undefined { return policy.atdShare; }
    })();
  }

  /** Border Patrol apprehensions of the previous day (a policy condition). */
  private apprehensionsYesterday = 0;

  /** Initial populations, then the arrival flows, then the first daily tick. */
  private start(): void {
    this.cbpOne.populate();
    this.detention.populate();
    this.arrivals.start(this.behaviour.acceptance);
    this.detention.startInteriorArrests();
    this.env.scheduleAt(0, this.tickFn, -500);
  }

  private readonly tickFn = () => this.tick();

  /** The daily tick at time d closes day d-1, then schedules the opening of day d (so a slice can end between them). */
  private tick(): void {
    const d = Math.round(this.env.now);
    this.tickPending = false;
    if (d > 0) this.closeDay(d - 1);
    if (d < this.days) this.env.scheduleAt(d, this.openFn, -499);
  }

  private readonly openFn = () => {
    const d = Math.round(this.env.now);
    this.openDay(d);
    this.env.scheduleAt(d + 1, this.tickFn, -500);
    this.tickPending = true;
  };

  /** Runs the pending tick at exactly `t` if there is one (so a slice ending at a day boundary closes that day). */
  runTickAt(t: number): void {
    if (this.tickPending && this.env.peek() === t && Math.round(t) === t) this.env.step();
  }

  private openDay(d: number): void {
    this.behaviour.openDay(d);
    this.ctx.record.set('behaviour.crossingMultiplier', d, this.behaviour.meanMultiplier());
    for (const c of this.timeline) if (c.day === d) this.policy.set(c.policy);
    this.policy.newDay();
    this.apprehensionsYesterday = this.bp.encounteredToday; this.bp.encounteredToday = 0;
    this.bp.openDay(d);
    this.overflow.openDay(d, this.apprehensionsYesterday);
    this.ofo.openDay(d);
    this.detention.setCapacity(d);
    this.screening.openDay(d);
    this.release.parole.startDay(d);
    this.removals.openDay(d);
    this.detention.openDay();
    this.release.shelterDepartures();
    this.cbpOne.openDay(d);
    this.programs.openDay(d);
    this.reentry.openDay(d);
  }

  private closeDay(d: number): void {
    const ctx = this.ctx, costs = ctx.costs, c = this.sc.costs;
    const inBp = this.bp.closeDay(d);
    const inPorts = this.ofo.closeDay(d);
    this.overflow.closeDay(d);
    const detained = this.detention.closeDay(d);
    const sheltered = this.release.closeDay(d);
    this.screening.closeDay(d);
    this.mpp.closeDay(d);
    ctx.places.mexico.closeDay(this.env.now, this.mexicoDay);
    this.cbpOne.closeDay(d, this.mpp.waiting);
    this.court.closeDay(d);
    const cost = costs.today + detained * c.detentionBedDayUsd + this.release.parole.atdNow * c.atdDayUsd + sheltered * c.shelterDayUsd
      + inBp * c.bpHoldingDayUsd + inPorts * c.ofoHoldingDayUsd;
    ctx.record.set('cost.usd', d, cost);
    costs.total += cost; costs.today = 0;
    this.closedDays = d + 1;
  }

  /** People now in each place. */
  placeLevels(): Record<Place, number> {
    return Object.fromEntries(PLACES.map((p) => [p, this.ctx.places[p].level])) as Record<Place, number>;
  }
}
