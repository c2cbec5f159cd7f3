/**
 * New arrivals at the border: crossings between ports (apprehended by Border Patrol, or
 * gotaways) and walk-ups at ports, as Poisson flows of parties whose nationality,
 * demographic, size, sponsor and fear claim are drawn from the population mix.
 */
import { monthsByDay } from '../schema/calendar.ts';
import { flowRateByDay } from '../schema/schedules.ts';
import { ArrivalFlow } from './arrivalFlow.ts';
import type { EngineContext } from './context.ts';
import { PartySampler, ROUTE_WALKUP, withRoute } from './tags.ts';

/** Where arriving parties go. */
export interface ArrivalSinks {
  /** Apprehended between ports: into Border Patrol custody. */
  apprehended(tag: number, size: number): void;
  /** Walked up to a port: into port custody. */
  atPort(tag: number, size: number): void;
}

export class Arrivals {
  private readonly sampler: PartySampler;
  private sinks: ArrivalSinks | null = null;

  constructor(private readonly ctx: EngineContext) {
    this.sampler = new PartySampler(ctx.sc.population, ctx.rng.population, ctx.rng.attributes);
  }

  connect(sinks: ArrivalSinks): void { this.sinks = sinks; }

  /** Starts both flows at day 0. */
  start(): void {
    const ctx = this.ctx, sc = ctx.sc, sampler = this.sampler;
    const months = monthsByDay(sc.startDate, ctx.days);
    const toParties = (a: Float64Array) => a.map((x) => x / sampler.meanSize);
    new ArrivalFlow(ctx.env, toParties(flowRateByDay(sc.arrivals.betweenPorts, months)), ctx.rng['arrivals.betweenPorts'], () => {
      const tag = sampler.draw();
      const size = sampler.size;
      this.arrive(size);
      this.cross(tag, size);
    }).start(0);
    new ArrivalFlow(ctx.env, toParties(flowRateByDay(sc.arrivals.walkUps, months)), ctx.rng['arrivals.walkUps'], () => {
      const tag = withRoute(sampler.draw(), ROUTE_WALKUP);
      const size = sampler.size;
      this.arrive(size);
      this.sinks!.atPort(tag, size);
    }).start(0);
  }

  /** `size` new people enter the model. */
  arrive(size: number): void {
    this.ctx.ledger.entries.arrivals += size;
    this.ctx.record.add('arrivals', size);
  }

  /** A party crosses between ports (a new arrival, or a registrant who stopped waiting): apprehended, or a gotaway. */
  cross(tag: number, size: number): void {
    const ctx = this.ctx;
    if (ctx.rng.apprehension() < ctx.sc.arrivals.apprehensionShare) this.sinks!.apprehended(tag, size);
    else {
      ctx.ledger.exits.gotaway += size;
      ctx.record.add('gotaways', size);
    }
  }
}
