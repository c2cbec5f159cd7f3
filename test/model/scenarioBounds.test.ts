/**
 * The bounds that keep a valid scenario runnable: durations that cannot be negative, parameters
 * whose draws stay finite, stocks and capacities that bound memory, costs whose totals stay
 * finite. Each case was found valid and then failed (or ran out of memory) before the bound.
 */
import { describe, expect, it } from 'vitest';
import { presets, runReplication, validateScenario } from '../../sim/model/index.ts';

const errorsOf = (input: unknown) => {
  const v = validateScenario(input, presets);
  if (v.ok) throw new Error(`expected ${JSON.stringify(input)} to be invalid`);
  return v.errors;
};
const paths = (input: unknown) => errorsOf(input).map((e) => e.path);

/** Every duration field, as a function from a distribution spec to scenario input. */
const DURATIONS: [string, (spec: unknown) => unknown][] = [
  ['borderPatrol.processingMinutes', (d) => ({ base: 'baseline', borderPatrol: { processingMinutes: d } })],
  ['ofo.processingMinutes', (d) => ({ base: 'baseline', ofo: { processingMinutes: d } })],
  ['credibleFear.screeningHours', (d) => ({ base: 'baseline', credibleFear: { screeningHours: d } })],
  ['detention.lengthOfStayDays.nta', (d) => ({ base: 'baseline', detention: { lengthOfStayDays: { nta: d } } })],
  ['detention.lengthOfStayDays.expeditedRemoval', (d) => ({ base: 'baseline', detention: { lengthOfStayDays: { expeditedRemoval: d } } })],
];

describe('duration distributions', () => {
  it('refuses a negative deterministic stay, which made the mean length of stay negative', () => {
    const [e] = errorsOf({ base: 'baseline', detention: { lengthOfStayDays: { nta: { kind: 'deterministic', value: -5 } } } });
    expect(e!.path).toBe('detention.lengthOfStayDays.nta.value');
    expect(e!.message).toMatch(/cannot be negative .*expected value >= 0/);
  });

  it('refuses every family whose support reaches below zero, in every duration field, naming the parameter', () => {
    const negative: [unknown, string][] = [
      [{ kind: 'deterministic', value: -0.5 }, 'value'],
      [{ kind: 'uniform', min: -1, max: 3 }, 'min'],
      [{ kind: 'triangular', min: -2, mode: 1, max: 4 }, 'min'],
      [{ kind: 'truncatedNormal', mean: 5, sd: 2 }, 'lower'],
      [{ kind: 'truncatedNormal', mean: 5, sd: 2, lower: -1 }, 'lower'],
      [{ kind: 'discrete', values: [3, -1], weights: [1, 1] }, 'values'],
      [{ kind: 'piecewiseLinear', x: [-1, 2], cdf: [0, 1] }, 'x'],
    ];
    for (const [field, make] of DURATIONS) {
      for (const [spec, param] of negative) expect(paths(make(spec)), `${field} ${JSON.stringify(spec)}`).toEqual([`${field}.${param}`]);
    }
  });

  it('refuses the extreme parameters that validated and then failed every run', () => {
    const extremes = [
      { kind: 'gamma', shape: 1e300, scale: 1e300 },
      { kind: 'lognormal', mean: 1e-300, sd: 1e300 },
      { kind: 'uniform', min: -1.7e308, max: 1.7e308 },
      { kind: 'weibull', shape: 1e-300, scale: 1 },
      { kind: 'discrete', values: [1, 2], weights: [1.7e308, 1.7e308] },
      { kind: 'exponential', mean: 1e300 },
    ];
    for (const [field, make] of DURATIONS) {
      for (const spec of extremes) {
        const errors = errorsOf(make(spec));
        expect(errors.map((e) => e.path).every((p) => p === field || p.startsWith(`${field}.`)), `${field} ${JSON.stringify(spec)}: ${errors.map((e) => e.message)}`).toBe(true);
      }
    }
  });

  it('accepts non-negative durations up to the bound, and a replication with them runs with finite, non-negative stays', () => {
    const specs = [
      { kind: 'deterministic', value: 0 },
      { kind: 'uniform', min: 0, max: 1e6 },
      { kind: 'truncatedNormal', mean: -3, sd: 10, lower: 0 },
      { kind: 'lognormal', mean: 1e-6, sd: 1 },
      { kind: 'weibull', shape: 0.01, scale: 1e-153 },
      { kind: 'gamma', shape: 1e-300, scale: 1e6 },
    ];
    for (const spec of specs) {
      const v = validateScenario({ base: 'baseline', days: 3, detention: { lengthOfStayDays: { nta: spec, expeditedRemoval: spec } } }, presets);
      expect(v.ok, JSON.stringify(spec)).toBe(true);
      if (!v.ok) continue;
      const r = runReplication(v.scenario, { seed: 1, replication: 0 });
      // A mean over nobody (no one left detention in three days) is null.
      const los = r.summary['detention.lengthOfStayDays.mean'];
      expect(los === null || (Number.isFinite(los) && los >= 0), `${JSON.stringify(spec)}: mean stay ${los}`).toBe(true);
    }
  });
});

describe('stocks, capacities and rates that create work or memory', () => {
  it('refuses the billion detained at the start (with two billion beds) that grew a replication to 3.9 GB', () => {
    expect(paths({ base: 'baseline', days: 2, detention: { initialPopulation: 1e9, beds: 2e9 } }).sort()).toEqual(['detention.beds', 'detention.initialPopulation']);
  });

  it('refuses a waiting list, a backlog, a capacity or a daily rate beyond its bound', () => {
    expect(paths({ base: 'baseline', cbpOne: { initialWaitingList: 1e12 } })).toEqual(['cbpOne.initialWaitingList']);
    expect(paths({ base: 'baseline', court: { initialBacklog: 1e12 } })).toEqual(['court.initialBacklog']);
    expect(paths({ base: 'baseline', borderPatrol: { agents: [{ fromDay: 0, value: 5 }, { fromDay: 9, value: 1e300 }] } })).toEqual(['borderPatrol.agents.1.value']);
    expect(paths({ base: 'baseline', court: { otherNewCasesPerDay: 1e300 } })).toEqual(['court.otherNewCasesPerDay']);
    expect(paths({ base: 'baseline', population: { familySizeMean: 1e300 } })).toEqual(['population.familySizeMean']);
  });

  it('refuses a registration age spread so long that the waiting list could not be allocated', () => {
    expect(paths({ base: 'baseline', cbpOne: { initialWaitDays: 9e15 } })).toEqual(['cbpOne.initialWaitDays']);
  });

  it('counts interior book-ins, parole-program applications and the stocks at the start in the work bound', () => {
    const interior = errorsOf({ base: 'baseline', days: 3650, detention: { interiorBookInsPerDay: 1e6 } });
    expect(interior.map((e) => e.path)).toEqual(['detention.interiorBookInsPerDay']);
    expect(interior[0]!.message).toMatch(/1\.00e6 a day makes 3\.65e9 people over 3650 days.*expected at most 1\.00e9 people per replication/);
    const program = { id: 'big', kind: 'affirmative', applicationsPerDay: 5e6, termDays: 365 };
    expect(paths({ base: 'baseline', parolePrograms: [program] })).toEqual(['parolePrograms.0.applicationsPerDay']);
    // Each within its own bound, together over the work bound: the largest is named.
    const stocks = errorsOf({ base: 'baseline', days: 1, cbpOne: { initialWaitingList: 1e8 }, arrivals: { betweenPorts: { perDay: 9.5e8, monthlyFactors: Array(12).fill(1) } } });
    expect(stocks.map((e) => e.path)).toEqual(['arrivals.betweenPorts.perDay']);
    expect(stocks[0]!.message).toMatch(/1\.05e9 with the other sources/);
  });

  it('refuses more nationality groups than the model can tell apart', () => {
    const nationalities = Array.from({ length: 43 }, (_, i) => ({ id: `g${i}`, share: 1 / 43 }));
    expect(paths({ base: 'baseline', population: { nationalities }, policy: { rules: [] }, policyChanges: [] })).toEqual(['population.nationalities']);
  });
});

describe('the behaviour of arrivals, the claims and the programs\' nationalities', () => {
  it('counts crossings between ports at the potential multiple when they respond, since they can reach it', () => {
    // 3e8 a day over 3 days is 9e8 people: within the bound with arrivals held fixed, 2.7e9 when
    // crossings may triple.
    const input = (enabled: boolean) => ({ base: 'baseline', days: 3, arrivals: { betweenPorts: { perDay: 3e8, monthlyFactors: Array(12).fill(1) } }, behaviour: { enabled, potentialMultiplier: 3 } });
    expect(validateScenario(input(false), presets).ok).toBe(true);
    const errors = errorsOf(input(true));
    expect(errors.map((e) => e.path)).toEqual(['arrivals.betweenPorts.perDay']);
    expect(errors[0]!.message).toMatch(/makes 2\.70e9 people over 3 days \(with monthly factors and surges, and up to behaviour\.potentialMultiplier 3 times the flow/);
  });

  it('refuses lists longer than their bounds and reference levels beyond theirs, naming the field', () => {
    const groups = (n: number) => Array.from({ length: n }, (_, i) => `g${i}`);
    const claims = Array.from({ length: 101 }, () => ({ metric: 'cost.totalUsd', direction: 'lower' }));
    expect(paths({ base: 'baseline', claims })).toEqual(['claims']);
    const program = { id: 'p', kind: 'affirmative', applicationsPerDay: 10, termDays: 365, nationalities: groups(43) };
    expect(paths({ base: 'baseline', parolePrograms: [program] })).toEqual(['parolePrograms.0.nationalities']);
    const reference = groups(43).map((nationality) => ({ nationality, releasedShare: 0.5, consequenceShare: 0.5 }));
    expect(paths({ base: 'baseline', behaviour: { reference } })).toEqual(['behaviour.reference']);
    const referencePrograms = groups(43).map((nationality) => ({ nationality, placesPerDay: 1 }));
    expect(paths({ base: 'baseline', behaviour: { referencePrograms } })).toEqual(['behaviour.referencePrograms']);
    expect(paths({ base: 'baseline', behaviour: { referencePrograms: [{ nationality: 'chnv', placesPerDay: 1e300 }] } })).toEqual(['behaviour.referencePrograms.0.placesPerDay']);
    expect(paths({ base: 'baseline', behaviour: { referenceWaitDays: 1e300 } })).toEqual(['behaviour.referenceWaitDays']);
  });

  it('runs responding crossings at the bounds of the behaviour fields with finite results', () => {
    const v = validateScenario({
      base: 'baseline', days: 20,
      behaviour: { enabled: true, potentialMultiplier: 10, perceptionLagDays: 1, windowDays: 1, releaseElasticity: 5, consequenceElasticity: 5, appointmentWaitElasticity: 5, referenceWaitDays: 3650, substitutionPerPlace: 10, referencePrograms: [{ nationality: 'chnv', placesPerDay: 1e7 }] },
    }, presets);
    expect(v.ok, v.ok ? '' : JSON.stringify(v.errors)).toBe(true);
    if (!v.ok) return;
    const summary = runReplication(v.scenario, { seed: 1, replication: 0 }).summary;
    for (const [id, x] of Object.entries(summary)) expect(x === null || Number.isFinite(x), `${id} = ${x}`).toBe(true);
  });
});

describe('costs', () => {
  it('refuses a unit cost so large that the total cost overflowed to null', () => {
    expect(paths({ base: 'baseline', costs: { detentionBedDayUsd: 1e308, removalUsd: 1e308 } }).sort()).toEqual(['costs.detentionBedDayUsd', 'costs.removalUsd']);
  });

  it('gives a finite total cost with every unit cost at its bound', () => {
    const max = 1e7;
    const v = validateScenario({ base: 'baseline', days: 5, costs: { detentionBedDayUsd: max, atdDayUsd: max, bpProcessingUsd: max, ofoProcessingUsd: max, removalUsd: max, shelterDayUsd: max } }, presets);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const cost = runReplication(v.scenario, { seed: 1, replication: 0 }).summary['cost.totalUsd'];
    expect(cost !== null && Number.isFinite(cost) && cost > 0).toBe(true);
  });
});

describe('custody, removal and repeat-crossing fields', () => {
  it('refuses an exit delay whose draws can be negative, as every other duration does', () => {
    const [e] = errorsOf({ base: 'baseline', borderPatrol: { exitDelayHours: { parole: { kind: 'uniform', min: -5, max: 10 } } } });
    expect(e!.path).toBe('borderPatrol.exitDelayHours.parole.min');
    expect(paths({ base: 'baseline', borderPatrol: { overflow: { paroleWithConditions: { exitDelayHours: { kind: 'deterministic', value: -1 } } } } }))
      .toEqual(['borderPatrol.overflow.paroleWithConditions.exitDelayHours.value']);
  });

  it('refuses values past their bounds, naming the field', () => {
    const cases: [unknown, string][] = [
      [{ borderPatrol: { exitDelayHours: { parole: 1e9 } } }, 'borderPatrol.exitDelayHours.parole'],
      [{ borderPatrol: { overflow: { agentsToProcessing: { patrolAgents: 1e9 } } } }, 'borderPatrol.overflow.agentsToProcessing.patrolAgents'],
      [{ borderPatrol: { overflow: { agentsToProcessing: { apprehensionElasticity: 100 } } } }, 'borderPatrol.overflow.agentsToProcessing.apprehensionElasticity'],
      [{ removals: { holdLimitDays: 1e9 } }, 'removals.holdLimitDays'],
      [{ reentry: { delayDays: 1e300 } }, 'reentry.delayDays'],
    ];
    for (const [input, path] of cases) expect(paths({ base: 'baseline', ...(input as object) }), path).toEqual([path]);
  });
});
