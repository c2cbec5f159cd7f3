import { describe, expect, it } from 'vitest';
import { buildCharts, renderChart } from '../../ui/charts/chartCatalog.ts';
import { stampChart } from '../../ui/charts/stampChart.ts';
import { toSvgString } from '../../ui/charts/vnode.ts';
import { ObservedStore } from '../../ui/observed/observedStore.ts';
import { fixtureOptions, fixtureView, singleScenario, threeScenarios } from './fixtures.ts';

describe('chart rendering from seeded fixtures', () => {
  const views = threeScenarios();
  for (const spec of buildCharts(views, fixtureOptions(views))) {
    it(`draws the ${spec.id} chart for three scenarios as in its SVG snapshot`, async () => {
      await expect(toSvgString(renderChart(spec).node)).toMatchFileSnapshot(`__snapshots__/compare-${spec.id}.svg`);
    });
  }

  it('draws Border Patrol holding for one scenario, as in its SVG snapshot', async () => {
    const one = singleScenario();
    const spec = buildCharts(one, fixtureOptions(one)).find((c) => c.id === 'bp')!;
    await expect(toSvgString(renderChart(spec).node)).toMatchFileSnapshot('__snapshots__/single-bp.svg');
  });

  it('draws Border Patrol holding at phone width, as in its SVG snapshot', async () => {
    const spec = buildCharts(views, fixtureOptions(views)).find((c) => c.id === 'bp')!;
    await expect(toSvgString(renderChart({ ...spec, width: 340 }).node)).toMatchFileSnapshot('__snapshots__/phone-bp.svg');
  });

  it('draws the encounters chart with the published series of its months, as in its SVG snapshot', async () => {
    const store = new ObservedStore({ onLoaded: () => {}, onError: (file, message) => { throw new Error(`${file}: ${message}`); } });
    await store.all();
    const opts = { ...fixtureOptions(views), observed: store.overlay('2023-10-01', 120) };
    const spec = buildCharts(views, opts).find((c) => c.id === 'encounters')!;
    await expect(toSvgString(renderChart(spec).node)).toMatchFileSnapshot('__snapshots__/observed-encounters.svg');
  });

  it('draws dispositions with a published total over the horizon, as in its SVG snapshot', async () => {
    // October to December 2021: Title 42 expulsions were published for every month of it.
    const store = new ObservedStore({ onLoaded: () => {}, onError: (file, message) => { throw new Error(`${file}: ${message}`); } });
    await store.all();
    const quarter = [fixtureView(0, 'Baseline', { seed: 11, days: 92, scale: 1.2 }), fixtureView(1, 'MPP reinstated', { seed: 12, days: 92, scale: 0.9 })];
    const opts = { ...fixtureOptions(quarter, 92), scenarios: quarter.map(() => ({ startDate: '2021-10-01', days: 92, changes: [] })), observed: store.overlay('2021-10-01', 92) };
    const spec = buildCharts(quarter, opts).find((c) => c.id === 'dispositions')!;
    await expect(toSvgString(renderChart(spec).node)).toMatchFileSnapshot('__snapshots__/observed-dispositions.svg');
  });

  it('draws an exported chart stamped with title, model version, seed and sources, as in its SVG snapshot', async () => {
    const spec = buildCharts(views, fixtureOptions(views)).find((c) => c.id === 'detention')!;
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
