import { describe, expect, it } from 'vitest';
import { buildCharts, renderChart } from '../../ui/charts/chartCatalog.ts';
import { stampChart } from '../../ui/charts/stampChart.ts';
import { toSvgString } from '../../ui/charts/vnode.ts';
import { singleScenario, threeScenarios } from './fixtures.ts';

const opts = { horizonDays: 120, showBands: true };

describe('chart rendering from seeded fixtures', () => {
  for (const spec of buildCharts(threeScenarios(), opts)) {
    it(`draws the ${spec.id} chart for three scenarios as in its SVG snapshot`, async () => {
      await expect(toSvgString(renderChart(spec).node)).toMatchFileSnapshot(`__snapshots__/compare-${spec.id}.svg`);
    });
  }

  it('draws Border Patrol holding for one scenario with its over-capacity days shaded, as in its SVG snapshot', async () => {
    const spec = buildCharts(singleScenario(), opts).find((c) => c.id === 'bp')!;
    await expect(toSvgString(renderChart(spec).node)).toMatchFileSnapshot('__snapshots__/single-bp.svg');
  });

  it('draws an exported chart stamped with title, model version, seed and sources, as in its SVG snapshot', async () => {
    const views = threeScenarios();
    const spec = buildCharts(views, opts).find((c) => c.id === 'detention')!;
    const stamped = stampChart(renderChart(spec).node, {
      chartTitle: spec.title,
      comparisonTitle: 'Baseline vs MPP reinstated vs More judges',
      modelVersion: '0.0.0-fixture',
      seed: 11,
      reps: 5,
      scenarios: views.map((v) => v.style),
      sources: ['ICE detention statistics FY2023'],
    });
    await expect(toSvgString(stamped)).toMatchFileSnapshot('__snapshots__/export-detention.svg');
  });
});
