import { describe, expect, it } from 'vitest';
import { buildCharts, renderChart } from '../../../ui/charts/chartCatalog.ts';
import { toSvgString } from '../../../ui/charts/vnode.ts';

describe('charts before any result', () => {
  it('say they are waiting for results, every one of them', () => {
    for (const spec of buildCharts([], { horizonDays: 30, showBands: true })) {
      expect(toSvgString(renderChart(spec).node), spec.id).toContain('Waiting for results…');
    }
  });
});
