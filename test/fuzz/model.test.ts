/**
 * Property-based fuzzing of the model: every generated valid scenario (short horizons and
 * small flows for most, ten-year horizons for some, presets with changed capacities, every
 * combination of policy rules) runs to its horizon with every person accounted for, finite
 * metrics and series, no negative counts, and without printing anything. Seed and counts:
 * fuzzConfig.ts.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { presetList, presets, runReplication, validateScenario, type ScenarioInput } from '../../sim/model/index.ts';
import { DISPOSITIONS } from '../../sim/model/schema/fields.ts';
import { fuzzParams, timeoutFor } from './fuzzConfig.ts';
import { resultProblems } from './resultChecks.ts';
import { anyMagnitude, edgeInt, extremeDistribution, presetScenario, validScenario } from './scenarioArbitraries.ts';

/** Runs `input` (which must be valid) and returns the broken rules. */
function runAndCheck(input: ScenarioInput, seed: number, replication: number): string[] {
  const checked = validateScenario(input, presets);
  if (!checked.ok) throw new Error(`generated scenario is invalid: ${checked.errors.map((e) => e.message).join('; ')}`);
  const result = runReplication(checked.scenario, { seed, replication });
  return resultProblems(result, checked.scenario.days);
}

const seedArb = fc.integer({ min: 0, max: 0xffffffff });
const repArb = fc.integer({ min: 0, max: 1000 });

describe('the model under fuzzing', () => {
  let spies: MockInstance[] = [];
  beforeEach(() => {
    spies = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error'), vi.spyOn(process.stderr, 'write')];
  });
  afterEach(() => {
    const printed = spies.flatMap((s) => s.mock.calls.map((c) => String(c[0])));
    for (const s of spies) s.mockRestore();
    expect(printed, 'the model printed').toEqual([]);
  });

  it('runs every generated scenario of 1 to 10 days to the end, every person accounted for', () => {
    fc.assert(
      fc.property(validScenario({ maxDays: 10, maxPerDay: 100 }), seedArb, repArb, (input, seed, rep) => {
        expect(runAndCheck(input, seed, rep).join('\n')).toBe('');
      }),
      fuzzParams(1800),
    );
  }, timeoutFor(60_000));

  it('runs generated scenarios of up to ten years with small flows to the end', () => {
    fc.assert(
      fc.property(validScenario({ maxDays: 3650, maxPerDay: 20 }), seedArb, repArb, (input, seed, rep) => {
        expect(runAndCheck(input, seed, rep).join('\n')).toBe('');
      }),
      fuzzParams(120),
    );
  }, timeoutFor(30_000));

  it('runs every preset with changed beds, agents, holding capacity and surges', () => {
    fc.assert(
      fc.property(presetScenario(presetList().map((p) => p.name), 2), seedArb, (input, seed) => {
        expect(runAndCheck(input, seed, 0).join('\n')).toBe('');
      }),
      fuzzParams(20),
    );
  }, timeoutFor(30_000));

  it('runs every scenario that validates, whatever the magnitude of its distributions, waiting spread, costs and stocks', () => {
    // What validates must run: distributions, the registration age spread, unit costs and
    // stocks drawn from 1e-300 to 1e300. Many are refused (that is the schema's job); every
    // one accepted runs to its horizon with finite results. (Before its bounds, the schema
    // accepted many that then failed every replication: 'invalid delay: Infinity', NaN,
    // 'Invalid typed array length', or a total cost of null.)
    let accepted = 0;
    let refused = 0;
    const extremes = fc.record({
      bp: extremeDistribution(),
      ofo: extremeDistribution(),
      screening: extremeDistribution(),
      nta: extremeDistribution(),
      er: extremeDistribution(),
      waitDays: fc.oneof(edgeInt(1, 400), anyMagnitude(false).map(Math.ceil)),
      cost: fc.oneof(anyMagnitude(false), fc.constant(0)),
      stock: fc.oneof(edgeInt(0, 300), anyMagnitude(false).map(Math.round)),
    });
    fc.assert(
      fc.property(validScenario({ maxDays: 4, maxPerDay: 40 }), extremes, seedArb, (base, e, seed) => {
        const input = {
          ...base,
          borderPatrol: { ...base.borderPatrol, processingMinutes: e.bp },
          ofo: { ...base.ofo, processingMinutes: e.ofo },
          credibleFear: { ...base.credibleFear, screeningHours: e.screening },
          detention: { ...base.detention, initialPopulation: e.stock, lengthOfStayDays: { nta: e.nta, expeditedRemoval: e.er } },
          cbpOne: { ...base.cbpOne, initialWaitDays: e.waitDays, initialWaitingList: e.stock },
          costs: { ...base.costs, detentionBedDayUsd: e.cost, removalUsd: e.cost },
        } as ScenarioInput;
        const checked = validateScenario(input, presets);
        if (!checked.ok) {
          refused++;
          return;
        }
        accepted++;
        const result = runReplication(checked.scenario, { seed, replication: 0 });
        expect(resultProblems(result, checked.scenario.days).join('\n')).toBe('');
      }),
      fuzzParams(300),
    );
    // Not vacuous: both kinds occur.
    if (!process.env.FUZZ_PATH) expect([accepted > 0, refused > 0], `${accepted} accepted, ${refused} refused`).toEqual([true, true]);
  }, timeoutFor(60_000));

  /** A small scenario in which every rule kind has people to take: all groups, routes and flags. */
  const small = (rules: unknown[], otherwise: string, capacity: number): ScenarioInput => ({
    days: 3,
    population: { nationalities: [{ id: 'a', share: 0.5 }, { id: 'b', share: 0.5 }], demographics: { singleAdult: 0.5, familyUnit: 0.3, unaccompaniedChild: 0.2 } },
    arrivals: { betweenPorts: { perDay: 150, monthlyFactors: Array(12).fill(1), surges: [] }, walkUps: { perDay: 40 } },
    cbpOne: { registrationsPerDay: 40, initialWaitingList: 200 },
    ports: [{ id: 'p', city: 'c', appointmentsPerDay: 30, shelterPlaces: capacity, registrationShare: 1 }],
    borderPatrol: { agents: capacity / 20, holdingCapacity: capacity },
    ofo: { officers: capacity / 50, holdingCapacity: capacity },
    credibleFear: { asylumOfficers: capacity / 100 },
    detention: { beds: capacity, initialPopulation: 0, interiorBookInsPerDay: 5 },
    court: { initialBacklog: 1000, judges: capacity / 100, otherNewCasesPerDay: 10 },
    mpp: { hearingSlotsPerDay: capacity / 100 },
    receiving: { shelterPlaces: capacity },
    parolePrograms: [],
    policy: { rules, otherwise } as ScenarioInput['policy'],
    policyChanges: [{ day: 2, policy: { rules: [...rules].reverse(), otherwise: 'parole' } as NonNullable<ScenarioInput['policy']> }],
  });

  it('runs every combination of policy rules with every fallback, with and without capacity', () => {
    const kinds = [
      { rule: 'parole', share: 0.5, atdShare: 1 },
      { rule: 'detain', share: 0.5, onlyIfBedFree: false },
      { rule: 'mpp', share: 0.5, when: { nationalities: ['a'] } },
      { rule: 'expeditedRemoval', share: 0.5, maxPerDay: 20 },
      { rule: 'expel', share: 0.5, acceptedNationalities: ['b'], when: { bpOccupancyAbove: 0.5 } },
    ];
    let runs = 0;
    for (let mask = 0; mask < 1 << kinds.length; mask++) {
      const rules = kinds.filter((_, i) => mask & (1 << i));
      for (const otherwise of DISPOSITIONS) {
        for (const capacity of [0, 2000]) {
          const problems = runAndCheck(small(rules, otherwise, capacity), 1, mask);
          expect(problems, `rules ${rules.map((r) => r.rule).join(', ') || '(none)'}, otherwise ${otherwise}, capacity ${capacity}`).toEqual([]);
          runs++;
        }
      }
    }
    expect(runs).toBe(2 ** kinds.length * DISPOSITIONS.length * 2);
  }, timeoutFor(30_000));
});
