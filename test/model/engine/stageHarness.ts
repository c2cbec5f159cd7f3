/** A stage of the engine driven on its own: a scenario, a clock and a context, with the sinks left to the test. */
import { Environment } from '../../../sim/kernel/index.ts';
import { createContext, type EngineContext } from '../../../sim/model/engine/context.ts';
import { DailyRecord } from '../../../sim/model/engine/dailyRecord.ts';
import { createStreams } from '../../../sim/model/engine/streams.ts';
import type { Scenario } from '../../../sim/model/index.ts';
import { scenario } from '../helpers.ts';

export interface Harness { readonly env: Environment; readonly sc: Scenario; readonly ctx: EngineContext }

/** A context over `days` days for the baseline with `overrides`. */
export function harness(overrides: Record<string, unknown> = {}, days = 10, seed = 1): Harness {
  const env = new Environment();
  const sc = scenario(overrides);
  return { env, sc, ctx: createContext(env, sc, days, createStreams(seed, 0), new DailyRecord(env, days)) };
}

/** A list of the calls a stub sink received. */
export function recorder<A extends unknown[]>(): { calls: A[]; fn: (...args: A) => void } {
  const calls: A[] = [];
  return { calls, fn: (...args: A) => { calls.push(args); } };
}

/** A deterministic distribution spec. */
export const fixed = (value: number) => ({ kind: 'deterministic' as const, value });
