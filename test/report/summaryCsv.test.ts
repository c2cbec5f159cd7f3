import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { METRIC_IDS } from '../../sim/model/metrics.ts';
import { summarizeScenario } from '../../sim/report/summarizeScenario.ts';
import { summaryCsv } from '../../sim/report/summaryCsv.ts';
import { comparisonCsv } from '../../sim/report/comparisonCsv.ts';
import { compareResults } from '../../sim/report/compareResults.ts';
import { makeResult } from './fixtures.ts';

const a = [0, 1, 2].map((r) => makeResult(r, 9, 2, (m) => m * 1.5 + r / 3));
const b = [0, 1, 2].map((r) => makeResult(r, 9, 2, (m) => m * 1.5 + r / 7 + 1));

describe('summaryCsv', () => {
  it('has one row per scenario and metric', () => {
    const rows = csvParse(summaryCsv([summarizeScenario('a', 9, a), summarizeScenario('b', 9, b)]));
    expect(rows.length).toBe(2 * METRIC_IDS.length);
    expect(rows.map((r) => r.metric).slice(0, METRIC_IDS.length)).toEqual([...METRIC_IDS]);
  });

  it('carries the exact mean and interval of the summary', () => {
    const s = summarizeScenario('a', 9, a);
    const row = csvParse(summaryCsv([s])).find((r) => r.metric === 'court.backlog.end')!;
    const m = s.metrics['court.backlog.end'];
    expect([Number(row.mean), Number(row.ci95_lo), Number(row.ci95_hi), Number(row.sd), Number(row.n)]).toEqual([m.mean, m.ci95[0], m.ci95[1], m.sd, m.n]);
  });
});

describe('comparisonCsv', () => {
  it('has one row per compared scenario and metric, naming the reference', () => {
    const c = compareResults({ scenario: 'a', results: a }, { scenario: 'b', results: b });
    const rows = csvParse(comparisonCsv([c]));
    expect(rows.length).toBe(METRIC_IDS.length);
    expect(rows[0]).toMatchObject({ scenario: 'b', reference: 'a', metric: METRIC_IDS[0] });
    expect(Number(rows[0].difference)).toBe(c.metrics[METRIC_IDS[0]].mean);
  });
});
