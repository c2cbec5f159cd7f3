import { describe, expect, it } from 'vitest';
import { chartOptionsFor, planFor, planSignature, type ObservedProvider } from '../../../ui/app/planning.ts';
import { buildCharts } from '../../../ui/charts/chartCatalog.ts';
import { ObservedStore } from '../../../ui/observed/observedStore.ts';
import { defaultState, type AppState } from '../../../ui/state/appState.ts';
import { setObserved, withComparison, initialPage } from '../../../ui/state/transitions.ts';
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

/** The real store, with every file read, as the page's provider of published series. */
async function provider(): Promise<ObservedProvider> {
  const store = new ObservedStore({ onLoaded: () => {}, onError: (file, message) => { throw new Error(`${file}: ${message}`); } });
  await store.all();
  return { historyPresets: model.historyPresets, overlay: (start, days) => store.overlay(start, days) };
}

/** The published marks and legend entries the charts of a comparison show. */
function shown(comparison: AppState, observed: ObservedProvider) {
  const charts = buildCharts([], chartOptionsFor(comparison, null, known, observed));
  return {
    marks: charts.flatMap((c) => (c.kind === 'timeseries' ? c.panels.flatMap((p) => (p.observed ?? []).flatMap((t) => t.marks)) : [])).length,
    legend: charts.flatMap((c) => c.legend.filter((l) => l.kind === 'observed')).length,
  };
}

describe('published series in the chart options', () => {
  it('are on by default for a history preset, and the toggle takes them off', async () => {
    const observed = await provider();
    expect(model.historyPresets).toContain(state.scenarios[0]!.base);
    const on = shown(state, observed);
    expect(on.marks).toBeGreaterThan(12);
    expect(on.legend).toBeGreaterThan(1);
    const off = setObserved(initialPage(model.defaultPreset), false).comparison;
    expect(off.observed).toBe(false);
    expect(shown(off, observed)).toEqual({ marks: 0, legend: 0 });
  });

  it('are off by default for a preset that does not replay history, and the toggle puts them on', async () => {
    const observed = await provider();
    const surge = withComparison(initialPage(model.defaultPreset), { ...state, scenarios: [{ name: 'Surge', base: 'surge', overrides: {} }] });
    expect(model.historyPresets).not.toContain('surge');
    expect(shown(surge.comparison, observed)).toEqual({ marks: 0, legend: 0 });
    // The surge preset runs over the baseline's year, so the record of that year can be set beside it.
    expect(shown(setObserved(surge, true).comparison, observed).marks).toBeGreaterThan(12);
  });
});
