import { describe, expect, it } from 'vitest';
import { planFor, planSignature } from '../../../ui/app/planning.ts';
import { defaultState } from '../../../ui/state/appState.ts';
import { toScenarioInput, type ScenarioEntry } from '../../../ui/state/scenarioEntry.ts';
import { model } from '../model.ts';

const known = (e: ScenarioEntry) => model.validate(toScenarioInput(e));
const state = defaultState(model.defaultPreset);

describe('run plans', () => {
  it('send the resolved scenario under its preset name, so renaming does not change the run', () => {
    const a = planFor(state, known);
    const b = planFor({ ...state, scenarios: [{ ...state.scenarios[0]!, name: 'Renamed' }] }, known);
    if (!a || !b || !('plan' in a) || !('plan' in b)) throw new Error('no plan');
    expect(planSignature(a.plan)).toBe(planSignature(b.plan));
    expect((a.plan.scenarios[0]!.input as { name: string }).name).toBe(model.defaultPreset);
    expect(a.plan.scenarios[0]!.arrivals).toBeGreaterThan(1e6);
  });

  it('scale the expected arrivals to a horizon set in the run settings', () => {
    const year = planFor(state, known);
    const month = planFor({ ...state, days: 30 }, known);
    if (!year || !month || !('plan' in year) || !('plan' in month)) throw new Error('no plan');
    expect(month.plan.scenarios[0]!.arrivals / year.plan.scenarios[0]!.arrivals).toBeCloseTo(30 / year.plan.scenarios[0]!.days, 6);
    expect(month.plan.daysOverride).toBe(30);
  });

  it('name an invalid scenario instead of planning, and wait for one not yet validated', () => {
    const bad = { name: 'Bad', base: 'baseline', overrides: { 'detention.beds': -1 } };
    const r = planFor({ ...state, scenarios: [state.scenarios[0]!, bad] }, known);
    expect(r && 'invalid' in r && r.invalid.name).toBe('Bad');
    expect(planFor(state, () => undefined)).toBeNull();
  });
});
