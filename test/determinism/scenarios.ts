/**
 * The scenarios the determinism suites run: three presets on short horizons and generated
 * scenarios near the limits (fixed fast-check seed), all resolved and valid.
 */
import fc from 'fast-check';
import { presets, validateScenario, type Scenario } from '../../sim/model/index.ts';
import { validScenario } from '../fuzz/scenarioArbitraries.ts';

export interface NamedScenario {
  readonly name: string;
  readonly scenario: Scenario;
  readonly days: number;
}

function resolve(name: string, input: unknown, days: number): NamedScenario {
  const checked = validateScenario(input, presets);
  if (!checked.ok) throw new Error(`${name}: ${checked.errors.map((e) => e.message).join('; ')}`);
  return { name, scenario: checked.scenario, days: Math.min(days, checked.scenario.days) };
}

/** Presets (`days` each) and `generated` generated scenarios (up to 40 days, small flows). */
export function determinismScenarios(days: number, generated: number): NamedScenario[] {
  const made = fc.sample(validScenario({ maxDays: 40, maxPerDay: 200 }), { seed: 4242, numRuns: generated });
  return [
    ...['baseline', 'surge', 'mpp-reinstated'].map((p) => resolve(p, { base: p }, days)),
    ...made.map((input, i) => resolve(`generated-${i}`, input, 40)),
  ];
}
