/**
 * A party's attributes packed in one integer ("tag"), so queues and pools store one Int32:
 * bits 0-6 group (nationality x 3 + demographic), 7-8 route, 9 sponsor, 10 fear claim,
 * 11-12 detention path.
 */
import type { Rng } from '../../random/stream.ts';
import { poisson } from '../../random/poisson.ts';
import { skipDraws } from '../../random/stream.ts';
import type { Population } from '../schema/populationSchema.ts';
import { DEMOGRAPHICS, DETENTION_PATHS, ROUTES } from '../schema/vocabulary.ts';

/** Route codes: the index in ROUTES; people in detention from interior arrests (or there at the start), whom no rule names, come after them. */
export const ROUTE_BETWEEN = ROUTES.indexOf('betweenPorts'), ROUTE_WALKUP = ROUTES.indexOf('walkUp'), ROUTE_APPOINTMENT = ROUTES.indexOf('appointment');
export const ROUTE_INTERIOR = ROUTES.length;
/** The tag of a person arrested in the interior (or in detention at the start). */
export const INTERIOR_TAG = ROUTE_INTERIOR << 7;
/** Detention path codes: the index in DETENTION_PATHS. */
export const PATH_NTA = DETENTION_PATHS.indexOf('nta'), PATH_ER = DETENTION_PATHS.indexOf('expeditedRemoval'), PATH_INTERIOR = DETENTION_PATHS.indexOf('interior');
/** Demographic codes: the index in DEMOGRAPHICS. */
export const DEMO_SINGLE = DEMOGRAPHICS.indexOf('singleAdult'), DEMO_FAMILY = DEMOGRAPHICS.indexOf('familyUnit'), DEMO_UAC = DEMOGRAPHICS.indexOf('unaccompaniedChild');
export const SPONSOR = 1 << 9, FEAR = 1 << 10;

export const groupOf = (tag: number) => tag & 127;
export const natOf = (tag: number) => ((tag & 127) / 3) | 0;
export const demoOf = (tag: number) => (tag & 127) % 3;
export const routeOf = (tag: number) => (tag >> 7) & 3;
export const pathOf = (tag: number) => (tag >> 11) & 3;
export const withRoute = (tag: number, route: number) => (tag & ~(3 << 7)) | (route << 7);
export const withPath = (tag: number, path: number) => (tag & ~(3 << 11)) | (path << 11);

/** Draws parties (nationality, demographic, size, sponsor, fear claim) from the population mix. */
export class PartySampler {
  private readonly natCum: Float64Array;
  private readonly pFamily: number;
  private readonly pSingleGivenNotFamily: number;
  private readonly sponsor: number[];
  private readonly fear: number[];
  /** Mean people per party. */
  readonly meanSize: number;
  /** Size of the last party drawn. */
  size = 1;

  constructor(pop: Population, private readonly rng: Rng, private readonly attrRng: Rng) {
    if (pop.nationalities.length > 42) throw new RangeError('at most 42 nationality groups');
    let c = 0;
    this.natCum = Float64Array.from(pop.nationalities, (n) => (c += n.share));
    const { singleAdult: s, familyUnit: f, unaccompaniedChild: u } = pop.demographics;
    const F = pop.familySizeMean;
    const partiesPerPerson = s + u + f / F;
    this.pFamily = partiesPerPerson > 0 ? f / F / partiesPerPerson : 0;
    this.pSingleGivenNotFamily = s + u > 0 ? s / (s + u) : 1;
    this.meanSize = partiesPerPerson > 0 ? 1 / partiesPerPerson : 1;
    this.sponsor = [pop.sponsorShare.singleAdult, pop.sponsorShare.familyUnit, pop.sponsorShare.unaccompaniedChild];
    this.fear = [pop.fearClaimShare.singleAdult, pop.fearClaimShare.familyUnit, pop.fearClaimShare.unaccompaniedChild];
    this.familyExtraMean = F - 2;
  }
  private readonly familyExtraMean: number;

  /** Draws one party; returns its tag (route bits 0) and sets `size`. */
  draw(): number { return this.drawRest(this.drawNationality()); }

  /**
   * The first of a party's draws: its nationality group. The party's other draws follow with
   * `drawRest`, or are passed over with `skipRest` (a candidate turned down on its group).
   */
  drawNationality(): number {
    const u = this.rng() * this.natCum[this.natCum.length - 1]!;
    let nat = 0;
    while (nat < this.natCum.length - 1 && u >= this.natCum[nat]!) nat++;
    return nat;
  }

  /** The rest of a party of nationality group `nat`: returns its tag (route bits 0) and sets `size`. */
  drawRest(nat: number): number {
    const rng = this.rng;
    let demo: number;
    if (rng() < this.pFamily) { demo = DEMO_FAMILY; this.size = 2 + poisson(rng, this.familyExtraMean); }
    else { demo = rng() < this.pSingleGivenNotFamily ? DEMO_SINGLE : DEMO_UAC; this.size = 1; }
    let tag = nat * 3 + demo;
    if (this.attrRng() < this.sponsor[demo]!) tag |= SPONSOR;
    if (this.attrRng() < this.fear[demo]!) tag |= FEAR;
    return tag;
  }

  /**
   * Passes over what `drawRest` would draw, leaving both streams where it would leave them, so
   * the next party gets the numbers it would get had this one been drawn: two numbers of the
   * population stream (family or not, then the family's size, by inversion from one number, or
   * single adult or child) and two of the attribute stream (sponsor, fear claim). Inversion
   * draws again only when rounding keeps its search from ending, about once in 2^53 draws.
   */
  skipRest(): void {
    skipDraws(this.rng, 2);
    skipDraws(this.attrRng, 2);
  }
}
