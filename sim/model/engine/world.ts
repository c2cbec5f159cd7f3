/**
 * The border model's state and wiring: arrivals, Border Patrol and port custody, policy
 * decisions, ICE detention, credible-fear screening, MPP, CBP One waiting lists, courts,
 * parole stocks and receiving communities, advanced by kernel callbacks (no process per
 * person). Daily bookkeeping (capacities, policy changes, appointments, court completions,
 * series) runs in one tick per day.
 */
import { Environment } from '../../kernel/index.ts';
import { binomial, distributionMean, makeSampler, poisson, Streams, type Rng } from '../../random/index.ts';
import type { Scenario } from '../schema/scenarioSchema.ts';
import type { SeriesId } from '../series.ts';
import { SERIES_IDS as ALL_SERIES_IDS } from '../series.ts';
import { ArrivalFlow } from './arrivalFlow.ts';
import { CohortQueue } from './cohortQueue.ts';
import { Court } from './court.ts';
import { CustodyStats } from './custodyStats.ts';
import { DayCohorts } from './dayCohorts.ts';
import { Facility } from './facility.ts';
import { Ledger } from './ledger.ts';
import { ParoleStock } from './paroleStock.ts';
import { PartyPool } from './partyPool.ts';
import { D_DETAIN, D_ER, D_EXPEL, D_MPP, D_PAROLE, PolicyEngine, type Conditions } from './policyEngine.ts';
import { Station } from './station.ts';
import { monthsByDay } from '../schema/calendar.ts';
import { policyTimeline, type PolicyInForce } from '../schema/policyTimeline.ts';
import { flowRateByDay, scheduleByDay } from '../schema/schedules.ts';
import {
  FEAR, PATH_ER, PATH_INTERIOR, PATH_NTA, PartySampler, ROUTE_APPOINTMENT, ROUTE_BETWEEN, ROUTE_WALKUP, SPONSOR, pathOf, withPath, withRoute,
} from './tags.ts';
import { WaitingList } from './waitingList.ts';
import { exp } from '../../math/index.ts';

/** Places people can be in; each has its own Facility counter. */
export const PLACES = ['mexico', 'bp', 'ofo', 'cf', 'detention', 'mpp'] as const;
const P_BP = 0, P_OFO = 1, P_CF = 2;
const S_TRANSPORT = 1, S_EXIT = 2, S_DET_END = 3, S_APPT = 4, S_CROSS = 5;
const DISP_KEYS = ['parole', 'detain', 'mpp', 'expeditedRemoval', 'expel'] as const;

export class World {
  readonly env = new Environment({ calendarCapacity: 1 << 16 });
  readonly days: number;
  readonly ledger = new Ledger();
  readonly fac = {
    mexico: new Facility('mexico'), bp: new Facility('bp'), ofo: new Facility('ofo'), cf: new Facility('cf'),
    detention: new Facility('detention'), mpp: new Facility('mpp'), receiving: new Facility('receiving'),
  };
  readonly custody = [new CustodyStats(), new CustodyStats()];
  readonly daily: Record<string, Float64Array> = {};
  readonly court: Court;
  readonly parole: ParoleStock;
  readonly policyChangeDays: number[];
  private readonly timeline: PolicyInForce[];
  /** Counters reported in the summary. */
  readonly count = {
    encounters: 0, apprehensionsToday: 0, apprehensionsYesterday: 0,
    dispositions: { parole: 0, detain: 0, mpp: 0, expeditedRemoval: 0, expelled: 0, released: 0 },
    bookIns: 0, losSum: 0, losN: 0, removals: 0, cbpWaitSum: 0, cbpWaitN: 0, crossedAfterWaiting: 0,
    affirmative: 0, queueJumpers: 0, atdEnrolled: 0, interiorTurnedAway: 0, costUsd: 0, costToday: 0,
    sheltersSum: 0, unshelteredSum: 0, closedDays: 0, people: 0,
  };
  private readonly pool: PartyPool;
  readonly stations: Station[];
  private readonly bedWait = [new CohortQueue(), new CohortQueue(), new CohortQueue()];
  private readonly removalQueue = new CohortQueue();
  private readonly mppQueue = new CohortQueue(1024);
  private readonly receivingCohorts = new DayCohorts();
  readonly lists: WaitingList[];
  private readonly policy: PolicyEngine;
  private readonly rng: Record<string, Rng>;
  private readonly arrivalsSampler: PartySampler;
  private readonly apptSampler: PartySampler;
  private readonly crossSampler: PartySampler;
  private readonly exitDelay: number[][];
  private readonly los: (() => number)[];
  private readonly sched: Record<'agents' | 'officers' | 'asylumOfficers' | 'bpCap' | 'ofoCap' | 'beds' | 'judges', Float64Array>;
  private readonly cond: Conditions = { bpOccupancyShare: 0, detentionOccupancyShare: 0, apprehensionsYesterday: 0, bedsFree: 0 };
  private physicalBeds = 0;
  private day = 0;
  private slotCarry: number[];
  private programQueue: number[];
  private programAllowance: number[];
  private readonly tickFn = () => this.tick();
  tickPending = true;

  constructor(readonly sc: Scenario, seed: number, replication: number, days: number) {
    this.days = days;
    const streams = new Streams(seed, replication);
    const names = ['arrivals.betweenPorts', 'arrivals.walkUps', 'arrivals.interior', 'population', 'attributes', 'apprehension',
      'processing.bp', 'processing.ofo', 'screening', 'screening.outcome', 'dispositions', 'atd', 'detention.stay', 'detention.outcome',
      'cbpone.registrations', 'cbpone.lottery', 'cbpone.noShow', 'cbpone.patience', 'cbpone.parties', 'cbpone.crossers', 'cbpone.timing',
      'court', 'receiving', 'programs', 'parole.work'];
    this.rng = Object.fromEntries(names.map((n) => [n, streams.get(n)]));
    for (const id of ALL_SERIES_IDS) this.daily[id] = new Float64Array(days);
    const months = monthsByDay(sc.startDate, days);
    this.sched = {
      agents: scheduleByDay(sc.borderPatrol.agents, days), officers: scheduleByDay(sc.ofo.officers, days),
      asylumOfficers: scheduleByDay(sc.credibleFear.asylumOfficers, days), bpCap: scheduleByDay(sc.borderPatrol.holdingCapacity, days),
      ofoCap: scheduleByDay(sc.ofo.holdingCapacity, days), beds: scheduleByDay(sc.detention.beds, days), judges: scheduleByDay(sc.court.judges, days),
    };
    this.arrivalsSampler = new PartySampler(sc.population, this.rng['population']!, this.rng['attributes']!);
    this.apptSampler = new PartySampler(sc.population, this.rng['cbpone.parties']!, this.rng['cbpone.parties']!);
    this.crossSampler = new PartySampler(sc.population, this.rng['cbpone.crossers']!, this.rng['cbpone.crossers']!);
    this.pool = new PartyPool((i) => this.onParty(i), 4096);
    const minutes = (spec: Scenario['borderPatrol']['processingMinutes'], r: Rng, per: number) => {
      const s = makeSampler(spec, r);
      return () => Math.max(0, s()) / per;
    };
    this.stations = [
      new Station(this.env, minutes(sc.borderPatrol.processingMinutes, this.rng['processing.bp']!, 1440), (t0, tag, size) => this.processed(P_BP, t0, tag, size)),
      new Station(this.env, minutes(sc.ofo.processingMinutes, this.rng['processing.ofo']!, 1440), (t0, tag, size) => this.processed(P_OFO, t0, tag, size)),
      new Station(this.env, minutes(sc.credibleFear.screeningHours, this.rng['screening']!, 24), (t0, tag, size) => this.screened(t0, tag, size)),
    ];
    const delays = (e: Scenario['borderPatrol']['exitDelayHours']) => DISP_KEYS.map((k) => e[k] / 24);
    this.exitDelay = [delays(sc.borderPatrol.exitDelayHours), delays(sc.ofo.exitDelayHours), [0, 0, 0, 0, 0]];
    const losNta = makeSampler(sc.detention.lengthOfStayDays.nta, this.rng['detention.stay']!);
    const losEr = makeSampler(sc.detention.lengthOfStayDays.expeditedRemoval, this.rng['detention.stay']!);
    this.los = [losNta, losEr, losNta];
    this.policy = new PolicyEngine(sc.population.nationalities.map((n) => n.id), this.rng['dispositions']!);
    this.policy.set(sc.policy);
    this.timeline = policyTimeline(sc);
    this.policyChangeDays = this.timeline.map((c) => c.day);
    this.court = new Court(sc.court.initialBacklog);
    this.parole = new ParoleStock(days);
    this.fac.receiving.capacity = sc.receiving.shelterPlaces;
    this.lists = sc.ports.map(() => new WaitingList(sc.cbpOne.initialWaitDays + days + 2));
    this.slotCarry = sc.ports.map(() => 0);
    this.programQueue = sc.parolePrograms.map(() => 0);
    this.programAllowance = sc.parolePrograms.map(() => 0);
    this.init(months);
  }

  private init(months: Uint8Array): void {
    const sc = this.sc, env = this.env;
    // Initial waiting list, spread over the days before day 0.
    const W0 = sc.cbpOne.initialWaitingList, D = sc.cbpOne.initialWaitDays;
    let placed = 0, cumulative = 0;
    sc.ports.forEach((p, k) => {
      // Rounded cumulative shares: no port gets a negative count and the ports get exactly W0.
      cumulative += p.registrationShare;
      const upTo = k === sc.ports.length - 1 ? W0 : Math.min(W0, Math.round(W0 * cumulative));
      const n = upTo - placed;
      placed = upTo;
      for (let j = 0; j < D; j++) this.lists[k]!.add(j - D, Math.floor(n / D) + (j < n % D ? 1 : 0));
    });
    this.ledger.entries.initialWaitingList += W0;
    this.fac.mexico.enter(W0, 0);
    // Initial detention population, with residual stays (length-biased draw, then a uniform share of it).
    const N = sc.detention.initialPopulation;
    const r = this.rng['detention.stay']!;
    const cap = 6 * Math.max(1, distributionMean(sc.detention.lengthOfStayDays.nta));
    for (let i = 0; i < N; i++) {
      let L = 0;
      for (let tries = 0; tries < 100; tries++) { L = this.los[PATH_INTERIOR]!(); if (r() * cap < L) break; }
      const elapsed = r() * L;
      this.bookIn(1, 0, PATH_INTERIOR, -elapsed, L - elapsed, false);
    }
    this.ledger.entries.initialDetention += N;
    // Arrival flows.
    const meanSize = this.arrivalsSampler.meanSize;
    const toParties = (a: Float64Array) => a.map((x) => x / meanSize);
    new ArrivalFlow(env, toParties(flowRateByDay(sc.arrivals.betweenPorts, months)), this.rng['arrivals.betweenPorts']!, () => {
      const tag = this.arrivalsSampler.draw();
      const size = this.arrivalsSampler.size;
      this.arrive(size);
      this.cross(tag, size);
    }).start(0);
    new ArrivalFlow(env, toParties(flowRateByDay(sc.arrivals.walkUps, months)), this.rng['arrivals.walkUps']!, () => {
      const tag = withRoute(this.arrivalsSampler.draw(), ROUTE_WALKUP);
      const size = this.arrivalsSampler.size;
      this.arrive(size);
      this.enterPort(tag, size);
    }).start(0);
    new ArrivalFlow(env, new Float64Array(this.days).fill(sc.detention.interiorBookInsPerDay), this.rng['arrivals.interior']!, () => {
      if (this.bedsFree() >= 1) { this.ledger.entries.interiorBookIns++; this.bookIn(1, 0, PATH_INTERIOR, env.now, -1, false); }
      else this.count.interiorTurnedAway++;
    }).start(0);
    env.scheduleAt(0, this.tickFn, -500);
  }

  private dayIndex(): number { return Math.min(this.days - 1, Math.floor(this.env.now)); }
  private addDaily(id: SeriesId | string, n: number): void { this.daily[id]![this.dayIndex()]! += n; }

  private arrive(size: number): void {
    this.ledger.entries.arrivals += size;
    this.count.people += size;
    this.addDaily('arrivals', size);
  }

  /** A party crosses between ports (new arrival or after giving up on CBP One). */
  private cross(tag: number, size: number): void {
    if (this.rng['apprehension']!() < this.sc.arrivals.apprehensionShare) {
      const now = this.env.now;
      this.fac.bp.enter(size, now);
      this.count.encounters += size; this.count.apprehensionsToday += size;
      this.addDaily('encounters', size); this.addDaily('encounters.bp', size);
      const T = this.sc.borderPatrol.transportHours / 24;
      if (T > 0) { const i = this.pool.alloc(now, 0, size, tag, S_TRANSPORT); this.env.schedule(T, this.pool.callback(i)); }
      else this.stations[P_BP]!.arrive(now, tag, size);
    } else {
      this.ledger.exits.gotaway += size;
      this.addDaily('gotaways', size);
    }
  }

  private enterPort(tag: number, size: number): void {
    const now = this.env.now;
    this.fac.ofo.enter(size, now);
    this.count.encounters += size;
    this.addDaily('encounters', size); this.addDaily('encounters.ofo', size);
    this.stations[P_OFO]!.arrive(now, tag, size);
  }

  private onParty(i: number): void {
    const p = this.pool, t0 = p.t0[i]!, t1 = p.t1[i]!, size = p.size[i]!, tag = p.tag[i]!, stage = p.stage[i]!;
    p.release(i);
    switch (stage) {
      case S_TRANSPORT: this.stations[P_BP]!.arrive(t0, tag, size); break;
      case S_EXIT: this.leave(t1 & 7, (t1 >> 3) & 7, t0, tag, size, t1 >> 6); break;
      case S_DET_END: this.stayEnds(t0, t1, tag, size); break;
      case S_APPT: this.fac.mexico.exit(size, this.env.now, Math.max(0, t1)); this.enterPort(tag, size); break;
      case S_CROSS: this.fac.mexico.exit(size, this.env.now, Math.max(0, t1)); this.count.crossedAfterWaiting += size; this.cross(tag, size); break;
    }
  }

  private bedsFree(): number { return this.physicalBeds - this.fac.detention.level; }

  /** Processing ended at a station: decide, then leave custody after the disposition's delay. */
  private processed(place: number, t0: number, tag: number, size: number): void {
    const sc = this.sc, c = this.cond, d = this.dayIndex();
    this.count.costToday += size * (place === P_BP ? sc.costs.bpProcessingUsd : sc.costs.ofoProcessingUsd);
    c.bpOccupancyShare = this.fac.bp.level / Math.max(1e-9, this.sched.bpCap[d]!);
    c.detentionOccupancyShare = this.fac.detention.level / Math.max(1e-9, this.sched.beds[d]!);
    c.apprehensionsYesterday = this.count.apprehensionsYesterday;
    c.bedsFree = this.bedsFree();
    const disp = this.policy.decide(tag, size, c);
    if (disp === D_ER) { this.count.dispositions.expeditedRemoval += size; this.addDaily('dispositions.expeditedRemoval', size); }
    const atd = disp === D_PAROLE ? binomial(this.rng['atd']!, size, this.policy.atdShare ?? sc.parole.atdShare) : 0;
    const delay = this.exitDelay[place]![disp]!;
    if (delay > 0) {
      const i = this.pool.alloc(t0, place | (disp << 3) | (atd << 6), size, tag, S_EXIT);
      this.env.schedule(delay, this.pool.callback(i));
    } else this.leave(place, disp, t0, tag, size, atd);
  }

  private leaveCustody(place: number, size: number, t0: number): void {
    const now = this.env.now;
    const f = place === P_BP ? this.fac.bp : place === P_OFO ? this.fac.ofo : this.fac.cf;
    f.exit(size, now, t0);
    if (place < 2) this.custody[place]!.add(size, now - t0);
  }

  private leave(place: number, disp: number, t0: number, tag: number, size: number, atd: number): void {
    const now = this.env.now;
    switch (disp) {
      case D_PAROLE: this.leaveCustody(place, size, t0); this.paroleRelease(size, tag, atd); break;
      case D_DETAIN:
        if (this.bedsFree() >= size && this.bedWait.every((q) => q.partyCount === 0)) { this.leaveCustody(place, size, t0); this.bookIn(size, tag, PATH_NTA, now, -1, true); }
        else this.bedWait[place]!.push(now, t0, withPath(tag, PATH_NTA), size);
        break;
      case D_MPP:
        this.leaveCustody(place, size, t0);
        this.fac.mpp.enter(size, now); this.mppQueue.push(now, now, tag, size); this.court.addMpp(size);
        this.count.dispositions.mpp += size; this.addDaily('dispositions.mpp', size);
        break;
      case D_ER:
        this.leaveCustody(place, size, t0);
        if (tag & FEAR) { this.fac.cf.enter(size, now); this.stations[P_CF]!.arrive(now, tag, size); }
        else this.removed(size);
        break;
      case D_EXPEL:
        this.leaveCustody(place, size, t0);
        this.ledger.exits.expelled += size; this.count.dispositions.expelled += size; this.addDaily('dispositions.expelled', size);
        break;
    }
  }

  private removed(size: number): void {
    this.ledger.exits.removed += size; this.count.removals += size;
    this.count.costToday += size * this.sc.costs.removalUsd;
  }

  /** Credible-fear screening ended. */
  private screened(t0: number, tag: number, size: number): void {
    const sc = this.sc.credibleFear;
    if (this.rng['screening.outcome']!() < sc.positiveShare) {
      if (sc.positiveThen === 'detain' && this.bedsFree() >= size) { this.leaveCustody(P_CF, size, t0); this.bookIn(size, tag, PATH_NTA, this.env.now, -1, true); }
      else { this.leaveCustody(P_CF, size, t0); this.paroleRelease(size, tag, binomial(this.rng['atd']!, size, this.sc.parole.atdShare)); }
    } else { this.leaveCustody(P_CF, size, t0); this.removed(size); }
  }

  private paroleRelease(size: number, tag: number, atd: number): void {
    const sc = this.sc.parole, d = this.dayIndex();
    this.ledger.exits.paroled += size;
    this.count.dispositions.parole += size; this.addDaily('dispositions.parole', size);
    this.court.addNonDetained(size);
    const workers = sc.workEligibleShare >= 1 ? size : binomial(this.rng['parole.work']!, size, sc.workEligibleShare);
    this.parole.add(this.env.now, size, sc.termDays, workers, sc.workPermitAfterDays);
    if (atd > 0) { this.parole.addAtd(this.env.now, atd, sc.atdDays); this.count.atdEnrolled += atd; }
    this.toReceiving(size, tag);
    void d;
  }

  private toReceiving(size: number, tag: number): void {
    const r = this.sc.receiving;
    const n = binomial(this.rng['receiving']!, size, tag & SPONSOR ? r.shareNeedingShelterWithSponsor : r.shareNeedingShelterWithoutSponsor);
    if (n > 0) { this.fac.receiving.enter(n, this.env.now); this.receivingCohorts.add(n, this.env.now); }
  }

  /** Books a party into detention for a stay drawn by path (or `stay` if >= 0). */
  private bookIn(size: number, tag: number, path: number, bookedAt: number, stay: number, border: boolean): void {
    const now = this.env.now;
    this.fac.detention.enter(size, now);
    if (bookedAt >= 0) { this.count.bookIns += size; this.addDaily('detention.bookIns', size); }
    if (border) { this.count.dispositions.detain += size; this.addDaily('dispositions.detain', size); }
    if (path === PATH_NTA) this.court.addDetained(size);
    const los = stay >= 0 ? stay : Math.max(1e-6, this.los[path]!());
    const i = this.pool.alloc(bookedAt, 0, size, withPath(tag, path), S_DET_END);
    this.env.schedule(los, this.pool.callback(i));
  }

  private stayEnds(bookedAt: number, _t1: number, tag: number, size: number): void {
    const path = pathOf(tag), sc = this.sc.detention;
    const share = path === PATH_ER ? sc.removalShare.expeditedRemoval : sc.removalShare.nta;
    if (this.rng['detention.outcome']!() < share) {
      if (this.removalsToday + size <= sc.removalsPerDay) this.removeFromDetention(size, bookedAt, tag);
      else this.removalQueue.push(this.env.now, bookedAt, tag, size);
    } else {
      this.detentionExit(size, bookedAt);
      this.ledger.exits.releasedFromDetention += size;
      this.count.dispositions.released += size;
      if (path === PATH_NTA) this.court.releaseDetained(size);
      this.toReceiving(size, tag);
      this.fillBeds();
    }
  }
  private removalsToday = 0;

  private detentionExit(size: number, bookedAt: number): void {
    const now = this.env.now;
    this.fac.detention.exit(size, now, Math.max(0, bookedAt));
    this.count.losSum += size * (now - bookedAt); this.count.losN += size;
  }

  private removeFromDetention(size: number, bookedAt: number, tag: number): void {
    this.detentionExit(size, bookedAt);
    this.removalsToday += size;
    this.removed(size);
    if (pathOf(tag) === PATH_NTA) this.court.completeDetained(size);
    this.fillBeds();
  }

  /** Moves people waiting in custody for a bed into detention, earliest first. */
  private fillBeds(): void {
    for (;;) {
      let best = -1, bt = Infinity;
      for (let k = 0; k < 3; k++) { const t = this.bedWait[k]!.headTime(); if (t < bt) { bt = t; best = k; } }
      if (best < 0) return;
      const q = this.bedWait[best]!;
      const size = q.headSize();
      if (this.bedsFree() < size) return;
      const t0 = q.headT0(), tag = q.headTag();
      q.popParty();
      this.leaveCustody(best, size, t0);
      this.bookIn(size, tag, PATH_NTA, this.env.now, -1, true);
    }
  }

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
    const sc = this.sc, s = this.sched, now = this.env.now;
    this.day = d;
    for (const c of this.timeline) if (c.day === d) this.policy.set(c.policy);
    this.policy.newDay();
    this.count.apprehensionsYesterday = this.count.apprehensionsToday; this.count.apprehensionsToday = 0;
    this.fac.bp.capacity = s.bpCap[d]!; this.fac.ofo.capacity = s.ofoCap[d]!; this.fac.detention.capacity = s.beds[d]!;
    this.physicalBeds = Math.floor(s.beds[d]! * (1 + sc.detention.overflowShare));
    this.stations[P_BP]!.setCapacity(Math.round(s.agents[d]!));
    this.stations[P_OFO]!.setCapacity(Math.round(s.officers[d]!));
    this.stations[P_CF]!.setCapacity(Math.round(s.asylumOfficers[d]!));
    this.parole.startDay(d);
    // Removals waiting for capacity go first; then beds freed by them are filled.
    this.removalsToday = 0;
    const rq = this.removalQueue;
    while (rq.partyCount > 0 && this.removalsToday + rq.headSize() <= sc.detention.removalsPerDay) {
      const t0 = rq.headT0(), tag = rq.headTag();
      const size = rq.popParty();
      this.removeFromDetention(size, t0, tag);
    }
    this.fillBeds();
    // US-side receiving shelters: departures.
    const pr = sc.receiving.stayDays > 0 ? 1 - exp(-1 / sc.receiving.stayDays) : 1;
    this.receivingCohorts.depart((c, mean) => {
      const k = binomial(this.rng['receiving']!, c, pr);
      if (k > 0) this.fac.receiving.exit(k, now, mean);
      return k;
    });
    this.cbpOneDay(d);
    this.programsDay(d);
  }

  private cbpOneDay(d: number): void {
    const sc = this.sc, c1 = sc.cbpOne, now = this.env.now;
    const show = (k: number, reg: number) => {
      const noShow = binomial(this.rng['cbpone.noShow']!, k, c1.noShowShare);
      if (noShow > 0) { this.fac.mexico.exit(noShow, now, Math.max(0, reg)); this.ledger.exits.noShow += noShow; }
      const n = k - noShow;
      this.count.cbpWaitSum += n * (d - reg); this.count.cbpWaitN += n;
      this.schedulePeople(n, reg, this.apptSampler, ROUTE_APPOINTMENT, S_APPT, 0.25, 0.5);
    };
    if (c1.enabled) {
      sc.ports.forEach((p, k) => {
        const list = this.lists[k]!;
        this.slotCarry[k]! += p.appointmentsPerDay;
        const S = Math.floor(this.slotCarry[k]!);
        this.slotCarry[k]! -= S;
        const F = c1.allocation === 'registrationOrder' ? S : c1.allocation === 'lottery' ? 0 : Math.round(c1.longestWaitingShare * S);
        list.takeOldest(F, show);
        if (S > F) list.takeRandom(S - F, this.rng['cbpone.lottery']!, show);
      });
    }
    if (c1.patienceDays > 0) {
      const p = 1 - exp(-1 / c1.patienceDays);
      for (const list of this.lists) {
        list.lose(p, this.rng['cbpone.patience']!, (k, reg) => {
          const crossers = binomial(this.rng['cbpone.patience']!, k, c1.crossAfterPatienceShare);
          const gaveUp = k - crossers;
          if (gaveUp > 0) { this.fac.mexico.exit(gaveUp, now, Math.max(0, reg)); this.ledger.exits.gaveUp += gaveUp; }
          this.schedulePeople(crossers, reg, this.crossSampler, ROUTE_BETWEEN, S_CROSS, 0, 1);
        });
      }
    }
    if (c1.enabled && c1.registrationsPerDay > 0) {
      let n = poisson(this.rng['cbpone.registrations']!, c1.registrationsPerDay);
      const total = n;
      let rest = 1;
      sc.ports.forEach((p, k) => {
        const m = k === sc.ports.length - 1 ? n : binomial(this.rng['cbpone.registrations']!, n, Math.min(1, p.registrationShare / Math.max(1e-12, rest)));
        rest -= p.registrationShare; n -= m;
        this.lists[k]!.add(d, m);
      });
      this.ledger.entries.arrivals += total; this.count.people += total;
      this.addDaily('arrivals', total);
      this.fac.mexico.enter(total, now);
    }
  }

  /** Forms parties from `n` people leaving a waiting list and schedules them within the day. */
  private schedulePeople(n: number, reg: number, sampler: PartySampler, route: number, stage: number, from: number, width: number): void {
    const d = this.day, timing = this.rng['cbpone.timing']!;
    while (n > 0) {
      const tag = withRoute(sampler.draw(), route);
      const size = Math.min(n, sampler.size);
      n -= size;
      const t = d + from + width * timing();
      const i = this.pool.alloc(t, reg, size, tag, stage);
      this.env.scheduleAt(t, this.pool.callback(i));
    }
  }

  private programsDay(d: number): void {
    const sc = this.sc, now = this.env.now, r = this.rng['programs']!;
    sc.parolePrograms.forEach((p, k) => {
      if (d < p.fromDay || (p.toDay !== undefined && d >= p.toDay)) return;
      this.programAllowance[k]! += p.capPerMonth === undefined ? Infinity : p.capPerMonth / (365 / 12);
      if (p.kind === 'shelterList') {
        const slots = Math.min(Math.floor(p.applicationsPerDay + r() ), this.programAllowance[k]!);
        const total = this.lists.reduce((a, l) => a + l.total, 0);
        let given = 0;
        this.lists.forEach((list, j) => {
          if (total <= 0) return;
          const s = Math.min(list.total, Math.round(slots * list.total / total));
          const jumpers = binomial(r, s, p.queueJumperShare);
          const take = (m: number, reg: number) => {
            this.fac.mexico.exit(m, now, Math.max(0, reg));
            this.ledger.exits.paroledFromShelterList += m;
            this.programParole(m, p);
            this.toReceiving(m, 0);
          };
          list.takeNewest(jumpers, take); list.takeOldest(s - jumpers, take);
          this.count.queueJumpers += jumpers; given += s; void j;
        });
        if (Number.isFinite(this.programAllowance[k]!)) this.programAllowance[k]! -= given;
        return;
      }
      let apps = poisson(r, p.applicationsPerDay);
      if (p.sponsorRequired && p.sponsorShare < 1) apps = binomial(r, apps, p.sponsorShare);
      this.programQueue[k]! += apps;
      const n = Math.min(this.programQueue[k]!, Math.floor(this.programAllowance[k]!));
      this.programQueue[k]! -= n;
      if (Number.isFinite(this.programAllowance[k]!)) { this.programAllowance[k]! -= n; this.programAllowance[k] = Math.min(this.programAllowance[k]!, p.capPerMonth ?? Infinity); }
      else this.programAllowance[k] = 0;
      if (n > 0) this.programParole(n, p);
    });
  }

  private programParole(n: number, p: Scenario['parolePrograms'][number]): void {
    this.count.affirmative += n;
    this.parole.add(this.env.now, n, p.termDays, p.workEligible ? n : 0, this.sc.parole.workPermitAfterDays);
  }

  private readonly dayOut = { mean: 0, peak: 0, over: 0 };

  private closeDay(d: number): void {
    const now = this.env.now, o = this.dayOut, sc = this.sc, s = this.sched;
    const set = (id: string, v: number) => { this.daily[id]![d] = v; };
    const f = this.fac;
    f.bp.closeDay(now, o); set('bp.occupancy', o.mean); set('bp.occupancy.peak', o.peak); set('bp.capacity', s.bpCap[d]!);
    f.ofo.closeDay(now, o); set('ofo.occupancy', o.mean); set('ofo.capacity', s.ofoCap[d]!);
    f.detention.closeDay(now, o); set('detention.occupancy', o.mean); set('detention.capacity', s.beds[d]!);
    const detMean = o.mean;
    f.receiving.closeDay(now, o); set('receiving.occupancy', o.mean - o.over); set('receiving.unsheltered', o.over);
    const recSheltered = o.mean - o.over;
    f.cf.closeDay(now, o); set('cf.occupancy', o.mean);
    f.mpp.closeDay(now, o); set('mpp.waiting', f.mpp.level);
    f.mexico.closeDay(now, o);
    // Mexican border-city shelters, sampled at the end of the day.
    let sheltered = 0, unsheltered = 0, places = 0;
    sc.ports.forEach((p, k) => {
      const pop = sc.cbpOne.shareWaitingInBorderCities * this.lists[k]!.total + p.registrationShare * f.mpp.level;
      sheltered += Math.min(pop, p.shelterPlaces); unsheltered += Math.max(0, pop - p.shelterPlaces); places += p.shelterPlaces;
    });
    set('shelters.occupancy', sheltered); set('shelters.unsheltered', unsheltered); set('shelters.capacity', places);
    this.count.sheltersSum += sheltered; this.count.unshelteredSum += unsheltered;
    set('cbpone.waitingList', this.lists.reduce((a, l) => a + l.total, 0));
    // Courts: completions of the day.
    const mpp = this.court.endDay(s.judges[d]! * sc.court.completionsPerJudgePerDay, f.mpp.level, sc.mpp.hearingSlotsPerDay,
      sc.court.inAbsentiaShare, sc.court.reliefShare, (n, p) => binomial(this.rng['court']!, n, p));
    if (mpp > 0) {
      this.mppQueue.popPeople(mpp, (k, t0) => {
        f.mpp.exit(k, now, t0);
        const absent = binomial(this.rng['court']!, k, sc.mpp.inAbsentiaShare);
        const relief = binomial(this.rng['court']!, k - absent, Math.min(1, sc.mpp.reliefShare / Math.max(1e-12, 1 - sc.mpp.inAbsentiaShare)));
        this.ledger.exits.mppInAbsentia += absent; this.ledger.exits.mppRelief += relief;
        if (k - absent - relief > 0) this.removed(k - absent - relief);
      });
    }
    this.court.intake += 0;
    const other = poisson(this.rng['court']!, sc.court.otherNewCasesPerDay);
    this.court.addNonDetained(other);
    set('court.backlog', this.court.backlog(f.mpp.level));
    set('parole.workEligible', this.parole.workNow); set('parole.active', this.parole.activeNow);
    set('parole.expiring', this.parole.expiring[d]!);
    set('atd.enrolled', this.parole.atdNow);
    const cost = this.count.costToday + detMean * sc.costs.detentionBedDayUsd + this.parole.atdNow * sc.costs.atdDayUsd + recSheltered * sc.costs.shelterDayUsd;
    set('cost.usd', cost);
    this.count.costUsd += cost; this.count.costToday = 0;
    this.count.closedDays = d + 1;
  }

  /** People now in each place. */
  placeLevels(): Record<(typeof PLACES)[number], number> {
    const f = this.fac;
    return { mexico: f.mexico.level, bp: f.bp.level, ofo: f.ofo.level, cf: f.cf.level, detention: f.detention.level, mpp: f.mpp.level };
  }
}

