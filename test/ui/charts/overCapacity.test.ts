import { describe, expect, it } from 'vitest';
import { buildCharts, renderChart, type ChartSpec } from '../../../ui/charts/chartCatalog.ts';
import { readoutAt } from '../../../ui/charts/readout.ts';
import type { ScenarioView } from '../../../ui/charts/scenarioView.ts';
import { overCapacityRuns } from '../../../ui/charts/timeSeriesChart.ts';
import type { VNode } from '../../../ui/charts/vnode.ts';
import { fixtureOptions, threeScenarios } from '../fixtures.ts';

function find(node: VNode, cls: string, out: VNode[] = []): VNode[] {
  if (node.attrs.class === cls) out.push(node);
  for (const c of node.children) if (typeof c !== 'string') find(c, cls, out);
  return out;
}

const chart = (views: ScenarioView[], id: string) => buildCharts(views, fixtureOptions(views)).find((c) => c.id === id)! as ChartSpec;

/** The days a scenario's strip covers, from its rectangles' widths in days. */
function stripDays(spec: ChartSpec, key: string): number {
  const node = renderChart(spec).node;
  const strip = find(node, 'over-capacity').find((g) => g.attrs['data-scenario'] === key);
  return strip ? strip.children.length : 0;
}

function withoutOverCapacity(v: ScenarioView): ScenarioView {
  const zero = new Float64Array(v.days);
  return { ...v, bands: { ...v.bands!, 'bp.overCapacity': { mean: zero, lo: zero, hi: zero } } };
}

describe('days over capacity', () => {
  it("are drawn from the model's daily series, a strip for each scenario that has some", () => {
    const views = threeScenarios();
    const over = views.map((v) => Array.from(v.bands!['bp.overCapacity'].mean).filter((s) => s > 0).length);
    expect(over[0]).toBeGreaterThan(0);
    const spec = chart(views, 'bp');
    views.forEach((v, i) => expect(stripDays(spec, v.style.key) > 0, v.style.label).toBe(over[i]! > 0));
    expect(spec.legend.map((l) => l.label)).toContain('days over capacity');
  });

  it('are not drawn, nor named in the legend, when the model reports none', () => {
    const views = threeScenarios().map(withoutOverCapacity);
    const spec = chart(views, 'bp');
    expect(find(renderChart(spec).node, 'over-capacity').every((g) => g.children.length === 0)).toBe(true);
    expect(spec.legend.map((l) => l.label)).not.toContain('days over capacity');
  });

  it('join equal days into runs, by the share of replications over', () => {
    expect(overCapacityRuns(Float64Array.from([0, 1, 1, 0.5, 0, 0.1, 1]), 7)).toEqual([
      { from: 1, to: 3, share: 1 },
      { from: 3, to: 4, share: 0.5 },
      { from: 5, to: 6, share: 0.25 },
      { from: 6, to: 7, share: 1 },
    ]);
  });

  it('are read out with the capacity of the day', () => {
    const views = threeScenarios();
    const spec = chart(views, 'bp');
    const share = views[0]!.bands!['bp.overCapacity'].mean;
    const overDay = Array.from(share).findIndex((s) => s === 1);
    const clearDay = Array.from(share).findIndex((s) => s === 0);
    const { frame } = renderChart(spec);
    const line = (day: number) => readoutAt(spec, frame, day)!.lines.find((l) => l.key === '0-cap')!.text;
    expect(line(overDay)).toContain('exceeded that day');
    expect(line(clearDay)).not.toContain('exceeded');
  });
});
