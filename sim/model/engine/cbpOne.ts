/**
 * CBP One: one waiting list per port, in Mexico. Each day registrants join, the day's slots
 * are given (by registration order, by lottery, or a share to the longest waiting and the
 * rest at random), appointment holders come to the port within the day (some never come),
 * and waiting people give up at rate 1/patienceDays, a share of them crossing between ports.
 * Waiting in a border city fills that city's shelters, with MPP returnees; the rest of them
 * are unsheltered.
 */
import { SlotPool } from '../../kernel/callback/slotPool.ts';
import { exp } from '../../math/index.ts';
import { binomial, poisson, type Rng } from '../../random/index.ts';
import type { Occupancy } from '../../stats/occupancy.ts';
import { scheduleByDay } from '../schema/schedules.ts';
import type { EngineContext } from './context.ts';
import type { DayCount } from './dailyRecord.ts';
import { PartySampler, ROUTE_APPOINTMENT, ROUTE_BETWEEN, withRoute } from './tags.ts';
import { WaitingList } from './waitingList.ts';

/** Where people leaving the lists go. */
export interface CbpOneSinks {
  /** An appointment holder presents at the port. */
  atPort(tag: number, size: number): void;
  /** A registrant who stopped waiting crosses between ports. */
  cross(tag: number, size: number): void;
}

/** Pending events: an appointment holder, a crosser who stopped waiting, or one who found no appointments to wait for, on their way within the day. */
const S_APPOINTMENT = 0, S_CROSS = 1, S_CROSS_UNLISTED = 2;

export class CbpOne {
  readonly lists: WaitingList[];
  /** Days waited by those who got an appointment and came (sum and count). */
  waitSum = 0;
  waitN = 0;
  /** Registrants who stopped waiting and crossed between ports. */
  crossedAfterWaiting = 0;
  /** Would-be registrants who crossed between ports because CBP One took no one. */
  crossedWithoutAppointments = 0;
  /** Sums over closed days of people in Mexican border-city shelters, and without a place. */
  shelteredSum = 0;
  unshelteredSum = 0;
  private readonly place: Occupancy;
  private readonly slotCarry: number[];
  /** Each port's slots by day. */
  private readonly slots: Float64Array[];
  private readonly holders: PartySampler;
  private readonly crossers: PartySampler;
  private readonly pool = new SlotPool((i) => this.onEvent(i), 4096);
  private sinks: CbpOneSinks | null = null;

  /** Counts into daily series `arrivals`. */
  private readonly cArrivals: DayCount;
  constructor(private readonly ctx: EngineContext) {
    this.cArrivals = ctx.record.counter('arrivals');
    const sc = ctx.sc;
    this.place = ctx.places.mexico;
    this.lists = sc.ports.map(() => new WaitingList(sc.cbpOne.initialWaitDays + ctx.days + 2));
    this.slotCarry = sc.ports.map(() => 0);
    this.slots = sc.ports.map((p) => scheduleByDay(p.appointmentsPerDay, ctx.days));
    this.holders = new PartySampler(sc.population, ctx.rng['cbpone.parties'], ctx.rng['cbpone.parties.attributes']);
    this.crossers = new PartySampler(sc.population, ctx.rng['cbpone.crossers'], ctx.rng['cbpone.crossers.attributes']);
  }

  connect(sinks: CbpOneSinks): void { this.sinks = sinks; }

  /** Slots offered on day `d`, all ports together (0 when appointments are not offered). */
  slotsOn(d: number): number { return this.ctx.sc.cbpOne.enabled ? this.slots.reduce((a, s) => a + s[d]!, 0) : 0; }

  /** People on all lists now. */
  get waiting(): number { return this.lists.reduce((a, l) => a + l.total, 0); }

  /** The initial waiting list, spread evenly over the `initialWaitDays` days before day 0. */
  populate(): void {
    const ctx = this.ctx, sc = ctx.sc;
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
    ctx.ledger.entries.initialWaitingList += W0;
    this.place.enter(W0, 0);
  }

  /** Day `d`: slots, then patience, then new registrations. */
  openDay(d: number): void {
    const ctx = this.ctx, sc = ctx.sc, c1 = sc.cbpOne, now = ctx.env.now;
    const show = (k: number, reg: number) => {
      const noShow = binomial(ctx.rng['cbpone.noShow'], k, c1.noShowShare);
      if (noShow > 0) { this.place.exit(noShow, now, Math.max(0, reg)); ctx.ledger.exits.noShow += noShow; }
      const n = k - noShow;
      this.waitSum += n * (d - reg); this.waitN += n;
      this.schedule(d, n, reg, this.holders, ROUTE_APPOINTMENT, S_APPOINTMENT, ctx.rng['cbpone.timing.appointments'], 0.25, 0.5);
    };
    if (c1.enabled) {
      sc.ports.forEach((p, k) => {
        const list = this.lists[k]!;
        this.slotCarry[k]! += this.slots[k]![d]!;
        const S = Math.floor(this.slotCarry[k]!);
        this.slotCarry[k]! -= S;
        const F = c1.allocation === 'registrationOrder' ? S : c1.allocation === 'lottery' ? 0 : Math.round(c1.longestWaitingShare * S);
        list.takeOldest(F, show);
        if (S > F) list.takeRandom(S - F, ctx.rng['cbpone.lottery'], show);
      });
    }
    if (c1.patienceDays > 0) {
      const p = 1 - exp(-1 / c1.patienceDays);
      for (const list of this.lists) {
        list.lose(p, ctx.rng['cbpone.patience'], (k, reg) => {
          const crossers = binomial(ctx.rng['cbpone.crossAfterPatience'], k, c1.crossAfterPatienceShare);
          const gaveUp = k - crossers;
          if (gaveUp > 0) { this.place.exit(gaveUp, now, Math.max(0, reg)); ctx.ledger.exits.gaveUp += gaveUp; }
          this.schedule(d, crossers, reg, this.crossers, ROUTE_BETWEEN, S_CROSS, ctx.rng['cbpone.timing.crossers'], 0, 1);
        });
      }
    }
    if (!c1.enabled && c1.registrationsPerDay > 0) {
      // With no appointments at all, would-be registrants do what those whose patience runs out
      // do: a share cross between ports within the day, the rest never come.
      const n = poisson(ctx.rng['cbpone.registrations'], c1.registrationsPerDay);
      const crossers = binomial(ctx.rng['cbpone.crossWithoutAppointments'], n, c1.crossAfterPatienceShare);
      if (crossers > 0) {
        ctx.ledger.entries.arrivals += crossers;
        this.cArrivals.add(crossers);
        this.place.enter(crossers, now);
        this.schedule(d, crossers, d, this.crossers, ROUTE_BETWEEN, S_CROSS_UNLISTED, ctx.rng['cbpone.timing.crossers'], 0, 1);
      }
    }
    if (c1.enabled && c1.registrationsPerDay > 0) {
      const r = ctx.rng['cbpone.registrations'];
      let n = poisson(r, c1.registrationsPerDay);
      const total = n;
      let rest = 1;
      sc.ports.forEach((p, k) => {
        const m = k === sc.ports.length - 1 ? n : binomial(r, n, Math.min(1, p.registrationShare / Math.max(1e-12, rest)));
        rest -= p.registrationShare; n -= m;
        this.lists[k]!.add(d, m);
      });
      ctx.ledger.entries.arrivals += total;
      this.cArrivals.add(total);
      this.place.enter(total, now);
    }
  }

  /** Forms parties from `n` people leaving a list and schedules them within day `d` (from `from`, over `width` of a day). */
  private schedule(d: number, n: number, reg: number, sampler: PartySampler, route: number, stage: number, timing: Rng, from: number, width: number): void {
    const ctx = this.ctx;
    while (n > 0) {
      const tag = withRoute(sampler.draw(), route);
      const size = Math.min(n, sampler.size);
      n -= size;
      const t = d + from + width * timing();
      const i = this.pool.alloc(t, reg, size, tag, stage);
      this.pool.scheduleAt(ctx.env, t, i);
    }
  }

  private onEvent(i: number): void {
    const p = this.pool, reg = p.t1(i), size = p.size(i), tag = p.tag(i), stage = p.stage(i);
    p.release(i);
    this.place.exit(size, this.ctx.env.now, Math.max(0, reg));
    if (stage === S_APPOINTMENT) this.sinks!.atPort(tag, size);
    else {
      if (stage === S_CROSS) this.crossedAfterWaiting += size; else this.crossedWithoutAppointments += size;
      this.sinks!.cross(tag, size);
    }
  }

  /** Closes day `d`: people waiting in Mexican border cities (a share of each port's list, plus MPP returnees by port share) against their shelters. */
  closeDay(d: number, mppWaiting: number): void {
    const ctx = this.ctx, sc = ctx.sc;
    let sheltered = 0, unsheltered = 0, places = 0;
    sc.ports.forEach((p, k) => {
      const pop = sc.cbpOne.shareWaitingInBorderCities * this.lists[k]!.total + p.registrationShare * mppWaiting;
      sheltered += Math.min(pop, p.shelterPlaces); unsheltered += Math.max(0, pop - p.shelterPlaces); places += p.shelterPlaces;
    });
    ctx.record.set('shelters.occupancy', d, sheltered); ctx.record.set('shelters.unsheltered', d, unsheltered); ctx.record.set('shelters.capacity', d, places);
    this.shelteredSum += sheltered; this.unshelteredSum += unsheltered;
    ctx.record.set('cbpone.waitingList', d, this.waiting);
  }
}
