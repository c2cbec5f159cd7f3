/**
 * Credible-fear screening of people in expedited removal who claim fear: they wait in
 * custody for an asylum officer; a positive finding leads to parole with a Notice to Appear
 * or to detention (if a bed is free, else parole), a negative one to removal.
 */
import { ServerBank } from '../../kernel/callback/serverBank.ts';
import { binomial, makeSampler } from '../../random/index.ts';
import type { DayFigures, Occupancy } from '../../stats/occupancy.ts';
import { scheduleByDay } from '../schema/schedules.ts';
import type { EngineContext } from './context.ts';

/** Where people go after screening. */
export interface ScreeningSinks {
  parole(size: number, tag: number, atd: number): void;
  bookIn(size: number, tag: number): void;
  bedsFree(): number;
  removed(size: number): void;
}

export class Screening {
  /** Asylum officers screening. */
  readonly station: ServerBank;
  private readonly place: Occupancy;
  private readonly day: DayFigures = { mean: 0, peak: 0, over: 0 };
  private sinks: ScreeningSinks | null = null;
  private readonly officers: Float64Array;

  constructor(private readonly ctx: EngineContext) {
    this.place = ctx.places.cf;
    const draw = makeSampler(ctx.sc.credibleFear.screeningHours, ctx.rng['screening.hours']);
    this.station = new ServerBank(ctx.env, () => Math.max(0, draw()) / 24, (t0, tag, size) => this.screened(t0, tag, size));
    this.officers = scheduleByDay(ctx.sc.credibleFear.asylumOfficers, ctx.days);
  }

  /** Opens day `d`: the asylum officers on duty. */
  openDay(d: number): void { this.station.setCapacity(Math.round(this.officers[d]!)); }

  connect(sinks: ScreeningSinks): void { this.sinks = sinks; }

  /** A party in expedited removal claims fear and waits for screening. */
  arrive(size: number, tag: number): void {
    const now = this.ctx.env.now;
    this.place.enter(size, now);
    this.station.arrive(now, tag, size);
  }

  /** Closes day `d`: its mean number awaiting or in screening. */
  closeDay(d: number): void {
    this.place.closeDay(this.ctx.env.now, this.day);
    this.ctx.record.set('cf.occupancy', d, this.day.mean);
  }

  private screened(t0: number, tag: number, size: number): void {
    const ctx = this.ctx, cf = ctx.sc.credibleFear, sinks = this.sinks!, now = ctx.env.now;
    if (ctx.rng['screening.outcome']() < cf.positiveShare) {
      if (cf.positiveThen === 'detain' && sinks.bedsFree() >= size) { this.place.exit(size, now, t0); sinks.bookIn(size, tag); }
      else { this.place.exit(size, now, t0); sinks.parole(size, tag, binomial(ctx.rng['atd.screening'], size, ctx.sc.parole.atdShare)); }
    } else { this.place.exit(size, now, t0); ctx.tally.consequenceFor(tag, size); sinks.removed(size); }
  }
}
