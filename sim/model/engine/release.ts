/**
 * Release into the United States: parole with a Notice to Appear (its term, work permits,
 * ATD enrolment, a court case), and US-side receiving communities, whose shelters take a
 * share of everyone released (more of those without a sponsor) for a few days.
 */
import { binomial } from '../../random/index.ts';
import { Occupancy, type DayFigures } from '../../stats/occupancy.ts';
import { exp } from '../../math/index.ts';
import type { EngineContext } from './context.ts';
import { DayCohorts } from './dayCohorts.ts';
import { ParoleStock } from './paroleStock.ts';
import { SPONSOR } from './tags.ts';
import { RELEASE_REASONS } from '../schema/vocabulary.ts';

const REASON_PAROLE = RELEASE_REASONS.indexOf('parole');

export class Release {
  /** Parolees (border and programs) by expiry and work eligibility; ATD enrolment. */
  readonly parole: ParoleStock;
  /** Released people in receiving-community shelters (they have left the model's places). */
  readonly receiving = new Occupancy('receiving');
  /** People enrolled in ATD within the horizon. */
  atdEnrolled = 0;
  /** People released from ICE detention on parole (they hold parole like border parolees). */
  paroledFromDetention = 0;
  private readonly receivingCohorts = new DayCohorts();
  private readonly day: DayFigures = { mean: 0, peak: 0, over: 0 };
  private courtIntake: ((size: number, atd: number) => void) | null = null;

  constructor(private readonly ctx: EngineContext) {
    this.parole = new ParoleStock(ctx.days);
    this.receiving.capacity = ctx.sc.receiving.shelterPlaces;
  }

  /** Connects the court dockets that a parolee's Notice to Appear opens a case in (on the ATD docket when enrolled). */
  connect(courtIntake: (size: number, atd: number) => void): void { this.courtIntake = courtIntake; }

  /** A party released on parole with a Notice to Appear, `atd` of them on ATD. */
  paroleWithNta(size: number, tag: number, atd: number): void {
    const ctx = this.ctx, p = ctx.sc.parole, now = ctx.env.now;
    ctx.ledger.exits.paroled += size;
    ctx.dispositions.parole.add(size);
    ctx.tally.release(tag, size);
    this.courtIntake!(size, atd);
    const workers = p.workEligibleShare >= 1 ? size : binomial(ctx.rng['parole.work'], size, p.workEligibleShare);
    this.parole.add(now, size, p.termDays, workers, p.workPermitAfterDays);
    if (atd > 0) { this.parole.addAtd(now, atd, p.atdDays); this.atdEnrolled += atd; }
    this.toReceiving(size, tag);
  }

  /**
   * People released from ICE detention at the end of a stay, for reason `reason` (an index in
   * RELEASE_REASONS): those paroled hold parole (its term and work permit); those released on
   * bond or recognizance do not. Their court cases have already moved to the non-detained docket.
   */
  fromDetention(size: number, tag: number, reason: number): void {
    if (reason === REASON_PAROLE) {
      const ctx = this.ctx, p = ctx.sc.parole;
      const workers = p.workEligibleShare >= 1 ? size : binomial(ctx.rng['parole.work.detention'], size, p.workEligibleShare);
      this.parole.add(ctx.env.now, size, p.termDays, workers, p.workPermitAfterDays);
      this.paroledFromDetention += size;
    }
    this.toReceiving(size, tag);
  }

  /** A share of released people need a shelter in the receiving community. */
  toReceiving(size: number, tag: number): void {
    const r = this.ctx.sc.receiving, now = this.ctx.env.now;
    const n = binomial(this.ctx.rng['receiving.needShelter'], size, tag & SPONSOR ? r.shareNeedingShelterWithSponsor : r.shareNeedingShelterWithoutSponsor);
    if (n > 0) { this.receiving.enter(n, now); this.receivingCohorts.add(n, now); }
  }

  /** Closes day `d`: receiving shelters (sheltered and beyond capacity), parolees and ATD; returns the mean sheltered (for the cost of shelter days). */
  closeDay(d: number): number {
    const rec = this.ctx.record, o = this.day, p = this.parole;
    this.receiving.closeDay(this.ctx.env.now, o);
    rec.set('receiving.occupancy', d, o.mean - o.over); rec.set('receiving.unsheltered', d, o.over);
    rec.set('parole.workEligible', d, p.workNow); rec.set('parole.active', d, p.activeNow);
    rec.set('parole.expiring', d, p.expiring[d]!);
    rec.set('atd.enrolled', d, p.atdNow);
    return o.mean - o.over;
  }

  /** Departures from receiving shelters at the start of a day: each person leaves with probability 1 - exp(-1/stayDays). */
  shelterDepartures(): void {
    const ctx = this.ctx, now = ctx.env.now, stay = ctx.sc.receiving.stayDays;
    const p = stay > 0 ? 1 - exp(-1 / stay) : 1;
    this.receivingCohorts.depart((c, mean) => {
      const k = binomial(ctx.rng['receiving.departures'], c, p);
      if (k > 0) this.receiving.exit(k, now, mean);
      return k;
    });
  }
}
