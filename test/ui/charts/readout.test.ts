import { describe, expect, it } from 'vitest';
import { buildCharts, displayBins, renderChart } from '../../../ui/charts/chartCatalog.ts';
import { chartTable } from '../../../ui/charts/chartTable.ts';
import { positionAt, readoutAt } from '../../../ui/charts/readout.ts';
import { formatValue } from '../../../ui/charts/formatValue.ts';
import { fixtureOptions, threeScenarios } from '../fixtures.ts';

const views = threeScenarios();
const charts = buildCharts(views, fixtureOptions(views));
const bp = charts.find((c) => c.id === 'bp')!;
const frame = renderChart(bp).frame;

describe('chart readouts', () => {
  it('read the exact mean of every scenario on a day', () => {
    if (bp.kind !== 'timeseries') throw new Error('not a time series');
    const r = readoutAt(bp, frame, 42)!;
    expect(r.heading).toBe('12 Nov 2023 (day 42)');
    expect(r.lines[0]!.text).toContain(formatValue(bp.panels[0]!.tracks[0]!.band.mean[42]!, 'people'));
  });

  it('map a pointer position back to the day under it', () => {
    const x = frame.left + (frame.plotWidth * 60) / 119;
    expect(positionAt(bp, frame, x, frame.top + 10)).toBe(60);
  });

  it('give a data table with one row per day', () => {
    expect(chartTable(bp).rows).toHaveLength(120);
  });
});

describe('custody display bins', () => {
  it('keep the total share when the tail is folded into the last bin', () => {
    const shares = Float64Array.from({ length: 360 }, (_, i) => (i < 50 ? 0.019 : 0.05 / 310));
    const shown = displayBins(1, [shares]);
    expect(shown.tracks[0]!.reduce((a, b) => a + b, 0)).toBeCloseTo(shares.reduce((a, b) => a + b, 0), 12);
    expect(shown.tracks[0]!.length * shown.binHours).toBeGreaterThanOrEqual(96);
    expect(shown.tracks[0]!.length).toBeLessThanOrEqual(96);
  });
});
