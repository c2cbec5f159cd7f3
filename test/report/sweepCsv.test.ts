import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { METRIC_IDS } from '../../sim/model/metrics.ts';
import { summarizeScenario } from '../../sim/report/summarizeScenario.ts';
import { sweepCsv } from '../../sim/report/sweepCsv.ts';
import { makeResult } from './fixtures.ts';

const summary = (k: number) => summarizeScenario(`p${k}`, 1, [0, 1].map((r) => makeResult(r, 1, 1, (m) => m + k + r)));
const points = [
  { index: 0, values: { 'detention.beds': 30000, 'court.judges': [{ day: 0, value: 700 }] }, summary: summary(0) },
  { index: 1, values: { 'detention.beds': 50000, 'court.judges': 'x,y' }, summary: summary(1) },
];

describe('sweepCsv', () => {
  it('has a column per swept path and one row per grid point and metric', () => {
    const rows = csvParse(sweepCsv(['detention.beds', 'court.judges'], points));
    expect(rows.columns).toEqual(['point', 'detention.beds', 'court.judges', 'metric', 'unit', 'mean', 'ci95_lo', 'ci95_hi', 'sd', 'n']);
    expect(rows.length).toBe(2 * METRIC_IDS.length);
  });

  it('writes structured values as JSON and quotes text as needed', () => {
    const rows = csvParse(sweepCsv(['detention.beds', 'court.judges'], points));
    expect(JSON.parse(rows[0]['court.judges']!)).toEqual([{ day: 0, value: 700 }]);
    expect(rows[METRIC_IDS.length]['court.judges']).toBe('x,y');
  });

  it('carries each point’s mean', () => {
    const rows = csvParse(sweepCsv(['detention.beds'], points));
    const row = rows.find((r) => r.point === '1' && r.metric === 'gotaways.total')!;
    expect(Number(row.mean)).toBe(points[1].summary.metrics['gotaways.total'].mean);
  });
});
