/** Shared helpers for model tests: scenarios from presets, with overrides. */
import { presets, validateScenario, type Scenario } from '../../sim/model/index.ts';

/** A validated scenario: a preset (default baseline) with `overrides` merged in. Throws on invalid input. */
export function scenario(overrides: Record<string, unknown> = {}, base = 'baseline'): Scenario {
  const v = validateScenario({ base, ...overrides }, presets);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));
  return v.scenario;
}

/** A scenario reduced to one M/M/c queue: Poisson arrivals between ports, c agents, exponential processing, immediate parole. */
export function singleQueue(lambdaPerDay: number, servers: number, serviceMinutes: number, days: number): Scenario {
  return scenario({
    days,
    population: { nationalities: [{ id: 'all', share: 1 }], demographics: { singleAdult: 1, familyUnit: 0, unaccompaniedChild: 0 } },
    arrivals: { betweenPorts: { perDay: lambdaPerDay, monthlyFactors: Array(12).fill(1), surges: [] }, walkUps: { perDay: 0 }, apprehensionShare: 1 },
    cbpOne: { enabled: false, initialWaitingList: 0, registrationsPerDay: 0 },
    borderPatrol: { transportHours: 0, agents: servers, processingMinutes: { kind: 'exponential', mean: serviceMinutes },
      exitDelayHours: { parole: 0, detain: 0, mpp: 0, expeditedRemoval: 0, expel: 0 } },
    detention: { initialPopulation: 0, interiorBookInsPerDay: 0 },
    court: { otherNewCasesPerDay: 0 },
    parolePrograms: [],
    policy: { rules: [], otherwise: 'parole' },
  });
}
