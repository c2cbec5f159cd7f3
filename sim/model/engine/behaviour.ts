/**
 * What migrants can observe, and how crossings between ports respond to it. Each nationality
 * group's Border Patrol encounters are tallied by outcome (released into the US, or met with a
 * consequence: expulsion, return to Mexico, removal), with the lawful places it got (program
 * paroles). Each day, the outcomes of a past window (seen after a lag) give
 * the group a multiplier of its base crossing rate: power elasticities of the released share, the
 * consequence share and the expected CBP One wait, and program paroles substituting for crossings.
 * The crossing flow is a potential stream `potentialMultiplier` times the base flow, thinned to
 * the multiplier, so paired comparisons share their random numbers whatever the response.
 */
import { pow } from '../../math/index.ts';
import type { Behaviour as BehaviourParams } from '../schema/behaviourSchema.ts';
import type { EngineContext } from './context.ts';
import { natOf, routeOf, ROUTE_BETWEEN } from './tags.ts';

/** Smoothing added to shares so that a share of zero gives a finite response. */
const SHARE_FLOOR = 0.05;

/** Outcomes by nationality group and day, for the crossings between ports the response is about. */
export class GroupTally {
  readonly groups: number;
  /** Day-major arrays: value of day d, group g at d * groups + g. */
  readonly encountered: Float64Array;
  readonly released: Float64Array;
  readonly consequence: Float64Array;
  /** Lawful places given (program paroles), by group and day. */
  readonly places: Float64Array;

  constructor(private readonly ctx: EngineContext) {
    this.groups = ctx.sc.population.nationalities.length;
    const n = ctx.days * this.groups;
    this.encountered = new Float64Array(n); this.released = new Float64Array(n);
    this.consequence = new Float64Array(n); this.places = new Float64Array(n);
  }

  private at(tag: number): number { return this.ctx.record.today() * this.groups + natOf(tag); }

  /** A party that crossed between ports was encountered. */
  encounter(tag: number, n: number): void { if (routeOf(tag) === ROUTE_BETWEEN) this.encountered[this.at(tag)]! += n; }
  /** A party that crossed between ports was released into the US. */
  release(tag: number, n: number): void { if (routeOf(tag) === ROUTE_BETWEEN) this.released[this.at(tag)]! += n; }
  /** A party that crossed between ports was expelled, returned to Mexico or removed. */
  consequenceFor(tag: number, n: number): void { if (routeOf(tag) === ROUTE_BETWEEN) this.consequence[this.at(tag)]! += n; }
  /** `n` lawful places went to group `g` today. */
  place(g: number, n: number): void { this.places[this.ctx.record.today() * this.groups + g]! += n; }

  /**
   * Each group's signals over days `[from, to)`: its Border Patrol encounters (between ports)
   * and the shares of them released and met with a consequence (null when it had none).
   * These are the levels the behaviour's references are read from.
   */
  signals(from: number, to: number): { encountered: number; releasedShare: number | null; consequenceShare: number | null }[] {
    const G = this.groups;
    return Array.from({ length: G }, (_, g) => {
      let enc = 0, rel = 0, con = 0;
      for (let d = Math.max(0, from); d < Math.min(to, this.ctx.days); d++) {
        enc += this.encountered[d * G + g]!; rel += this.released[d * G + g]!; con += this.consequence[d * G + g]!;
      }
      return { encountered: enc, releasedShare: enc > 0 ? rel / enc : null, consequenceShare: enc > 0 ? con / enc : null };
    });
  }
}

/** The response of crossings to what was observed: a multiplier of each group's base crossing rate, day by day. */
export class Behaviour {
  /** Today's multiplier of each group's base crossing rate (1 when off). */
  readonly multiplier: Float64Array;
  /** Today's probability that a potential crossing of each group happens: multiplier / potentialMultiplier. */
  readonly acceptance: Float64Array;
  private readonly p: BehaviourParams;
  private readonly refReleased: Float64Array;
  private readonly refConsequence: Float64Array;
  private readonly refPlaces: Float64Array;
  private readonly shares: Float64Array;

  /**
   * @param basePerDay the base crossing flow, people per day, for each day
   * @param waitOn expected CBP One wait seen on a past day (days), or null when appointments are closed
   */
  constructor(private readonly ctx: EngineContext, readonly tally: GroupTally, private readonly basePerDay: Float64Array,
    private readonly waitOn: (day: number) => number) {
    const sc = ctx.sc, G = tally.groups;
    this.p = sc.behaviour;
    this.multiplier = new Float64Array(G).fill(1);
    this.acceptance = new Float64Array(G).fill(1 / this.p.potentialMultiplier);
    const ids = sc.population.nationalities.map((n) => n.id);
    this.shares = Float64Array.from(sc.population.nationalities, (n) => n.share);
    const listed = this.p.reference.filter((r) => ids.includes(r.nationality));
    const mean = (f: (r: BehaviourParams['reference'][number]) => number) => (listed.length ? listed.reduce((a, r) => a + f(r), 0) / listed.length : 0.5);
    const ref = (id: string) => listed.find((r) => r.nationality === id);
    this.refReleased = Float64Array.from(ids, (id) => ref(id)?.releasedShare ?? mean((r) => r.releasedShare));
    this.refConsequence = Float64Array.from(ids, (id) => ref(id)?.consequenceShare ?? mean((r) => r.consequenceShare));
    // Reference lawful places: each listed group's program paroles a day.
    this.refPlaces = new Float64Array(G);
    for (const r of this.p.referencePrograms) {
      const g = ids.indexOf(r.nationality);
      if (g >= 0) this.refPlaces[g]! += r.placesPerDay;
    }
  }

  /** Today's multiplier, the groups weighted by their population shares. */
  meanMultiplier(): number {
    let m = 0;
    for (let g = 0; g < this.multiplier.length; g++) m += this.multiplier[g]! * this.shares[g]!;
    return m;
  }

  /** Computes day `d`'s multipliers from the window of days seen by then. */
  openDay(d: number): void {
    if (!this.p.enabled) return;
    const p = this.p, t = this.tally, G = t.groups, M = p.potentialMultiplier;
    const last = d - p.perceptionLagDays, first = Math.max(0, last - p.windowDays + 1);
    const days = last - first + 1;
    const wait = last >= 0 ? this.waitOn(last) : p.referenceWaitDays;
    const waitFactor = p.appointmentWaitElasticity > 0 ? pow(Math.max(1, wait) / p.referenceWaitDays, p.appointmentWaitElasticity) : 1;
    for (let g = 0; g < G; g++) {
      let enc = 0, rel = 0, con = 0, places = 0;
      for (let k = first; k <= last; k++) {
        const i = k * G + g;
        enc += t.encountered[i]!; rel += t.released[i]!; con += t.consequence[i]!; places += t.places[i]!;
      }
      let m = waitFactor;
      if (enc > 0) {
        if (p.releaseElasticity > 0) m *= pow((rel / enc + SHARE_FLOOR) / (this.refReleased[g]! + SHARE_FLOOR), p.releaseElasticity);
        if (p.consequenceElasticity > 0) m *= pow((con / enc + SHARE_FLOOR) / (this.refConsequence[g]! + SHARE_FLOOR), -p.consequenceElasticity);
      }
      if (p.substitutionPerPlace > 0 && days > 0) {
        const base = this.basePerDay[d]! * this.shares[g]!;
        const missing = this.refPlaces[g]! - places / days;
        if (base > 0) m *= Math.max(0, 1 + (p.substitutionPerPlace * missing) / base);
      }
      this.multiplier[g] = Math.min(M, m);
      this.acceptance[g] = this.multiplier[g]! / M;
    }
  }
}
