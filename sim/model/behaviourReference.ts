/**
 * The signals a scenario's migrants would see, as the scenario simulates them with arrivals
 * held fixed: by nationality group, the shares of Border Patrol encounters (between ports)
 * released into the US and met with a consequence, over the whole horizon. The behaviour's
 * default references (`behaviour.reference`) are the baseline's levels, so that a response
 * switched on in the baseline starts from its calibrated flows (annual levels: docs/model.md
 * says how far the baseline's own variation over the year moves them).
 */
import { World } from './engine/world.ts';
import type { Scenario } from './schema/scenarioSchema.ts';

/** One group's simulated signals. */
export interface GroupSignals {
  readonly nationality: string;
  /** Border Patrol encounters of the group's crossers between ports over the horizon. */
  readonly encountered: number;
  readonly releasedShare: number | null;
  readonly consequenceShare: number | null;
}

/** Simulates `scenario` (a validated Scenario) over its horizon with the response off, and reads each group's signals. */
export function simulatedSignals(scenario: Scenario, seed: number, replication = 0): GroupSignals[] {
  const fixed: Scenario = { ...scenario, behaviour: { ...scenario.behaviour, enabled: false } };
  const world = new World(fixed, seed, replication, fixed.days);
  world.env.run({ until: fixed.days });
  world.runTickAt(fixed.days);
  return world.ctx.tally.signals(0, fixed.days).map((s, g) => ({ nationality: fixed.population.nationalities[g]!.id, ...s }));
}
