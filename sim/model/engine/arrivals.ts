/**
 * New arrivals at the border: crossings between ports (apprehended by Border Patrol, or
 * gotaways) and walk-ups at ports, as Poisson flows of parties whose nationality,
 * demographic, size, sponsor and fear claim are drawn from the population mix.
 */
import type { Rng } from '../../random/index.ts';
import { monthsByDay } from '../schema/calendar.ts';
import { flowRateByDay } from '../schema/schedules.ts';
import { ArrivalFlow } from './arrivalFlow.ts';
import { PotentialFlow } from './potentialFlow.ts';
import type { EngineContext } from './context.ts';
import type { DayCount } from './dailyRecord.ts';
import { PartySampler, ROUTE_WALKUP, withRoute } from './tags.ts';

/** Where arriving parties go. */
export interface ArrivalSinks {
  /** Apprehended between ports: into Border Patrol custody. */
  apprehended(tag: number, size: number): void;
  /** Walked up to a port: into port custody. */
  atPort(tag: number, size: number): void;
}

export class Arrivals {
  /** The base flow of new crossings between ports, people per day (before any behavioural response). */
  readonly crossingsPerDay: Float64Array;
  /** New crossings between ports, people. */
  crossings = 0;
  /** Multiplier on the apprehension share, set each day by the agents-to-processing response (overflow.ts); 1 leaves it as given. */
  apprehensionFactor = 1;
  private readonly crossing: PartySampler;
  private readonly walkingUp: PartySampler;
  private sinks: ArrivalSinks | null = null;

  /** Counts into daily series `arrivals.betweenPorts`. */
  private readonly cBetweenPorts: DayCount;
  /** Counts into daily series `arrivals`. */
  private readonly cArrivals: DayCount;
  /** Counts into daily series `gotaways`. */
  private readonly cGotaways: DayCount;
  constructor(private readonly ctx: EngineContext) {
    this.cBetweenPorts = ctx.record.counter('arrivals.betweenPorts');
    this.cArrivals = ctx.record.counter('arrivals');
    this.cGotaways = ctx.record.counter('gotaways');
    const pop = ctx.sc.population, rng = ctx.rng;
    this.crossing = new PartySampler(pop, rng['population.betweenPorts'], rng['attributes.betweenPorts']);
    this.walkingUp = new PartySampler(pop, rng['population.walkUps'], rng['attributes.walkUps']);
    this.crossingsPerDay = flowRateByDay(ctx.sc.arrivals.betweenPorts, monthsByDay(ctx.sc.startDate, ctx.days));
  }

  connect(sinks: ArrivalSinks): void { this.sinks = sinks; }

  /**
   * Starts both flows at day 0; crossings between ports come from the potential stream thinned
   * with today's `acceptance` of each nationality group (see engine/behaviour.ts).
   */
  start(acceptance: Float64Array): void {
    const ctx = this.ctx, sc = ctx.sc, crossing = this.crossing, walkingUp = this.walkingUp;
    const months = monthsByDay(sc.startDate, ctx.days);
    const toParties = (a: Float64Array) => a.map((x) => x / crossing.meanSize);
    const apprehension = ctx.rng['apprehension.new'];
    new PotentialFlow(ctx.env, toParties(this.crossingsPerDay), sc.behaviour.potentialMultiplier, ctx.rng['arrivals.betweenPorts'], crossing,
      ctx.rng['behaviour.acceptance'], acceptance, (tag, size) => {
        this.arrive(size);
        this.crossings += size;
        this.cBetweenPorts.add(size);
        this.cross(tag, size, apprehension);
      }).start();
    new ArrivalFlow(ctx.env, toParties(flowRateByDay(sc.arrivals.walkUps, months)), ctx.rng['arrivals.walkUps'], () => {
      const tag = withRoute(walkingUp.draw(), ROUTE_WALKUP);
      const size = walkingUp.size;
      this.arrive(size);
      this.sinks!.atPort(tag, size);
    }).start(0);
  }

  /** `size` new people enter the model. */
  arrive(size: number): void {
    this.ctx.ledger.entries.arrivals += size;
    this.cArrivals.add(size);
  }

  /** A CBP One registrant who stopped waiting crosses between ports. */
  crossAfterWaiting(tag: number, size: number): void { this.cross(tag, size, this.ctx.rng['apprehension.afterWaiting']); }

  /** A party crosses between ports: apprehended, or a gotaway. */
  private cross(tag: number, size: number, apprehension: Rng): void {
    const ctx = this.ctx;
    if (apprehension() < ctx.sc.arrivals.apprehensionShare * this.apprehensionFactor) this.sinks!.apprehended(tag, size);
    else {
      ctx.ledger.exits.gotaway += size;
      this.cGotaways.add(size);
    }
  }
}
