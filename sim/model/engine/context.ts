/**
 * What every stage of the engine shares: the clock, the scenario, the random streams, the
 * places people are in, the conservation ledger, the daily record, the disposition counts
 * and the costs. Stages talk to each other only through the sinks they are given.
 */
import type { Environment } from '../../kernel/index.ts';
import { Occupancy } from '../../stats/occupancy.ts';
import type { Scenario } from '../schema/scenarioSchema.ts';
import { DISPOSITION, DISPOSITIONS, PLACES, type DispositionKind, type Place } from '../schema/vocabulary.ts';
import { GroupTally } from './behaviour.ts';
import type { DailyRecord, DayCount } from './dailyRecord.ts';
import { Ledger } from './ledger.ts';
import type { ModelStreams } from './streams.ts';

/** Costs in USD: incurred so far today (per-person costs), and over the horizon (closed days). */
export interface Costs { today: number; total: number }

export interface EngineContext {
  readonly env: Environment;
  readonly sc: Scenario;
  /** Days simulated in this replication. */
  readonly days: number;
  readonly rng: ModelStreams;
  /** One population counter per place. */
  readonly places: Readonly<Record<Place, Occupancy>>;
  readonly ledger: Ledger;
  readonly record: DailyRecord;
  /** People given each border disposition, over the horizon and by day (counted where the disposition takes effect): `ctx.dispositions.expel.add(n)`. */
  readonly dispositions: Readonly<Record<DispositionKind, DayCount>>;
  readonly costs: Costs;
  /** Outcomes of crossings between ports by nationality group, for the behaviour of arrivals. */
  readonly tally: GroupTally;
}

export function createContext(env: Environment, sc: Scenario, days: number, rng: ModelStreams, record: DailyRecord): EngineContext {
  const ctx = {
    env, sc, days, rng, record,
    places: Object.fromEntries(PLACES.map((p) => [p, new Occupancy(p)])) as Record<Place, Occupancy>,
    ledger: new Ledger(),
    dispositions: Object.fromEntries(DISPOSITIONS.map((k) => [k, record.counter(DISPOSITION[k].metricId)])) as Record<DispositionKind, DayCount>,
    costs: { today: 0, total: 0 },
  } as { -readonly [K in keyof EngineContext]: EngineContext[K] };
  ctx.tally = new GroupTally(ctx);
  return ctx;
}

