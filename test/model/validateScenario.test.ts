import { describe, expect, it } from 'vitest';
import { presets, validateScenario } from '../../sim/model/index.ts';

const errorsOf = (input: unknown) => {
  const v = validateScenario(input, presets);
  if (v.ok) throw new Error('expected validation to fail');
  return v.errors;
};

describe('validateScenario', () => {
  it('accepts an empty object and fills every default', () => {
    const v = validateScenario({});
    expect(v.ok).toBe(true);
    if (v.ok) { expect(v.scenario.days).toBe(365); expect(v.scenario.detention.beds).toBe(41500); }
  });

  it('accepts every preset', () => {
    for (const [name, p] of Object.entries(presets)) expect(validateScenario(p, presets).ok, name).toBe(true);
  });

  it('reports an unknown field with its path instead of ignoring it', () => {
    const [e] = errorsOf({ detention: { bedz: 5 } });
    expect(e).toMatchObject({ path: 'detention.bedz', value: 5 });
    expect(e!.message).toBe('detention.bedz: unknown field (a typo?); remove it or use a documented name');
  });

  it('reports a negative rate with the path, the value and what was expected', () => {
    const [e] = errorsOf({ detention: { beds: -5 } });
    expect(e!.path).toBe('detention.beds');
    expect(e!.value).toBe(-5);
    expect(e!.message).toBe('detention.beds: expected a number >= 0, got -5');
  });

  it('explains both accepted forms of a schedule when neither matches', () => {
    expect(errorsOf({ detention: { beds: 'many' } })[0]!.message).toBe('detention.beds: expected a number >= 0 or a non-empty list of { fromDay, value } steps, got "many"');
  });

  it('rejects NaN and Infinity as rates', () => {
    expect(errorsOf({ cbpOne: { registrationsPerDay: Number.NaN } })[0]!.message).toBe('cbpOne.registrationsPerDay: expected a finite number, got NaN');
    expect(errorsOf({ cbpOne: { registrationsPerDay: Infinity } })[0]!.message).toBe('cbpOne.registrationsPerDay: expected a finite number, got Infinity');
  });

  it('rejects a share above 1', () => {
    expect(errorsOf({ arrivals: { apprehensionShare: 1.5 } })[0]!.message).toBe('arrivals.apprehensionShare: expected a number <= 1, got 1.5');
  });

  it('rejects demographic shares that do not sum to 1', () => {
    const [e] = errorsOf({ population: { demographics: { singleAdult: 0.5, familyUnit: 0.2, unaccompaniedChild: 0.1 } } });
    expect(e).toMatchObject({ path: 'population.demographics', expected: 'shares summing to 1' });
    expect(e!.message).toBe('population.demographics: shares must sum to 1 (they sum to 0.8)');
  });

  it('rejects nationality shares that do not sum to 1', () => {
    expect(errorsOf({ population: { nationalities: [{ id: 'a', share: 0.5 }] } })[0]!.message).toBe('population.nationalities: shares must sum to 1 (they sum to 0.5)');
  });

  it('rejects port registration shares that do not sum to 1', () => {
    const [e] = errorsOf({ ports: [{ id: 'p', city: 'c', appointmentsPerDay: 10, shelterPlaces: 0, registrationShare: 0.4 }] });
    expect(e!.message).toBe('ports: registrationShare must sum to 1 over ports (it sums to 0.4)');
  });

  it('rejects a rule naming an unknown nationality group', () => {
    const [e] = errorsOf({ policy: { rules: [{ rule: 'mpp', when: { nationalities: ['narnia'] } }] } });
    expect(e!.path).toBe('policy.rules.0.when.nationalities.0');
    expect(e!.message).toBe('policy.rules.0.when.nationalities.0: unknown nationality group "narnia"');
  });

  it('rejects an unknown rule kind', () => {
    const [e] = errorsOf({ policy: { rules: [{ rule: 'deport' }] } });
    expect(e!.message).toBe('policy.rules.0.rule: expected one of "parole", "detain", "mpp", "expeditedRemoval", "expel", got "deport"');
  });

  it('rejects an unknown enum value', () => {
    expect(errorsOf({ cbpOne: { allocation: 'auction' } })[0]!.message).toBe('cbpOne.allocation: expected one of "lottery", "registrationOrder", "mixed", got "auction"');
  });

  it('rejects a surge that ends before it starts', () => {
    expect(errorsOf({ arrivals: { betweenPorts: { surges: [{ fromDay: 10, toDay: 5, multiplier: 2 }] } } })[0]!.message)
      .toBe('arrivals.betweenPorts.surges.0.toDay: a surge must end after it starts');
  });

  it('rejects flows too large to simulate, naming the largest and the limit', () => {
    const [e] = errorsOf({ base: 'baseline', arrivals: { betweenPorts: { perDay: 1e9 } } });
    expect(e!.path).toBe('arrivals.betweenPorts.perDay');
    expect(e!.value).toBe(1e9);
    expect(e!.message).toMatch(/^arrivals\.betweenPorts\.perDay: 1\.00e9 a day makes 3\.\d\de11 people over 366 days .*; expected at most 1\.00e9 people per replication/);
    // A surge counts: a modest flow multiplied a thousandfold for the whole horizon is refused too.
    const surged = errorsOf({ base: 'baseline', arrivals: { walkUps: { perDay: 1000, surges: [{ fromDay: 0, toDay: 366, multiplier: 3000 }] } } });
    expect(surged[0]!.path).toBe('arrivals.walkUps.perDay');
    expect(errorsOf({ base: 'baseline', cbpOne: { registrationsPerDay: 1e8 } })[0]!.path).toBe('cbpOne.registrationsPerDay');
  });

  it('accepts a hundredfold overload for a year and the baseline for ten years', () => {
    expect(validateScenario({ base: 'baseline', arrivals: { betweenPorts: { perDay: 534_000 }, walkUps: { perDay: 27_400 } } }, presets).ok).toBe(true);
    expect(validateScenario({ base: 'baseline', days: 3650 }, presets).ok).toBe(true);
  });

  it('rejects a wrong type', () => {
    expect(errorsOf({ days: 'ten' })[0]!.message).toBe('days: expected a finite number, got "ten"');
  });

  it('rejects a non-integer horizon', () => {
    expect(errorsOf({ days: 10.5 })[0]!.message).toBe('days: expected a value of type int, got 10.5');
  });

  it('rejects an unknown base preset', () => {
    const [e] = errorsOf({ base: 'nope' });
    expect(e!.path).toBe('base');
    expect(e!.message).toMatch(/^base: unknown preset "nope"; expected one of "baseline"/);
  });

  it('reports a removal destination or repeat-crossing group naming an unknown nationality group, or one listed twice', () => {
    const [e] = errorsOf({ removals: { destinations: [{ nationality: 'mexcio', seatsPerDay: 5 }] } });
    expect(e).toMatchObject({ path: 'removals.destinations.0.nationality', value: 'mexcio', expected: 'one of mexico, northernTriangle, chnv, other' });
    expect(e!.message).toBe('removals.destinations.0.nationality: unknown nationality group "mexcio"');
    const [d] = errorsOf({ reentry: { groups: [{ nationality: 'mexico', afterRemoval: 0.1, afterExpulsion: 0.2 }, { nationality: 'mexico', afterRemoval: 0.1, afterExpulsion: 0.2 }] } });
    expect(d).toMatchObject({ path: 'reentry.groups.1.nationality' });
    expect(d!.message).toMatch(/listed twice/);
  });

  it('lets the default removal destinations and repeat-crossing groups pass with other nationality groups (they do not apply)', () => {
    expect(validateScenario({ population: { nationalities: [{ id: 'all', share: 1 }] }, policy: { rules: [] } }).ok).toBe(true);
  });

  it('collects every error at once', () => {
    const errors = errorsOf({ days: -1, detention: { beds: -5, typo: 1 }, arrivals: { apprehensionShare: 2 } });
    expect(errors.map((e) => e.path).sort()).toEqual(['arrivals.apprehensionShare', 'days', 'detention.beds', 'detention.typo']);
  });

  it('merges a scenario over its base: objects merge, lists replace', () => {
    const v = validateScenario({ base: 'baseline', detention: { beds: 1000 }, parolePrograms: [] }, presets);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario.detention.beds).toBe(1000);
    const base = validateScenario({ base: 'baseline' }, presets);
    expect(base.ok && v.scenario.detention.removalsPerDay).toBe(base.ok && base.scenario.detention.removalsPerDay);
    expect(v.scenario.detention.lengthOfStayDays).toEqual(base.ok && base.scenario.detention.lengthOfStayDays);
    expect(v.scenario.days).toBe(366);
    expect(v.scenario.parolePrograms).toEqual([]);
  });
});

describe('validateScenario: tagged unions', () => {
  it('lists the distribution kinds when a kind is unknown', () => {
    const r = validateScenario({ base: 'baseline', borderPatrol: { processingMinutes: { kind: 'lognormalx', mean: 60, sd: 30 } } }, presets);
    expect(r.ok).toBe(false);
    const e = (r as { errors: { path: string; message: string }[] }).errors[0]!;
    expect(e.path).toBe('borderPatrol.processingMinutes.kind');
    expect(e.message).toMatch(/expected one of "exponential", "deterministic", .*"lognormal".*, got "lognormalx"/);
  });

  it('lists the policy rules when a rule is unknown', () => {
    const r = validateScenario({ base: 'baseline', policy: { rules: [{ rule: 'deport' }] } }, presets);
    expect(r.ok).toBe(false);
    const messages = (r as { errors: { message: string }[] }).errors.map((e) => e.message).join('\n');
    expect(messages).toMatch(/expected one of "parole", "detain", "mpp", "expeditedRemoval", "expel", got "deport"/);
  });
});
