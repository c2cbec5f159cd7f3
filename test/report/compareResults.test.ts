import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../sim/stats/index.ts';
import { compareResults } from '../../sim/report/compareResults.ts';
import { makeResult } from './fixtures.ts';

const reference = [0, 1, 2, 3].map((r) => makeResult(r, 3, 2, (m) => m + r * r));
const higher = [0, 1, 2, 3].map((r) => makeResult(r, 3, 2, (m) => m + r * r + 5 + (r % 2)));

describe('compareResults', () => {
  it('reports scenario minus reference, paired by replication', () => {
    const c = compareResults({ scenario: 'a', results: reference }, { scenario: 'b', results: higher });
    const d = pairedDifference(reference.map((r) => r.summary['cost.totalUsd']), higher.map((r) => r.summary['cost.totalUsd']));
    expect(c.metrics['cost.totalUsd']).toEqual({ unit: 'USD', mean: d.mean, ci95: [d.ci95[0], d.ci95[1]], sd: d.sd, n: 4 });
  });

  it('gives a positive difference when the scenario is higher in every replication', () => {
    const c = compareResults({ scenario: 'a', results: reference }, { scenario: 'b', results: higher });
    expect(c.metrics['arrivals.total'].mean).toBeGreaterThan(0);
    expect(c.metrics['arrivals.total'].ci95[0]).toBeGreaterThan(0);
  });

  it('pairs replications by index even when they arrive out of order', () => {
    const shuffled = [higher[2], higher[0], higher[3], higher[1]];
    const a = compareResults({ scenario: 'a', results: reference }, { scenario: 'b', results: higher });
    expect(compareResults({ scenario: 'a', results: reference }, { scenario: 'b', results: shuffled })).toEqual(a);
  });

  it('refuses results that were not run with the same seed', () => {
    const other = [0, 1, 2, 3].map((r) => makeResult(r, 4, 2, (m) => m));
    expect(() => compareResults({ scenario: 'a', results: reference }, { scenario: 'b', results: other })).toThrow(/same seed/);
  });

  it('names both scenarios', () => {
    const c = compareResults({ scenario: 'a', results: reference }, { scenario: 'b', results: higher });
    expect([c.reference, c.scenario, c.reps, c.seed]).toEqual(['a', 'b', 4, 3]);
  });
});
