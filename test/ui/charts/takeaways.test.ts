import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../../ui/charts/chartCatalog.ts';
import { plausibilityNotes } from '../../../ui/charts/plausibility.ts';
import type { ScenarioView } from '../../../ui/charts/scenarioView.ts';
import { fixtureComparisons, fixtureOptions, threeScenarios } from '../fixtures.ts';

const views = threeScenarios();
const takeaway = (id: string, v: readonly ScenarioView[] = views, opts = fixtureOptions(v)) => buildCharts(v, opts).find((c) => c.id === id)!.takeaway;

/** A view whose main metrics are set, for the notes. */
function withMetric(v: ScenarioView, id: string, mean: number): ScenarioView {
  return { ...v, summary: { ...v.summary!, metrics: { ...v.summary!.metrics, [id]: { ...v.summary!.metrics[id as 'bp.occupancy.peak'], mean } } } };
}

describe('chart takeaways', () => {
  it('name the scenario that moves the main measure most, with its value and its difference', () => {
    const t = takeaway('detention');
    expect(t).toMatch(/^(MPP reinstated|More judges): [\d,]+ in ICE detention on average, [+−][\d,]+ against Baseline/);
  });

  it('give the baseline alone its main figures', () => {
    expect(takeaway('bp', views.slice(0, 1))).toMatch(/^[\d,]+ in Border Patrol custody on average; [\d.,]+ days over capacity\.$/);
  });

  it('say when no difference is clear of chance', () => {
    const opts = fixtureOptions(views);
    const wide = fixtureComparisons(views).map((c) => ({ ...c, metrics: Object.fromEntries(Object.entries(c.metrics).map(([k, m]) => [k, { ...m, ci95: [-1e12, 1e12] as const }])) as typeof c.metrics }));
    expect(takeaway('bp', views, { ...opts, comparisons: wide })).toMatch(/^No clear difference from Baseline/);
  });

  it('say a clear but tiny difference is almost no change', () => {
    const opts = fixtureOptions(views);
    const tiny = fixtureComparisons(views).map((c) => ({ ...c, metrics: Object.fromEntries(Object.entries(c.metrics).map(([k, m]) => [k, { ...m, mean: 1, ci95: [0.5, 1.5] as const }])) as typeof c.metrics }));
    expect(takeaway('bp', views, { ...opts, comparisons: tiny })).toMatch(/^Almost no change from Baseline/);
  });

  it('say what runs while no replication has finished', () => {
    const partial = views.map((v) => ({ ...v, summary: null, reps: 0, days: 12 }));
    expect(takeaway('bp', partial, { ...fixtureOptions(views), comparisons: [] })).toBe('First replication running: day 12 of 120; the lines are that one replication so far.');
  });
});

describe('plausibility notes', () => {
  it('note a facility far over its capacity, naming the scenario and how far', () => {
    const capacity = views[1]!.bands!['bp.capacity'].mean[0]!;
    const notes = plausibilityNotes('bp', [withMetric(views[0]!, 'bp.occupancy.peak', capacity / 2), withMetric(views[1]!, 'bp.occupancy.peak', capacity * 3)]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Far over capacity: MPP reinstated peaks at [\d,]+, 3× its capacity/);
  });

  it('note a level beyond the published record, with the record', () => {
    const notes = plausibilityNotes('bp', [withMetric(views[0]!, 'bp.occupancy.peak', 250_000)]);
    expect(notes[0]).toMatch(/^Beyond anything recorded: Baseline peaks at 250,000.*about 25,000 on 11 May 2023/);
  });

  it('say nothing within capacity and the records', () => {
    expect(plausibilityNotes('bp', [withMetric(views[0]!, 'bp.occupancy.peak', 1000)])).toEqual([]);
    expect(plausibilityNotes('court', views)).toEqual([]);
  });
});
