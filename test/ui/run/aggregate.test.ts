import { describe, expect, it } from 'vitest';
import { createReplication, presets, validateScenario } from '../../../sim/model/index.ts';
import type { ReplicationResult } from '../../../sim/model/result.ts';
import { compareResults, dailyBands, summarizeScenario } from '../../../sim/report/index.ts';
import { pairedComparison, pooledCustodyShares, viewData } from '../../../ui/run/aggregate.ts';

function run(days: number, replication: number): ReplicationResult {
  const v = validateScenario({ base: 'baseline', days }, presets);
  if (!v.ok) throw new Error('invalid');
  const r = createReplication(v.scenario, { seed: 3, replication });
  r.advance(days);
  return r.snapshot();
}

const results = [run(3, 0), run(3, 1)];

describe('aggregates for drawing', () => {
  it('are the sim/report bands and summary of the finished replications', () => {
    const view = viewData('b', 3, results, null);
    expect(view.summary).toEqual(summarizeScenario('b', 3, results));
    expect(view.bands!['bp.occupancy'].mean).toEqual(dailyBands(results)['bp.occupancy'].mean);
    expect(view.reps).toBe(2);
  });

  it('pool custody histograms into shares that sum to 1', () => {
    const pooled = pooledCustodyShares(results)!;
    const total = pooled.shares.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('compare over the replications both scenarios finished, as the CLI compare does when all are', () => {
    const other = [run(3, 0)];
    expect(pairedComparison('a', results, 'b', other)).toEqual(compareResults({ scenario: 'a', results: [results[0]] }, { scenario: 'b', results: other }));
  });

  it('draw the running replication while none has finished', () => {
    const view = viewData('b', 3, [], results[0]);
    expect(view.summary).toBeNull();
    expect(view.days).toBe(results[0].days);
  });
});
