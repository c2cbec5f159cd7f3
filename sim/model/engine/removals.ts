/**
 * Removals from the United States and their logistics: who carries out an expedited removal
 * (CBP at the land border, or ICE), ICE's removal seats per day (overall, and by destination
 * group with `removals.logistics`), and the counts: removals by ICE, repatriations by CBP,
 * and removals blocked (people ICE could not remove and released).
 */
import { scheduleByDay } from '../schema/schedules.ts';
import type { EngineContext } from './context.ts';
import type { DayCount } from './dailyRecord.ts';
import type { BedWaiter } from './detention.ts';
import { natOf } from './tags.ts';

/** Where removals send people. */
export interface RemovalSinks {
  /** A party in expedited removal that ICE must hold: booked into detention if a bed is free, else it waits in `from` for one. */
  holdForRemoval(size: number, tag: number, t0: number, from: BedWaiter): void;
  /** People removed or repatriated have left the United States (they may try to cross again). */
  departed(size: number, tag: number): void;
}

export class Removals {
  /** Removals carried out by ICE (from detention, from custody, MPP orders), by CBP, and blocked, over the horizon. */
  ice = 0;
  cbp = 0;
  blocked = 0;
  /** ICE removals carried out straight from Border Patrol or port custody. */
  iceFromCustody = 0;
  /** Removals by ICE, by CBP and blocked, by nationality group (3 per group). */
  private readonly byGroup: Float64Array;
  /** Whether removals have logistics (destination groups, ICE or CBP, hold limit). */
  readonly logistics: boolean;
  private readonly seats: (Float64Array | null)[];
  private readonly seatsLeft: Float64Array;
  private readonly seatCarry: Float64Array;
  private readonly cbpShare: Float64Array;
  private readonly fromCustodyShare: Float64Array;
  private usedToday = 0;
  private sinks: RemovalSinks | null = null;

  /** Counts into daily series `removals.ice`. */
  private readonly cIce: DayCount;
  /** Counts into daily series `repatriations.cbp`. */
  private readonly cCbp: DayCount;
  /** Counts into daily series `removals.blocked`. */
  private readonly cBlocked: DayCount;
  constructor(private readonly ctx: EngineContext) {
    this.cIce = ctx.record.counter('removals.ice');
    this.cCbp = ctx.record.counter('repatriations.cbp');
    this.cBlocked = ctx.record.counter('removals.blocked');
    const sc = ctx.sc, nats = sc.population.nationalities;
    this.logistics = sc.removals.logistics;
    const dest = nats.map((n) => sc.removals.destinations.find((x) => x.nationality === n.id));
    this.seats = dest.map((x) => (x?.seatsPerDay === undefined ? null : scheduleByDay(x.seatsPerDay, ctx.days)));
    this.seatsLeft = new Float64Array(nats.length).fill(Infinity);
    this.seatCarry = new Float64Array(nats.length);
    this.cbpShare = Float64Array.from(dest, (x) => x?.cbpRepatriationShare ?? 0);
    this.fromCustodyShare = Float64Array.from(dest, (x) => x?.fromCustodyShare ?? 0);
    this.byGroup = new Float64Array(nats.length * 3);
  }

  /** Removals by ICE, by CBP and blocked, for each nationality group id. */
  byNationality(): Record<string, { ice: number; cbp: number; blocked: number }> {
    return Object.fromEntries(this.ctx.sc.population.nationalities.map((n, k) => [n.id, { ice: this.byGroup[k * 3]!, cbp: this.byGroup[k * 3 + 1]!, blocked: this.byGroup[k * 3 + 2]! }]));
  }

  connect(sinks: RemovalSinks): void { this.sinks = sinks; }

  /** All removal outcomes: by ICE, by CBP, and blocked. */
  get total(): number { return this.ice + this.cbp + this.blocked; }

  /** Opens day `d`: today's seats, overall and by destination group (fractions carry over, unused seats do not). */
  openDay(d: number): void {
    this.usedToday = 0;
    if (!this.logistics) return;
    for (let k = 0; k < this.seats.length; k++) {
      const s = this.seats[k];
      if (!s) continue;
      const c = this.seatCarry[k]! + s[d]!, n = Math.floor(c);
      this.seatsLeft[k] = n; this.seatCarry[k] = c - n;
    }
  }

  /** Takes today's ICE removal seats for a party of `size` with tag `tag`, if there are enough; false otherwise. */
  seat(size: number, tag: number): boolean {
    if (this.usedToday + size > this.ctx.sc.detention.removalsPerDay) return false;
    if (this.logistics) {
      const k = natOf(tag);
      if (this.seatsLeft[k]! < size) return false;
      this.seatsLeft[k]! -= size;
    }
    this.usedToday += size;
    return true;
  }

  /** A party in expedited removal leaves `from` (custody, screening) for removal: by CBP, by ICE from custody, or held by ICE. */
  expedite(size: number, tag: number, t0: number, from: BedWaiter): void {
    if (!this.logistics) { from.leave(size, t0); this.repatriate(size, tag); return; }
    const rng = this.ctx.rng, k = natOf(tag);
    if (rng['removals.byCbp']() < this.cbpShare[k]!) { from.leave(size, t0); this.repatriate(size, tag); return; }
    if (rng['removals.fromCustody']() < this.fromCustodyShare[k]! && this.seat(size, tag)) {
      from.leave(size, t0);
      this.iceFromCustody += size;
      this.byIce(size, tag);
      return;
    }
    this.sinks!.holdForRemoval(size, tag, t0, from);
  }

  /** `size` people removed by ICE now. */
  byIce(size: number, tag: number): void {
    this.ice += size; this.byGroup[natOf(tag) * 3]! += size;
    this.cIce.add(size);
    this.carriedOut(size, tag);
  }

  /** `size` people returned across the land border by CBP now. */
  private repatriate(size: number, tag: number): void {
    this.cbp += size; this.byGroup[natOf(tag) * 3 + 1]! += size;
    this.cCbp.add(size);
    this.carriedOut(size, tag);
  }

  /** `size` people whom ICE could not remove are released now. */
  blockedRelease(size: number, tag: number): void {
    this.blocked += size; this.byGroup[natOf(tag) * 3 + 2]! += size;
    this.ctx.ledger.exits.removalBlocked += size;
    this.cBlocked.add(size);
  }

  private carriedOut(size: number, tag: number): void {
    const ctx = this.ctx;
    ctx.costs.today += size * ctx.sc.costs.removalUsd;
    this.sinks!.departed(size, tag);
  }
}
