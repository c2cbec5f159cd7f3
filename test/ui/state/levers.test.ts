import { describe, expect, it } from 'vitest';
import { buildLevers, type Lever } from '../../../ui/state/levers.ts';
import { model } from '../model.ts';
import type { ScenarioPath } from '../../../ui/state/scenarioPaths.ts';
import { requireField } from '../../../ui/state/schemaFields.ts';
import { getAtPath, toScenarioInput } from '../../../ui/state/scenarioEntry.ts';


function resolved(base: string, overrides: Record<string, never> | Record<string, unknown> = {}) {
  const v = model.validate(toScenarioInput({ name: 'x', base, overrides: overrides as never }));
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

function lever(levers: Lever[], id: string): Lever {
  const l = levers.find((x) => x.id === id);
  if (!l) throw new Error(`no lever ${id}`);
  return l;
}

describe('levers', () => {
  const scenario = resolved(model.defaultPreset);
  const levers = buildLevers(model.jsonSchema, scenario);

  it('keep policy levers apart from assumptions', () => {
    expect(lever(levers, 'detention.beds').group).toBe('policy');
    expect(lever(levers, 'arrivals.betweenPorts.perDay').group).toBe('assumption');
  });

  it('take their description and bounds from the scenario schema', () => {
    const beds = lever(levers, 'detention.beds');
    expect(beds.control.info.description).toBe(String(getAtPath(model.jsonSchema, 'properties.detention.properties.beds.description') ?? beds.control.info.description));
    expect(beds.control.info.description.length).toBeGreaterThan(10);
    const share = lever(levers, 'arrivals.apprehensionShare');
    expect(share.control.info.minimum).toBe(0);
    expect(share.control.info.maximum).toBe(1);
  });

  it('write values the model accepts for every numeric lever at its current value', () => {
    for (const l of levers) {
      const v = l.read(scenario);
      if (v === null) continue;
      const overrides = l.write(v, scenario);
      const check = model.validate({ ...toScenarioInput({ name: 'x', base: model.defaultPreset, overrides: {} }), ...nest(overrides) });
      expect(check.ok, `${l.id}: ${check.ok ? '' : check.errors.map((e) => e.message).join('; ')}`).toBe(true);
    }
  });

  it('scale every port in proportion when the total of CBP One slots changes', () => {
    const slots = lever(levers, 'ports.appointmentsPerDay');
    const before = slots.read(scenario) as number;
    const after = resolved(model.defaultPreset, slots.write(before * 2, scenario) as Record<string, unknown>);
    expect(slots.read(after)).toBeCloseTo(before * 2, 6);
  });

  it('read slots that change by date as the level they reach, and scale every step when written', () => {
    const slots = lever(levers, 'ports.appointmentsPerDay');
    const stepped = { ...scenario as Record<string, unknown>, ports: [{ id: 'p', city: 'c', appointmentsPerDay: [{ fromDay: 0, value: 0 }, { fromDay: 100, value: 400 }], shelterPlaces: 10, registrationShare: 1 }] };
    expect(slots.read(stepped)).toBe(400);
    expect(slots.note(stepped)).toMatch(/level they reach/);
    const written = slots.write(800, stepped) as { ports: { appointmentsPerDay: unknown }[] };
    expect(written.ports[0]!.appointmentsPerDay).toEqual([{ fromDay: 0, value: 0 }, { fromDay: 100, value: 800 }]);
  });

  it('offer the strengths of the arrivals\' response only once arrivals respond, as the pull-hypothesis preset has them', () => {
    const ids = (s: Record<string, unknown>) => buildLevers(model.jsonSchema, s).map((l) => l.id);
    expect(ids(scenario)).toContain('behaviour.enabled');
    expect(ids(scenario)).not.toContain('behaviour.releaseElasticity');
    const pull = resolved('pull-hypothesis', {});
    const levers = buildLevers(model.jsonSchema, pull);
    expect(lever(levers, 'behaviour.releaseElasticity').read(pull)).toBeGreaterThan(0);
    const on = resolved(model.defaultPreset, lever(levers, 'behaviour.enabled').write(true, scenario) as Record<string, unknown>);
    expect(ids(on)).toEqual(expect.arrayContaining(['behaviour.releaseElasticity', 'behaviour.consequenceElasticity', 'behaviour.appointmentWaitElasticity', 'behaviour.substitutionPerPlace']));
  });

  it('switch MPP on from a day, and off again', () => {
    const on = lever(levers, 'mpp.on');
    expect(on.read(scenario)).toBe(false);
    const withMpp = resolved(model.defaultPreset, on.write(true, scenario) as Record<string, unknown>);
    const fresh = buildLevers(model.jsonSchema, withMpp);
    expect(lever(fresh, 'mpp.on').read(withMpp)).toBe(true);
    const from = lever(fresh, 'mpp.fromDay');
    const moved = resolved(model.defaultPreset, from.write(30, withMpp) as Record<string, unknown>);
    expect(from.read(moved)).toBe(30);
    const off = resolved(model.defaultPreset, lever(fresh, 'mpp.on').write(false, moved) as Record<string, unknown>);
    expect(lever(buildLevers(model.jsonSchema, off), 'mpp.on').read(off)).toBe(false);
  });

  it('offer one share lever per rule of the starting policy', () => {
    const rules = getAtPath(scenario, 'policy.rules') as unknown[];
    expect(levers.filter((l) => /^policy\.rules\.\d+\.share$/.test(l.id))).toHaveLength(rules.length);
  });
});

/** Dotted overrides as nested input (lists whole). */
function nest(overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, v] of Object.entries(overrides)) {
    const segs = path.split('.');
    let o = out;
    for (const s of segs.slice(0, -1)) o = (o[s] ??= {}) as Record<string, unknown>;
    o[segs[segs.length - 1]] = v;
  }
  return out;
}

describe('lever paths', () => {
  it('are scenario fields, checked when the page is compiled; a path the schema lacks throws', () => {
    // @ts-expect-error "detention.bedz" is not a scenario field: `npm run typecheck` fails without this line's expectation.
    const typo: ScenarioPath = 'detention.bedz';
    expect(() => requireField(model.jsonSchema, typo)).toThrow(/no field "detention.bedz"/);
    expect(requireField(model.jsonSchema, 'detention.beds').type).toBe('schedule');
  });
});

describe('levers from the schema', () => {
  const scenario = resolved(model.defaultPreset);
  const all = buildLevers(model.jsonSchema, scenario);

  it('show shares as percentages, with the unit the schema gives', () => {
    for (const l of all) if (l.control.type === 'number' && l.control.info.unit === 'share') expect([l.id, l.unit, l.control.percent]).toEqual([l.id, '%', true]);
    expect(lever(all, 'cbpOne.registrationsPerDay').unit).toBe('per day');
    expect(lever(all, 'court.judges').unit).toBe('on duty');
  });

  it("give a distribution's mean the distribution's help, unit and default", () => {
    const minutes = lever(all, 'borderPatrol.processingMinutes.mean');
    if (minutes.control.type !== 'number') throw new Error('not a number');
    expect(minutes.control.info.description).toMatch(/^Agent minutes to process one person/);
    expect(minutes.unit).toBe('min');
    expect(minutes.control.info.default).toBe(60);
  });

  it('state the default the model uses in the help text', () => {
    const reg = lever(all, 'cbpOne.registrationsPerDay');
    const used = (scenario.cbpOne as { registrationsPerDay: number }).registrationsPerDay;
    expect(reg.control.info.description).toContain(`Default ${used.toLocaleString('en-US')} people a day`);
  });

  it("run day sliders over the scenario's horizon", () => {
    const to = lever(all, 'arrivals.betweenPorts.surges.0.toDay');
    if (to.control.type !== 'number' || typeof to.control.sliderMax !== 'function') throw new Error('no horizon-bound slider');
    expect(to.control.sliderMax(scenario)).toBe(scenario.days);
    expect(to.control.sliderMax(resolved(model.defaultPreset, { days: 60 }))).toBe(60);
  });

  it('note a value far above its default, and a fraction of a judge, without refusing them', () => {
    const beds = lever(all, 'detention.beds');
    expect(beds.note(resolved(model.defaultPreset, { detention: { beds: 1e6 } }))).toMatch(/^1,000,000 is \d+ times the default \(41,500: .*\); the model runs it/);
    expect(lever(all, 'court.judges').note(resolved(model.defaultPreset, { court: { judges: 700.5 } }))).toMatch(/^700\.5 is not a whole number of people/);
    expect(beds.note(scenario)).toBeNull();
  });
});
