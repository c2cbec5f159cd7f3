import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_IDS } from '../../sim/model/metrics.ts';
import { summarize } from '../../sim/stats/index.ts';
import { summarizeScenario } from '../../sim/report/summarizeScenario.ts';
import { makeResult } from './fixtures.ts';

const results = [0, 1, 2, 3, 4].map((r) => makeResult(r, 7, 3, (m) => (m + 1) * Math.sqrt(r + 2) + r * 0.1));

describe('summarizeScenario', () => {
  it('has one entry per metric id of the model, with its unit', () => {
    const s = summarizeScenario('x', 7, results);
    expect(Object.keys(s.metrics)).toEqual([...METRIC_IDS]);
    for (const def of METRICS) expect(s.metrics[def.id].unit).toBe(def.unit);
  });

  it('gives the Student-t summary of each metric over replications', () => {
    const s = summarizeScenario('x', 7, results);
    const expected = summarize(results.map((r) => r.summary['bp.occupancy.mean']));
    expect(s.metrics['bp.occupancy.mean']).toEqual({ unit: 'people', mean: expected.mean, ci95: [expected.ci95[0], expected.ci95[1]], sd: expected.sd, n: 5 });
  });

  it('records the scenario name, seed and number of replications', () => {
    const s = summarizeScenario('surge', 7, results);
    expect([s.scenario, s.seed, s.reps]).toEqual(['surge', 7, 5]);
  });

  it('gives bit-identical numbers whatever order the replications come in', () => {
    const shuffled = [results[3], results[0], results[4], results[2], results[1]];
    expect(summarizeScenario('x', 7, shuffled)).toEqual(summarizeScenario('x', 7, results));
  });
});
