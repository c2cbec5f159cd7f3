import { describe, expect, it } from 'vitest';
import { METRIC_IDS } from '../../sim/model/metrics.ts';
import { compareScenarios, runScenario, runBatch, ReplicationFailedError } from '../../lib/index.ts';
import { presets } from '../../sim/model/index.ts';

const FAST = { reps: 3, days: 5, seed: 9 };

describe('runScenario', () => {
  it('summarizes every metric over the replications asked for', async () => {
    const run = await runScenario('baseline', { ...FAST, workers: 2 });
    expect(run.results.map((r) => r.replication)).toEqual([0, 1, 2]);
    expect(Object.keys(run.summary.metrics)).toEqual([...METRIC_IDS]);
    expect(run.summary.metrics['arrivals.total'].n).toBe(3);
    expect(run.bands.arrivals.mean.length).toBe(FAST.days);
  });

  it('gives identical results with 1 and 3 workers', async () => {
    const [a, b] = await Promise.all([runScenario('baseline', { ...FAST, workers: 1 }), runScenario('baseline', { ...FAST, workers: 3 })]);
    expect(b.summary).toEqual(a.summary);
    expect(b.results).toEqual(a.results);
  });

  it('rejects with the abort reason when aborted, without waiting for the replications', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const run = runScenario('baseline', { reps: 4, workers: 2, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop now')), 500);
    await expect(run).rejects.toThrow('stop now');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('rejects invalid options with a RangeError naming them', async () => {
    await expect(runScenario('baseline', { reps: 0 })).rejects.toThrow(/invalid reps: 0 \(expected a positive integer\)/);
  });
});

describe('compareScenarios', () => {
  it('gives zero differences for a scenario compared with itself (common random numbers)', async () => {
    const { comparisons } = await compareScenarios(['baseline', { base: 'baseline' }], { ...FAST, workers: 2 });
    for (const id of METRIC_IDS) expect(comparisons[0].metrics[id].mean).toBe(0);
  });

  it('needs at least two scenarios', async () => {
    await expect(compareScenarios(['baseline'])).rejects.toThrow(RangeError);
  });
});

describe('runBatch', () => {
  it('reports the first failed replication with its seed and position', async () => {
    const requests = [0, 1, 2].map((replication) => ({ scenario: replication === 1 ? { days: -5 } : presets.baseline, seed: 4, replication, days: 5 }));
    const error = await runBatch(requests, { workers: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReplicationFailedError);
    expect(error).toMatchObject({ replication: 1, seed: 4, job: 1 });
  });
});
