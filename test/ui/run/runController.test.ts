import { describe, expect, it } from 'vitest';
import type { ReplicationResult } from '../../../sim/model/result.ts';
import { SERIES_IDS, type SeriesId } from '../../../sim/model/series.ts';
import type { Progress, RunOutcome, RunRequest } from '../../../workers/protocol.ts';
import { RunController, truncateResult, type PoolLike, type RunPlan } from '../../../ui/run/runController.ts';

function fakeResult(req: RunRequest, days = 10): ReplicationResult {
  const daily = {} as Record<SeriesId, Float64Array>;
  for (const id of SERIES_IDS) daily[id] = Float64Array.from({ length: days }, (_, d) => d + req.replication);
  return { replication: req.replication, seed: req.seed, days, summary: {} as never, daily, custodyHistogram: { binHours: 1, counts: new Float64Array(3) }, policyChangeDays: [], events: 0, people: 0 } as ReplicationResult;
}

/** A pool that answers when told to, so tests control the order of events. */
class ManualPool implements PoolLike {
  readonly calls: { req: RunRequest; onProgress?: (p: Progress) => void; resolve: (o: RunOutcome | null) => void }[] = [];
  cancelled = 0;
  run(req: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome | null> {
    return new Promise((resolve) => this.calls.push({ req, onProgress, resolve }));
  }
  cancel(): void {
    this.cancelled++;
    for (const c of this.calls.splice(0)) c.resolve(null);
  }
  finish(i: number): void {
    const c = this.calls[i];
    c.resolve({ ok: true, result: fakeResult(c.req) });
  }
}

const plan = (reps: number, scenarios = ['a', 'b']): RunPlan => ({
  scenarios: scenarios.map((k) => ({ key: k, input: { name: k }, inputKey: k, days: 10 })),
  seed: 7,
  reps,
});

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('RunController', () => {
  it('starts replication 0 of every scenario before replication 1 of any', () => {
    const pool = new ManualPool();
    new RunController(pool, { onChange() {} }).start(plan(2));
    expect(pool.calls.map((c) => `${(c.req.scenario as { name: string }).name}:${c.req.replication}`)).toEqual(['a:0', 'b:0', 'a:1', 'b:1']);
  });

  it('asks partial results only of replication 0', () => {
    const pool = new ManualPool();
    new RunController(pool, { onChange() {} }).start(plan(2));
    expect(pool.calls.map((c) => c.req.partialEveryDays !== undefined)).toEqual([true, true, false, false]);
  });

  it('measures how long a running run has gone without a report from the workers', async () => {
    const pool = new ManualPool();
    let now = 1000;
    const rc = new RunController(pool, { onChange() {} }, () => now);
    expect(rc.silentFor()).toBe(0); // idle
    rc.start(plan(1));
    now += 5000;
    expect(rc.silentFor()).toBe(5000);
    pool.calls[0]!.onProgress!({ replication: 0, day: 1, days: 10, events: 5 });
    expect(rc.silentFor()).toBe(0);
    now += 40_000;
    expect(rc.silentFor()).toBe(40_000); // a worker that stopped answering
    pool.finish(0);
    await tick();
    expect(rc.silentFor()).toBe(0);
    pool.finish(1);
    await tick();
    now += 60_000;
    expect(rc.status).toBe('done');
    expect(rc.silentFor()).toBe(0);
  });

  it('is done when every replication has finished', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1));
    pool.finish(0);
    pool.finish(1);
    await tick();
    expect(rc.status).toBe('done');
    expect(rc.counts).toEqual({ finished: 2, total: 2 });
  });

  it('keeps finished replications and stops the pool on cancel', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(2));
    pool.finish(0);
    await tick();
    rc.cancel();
    expect(rc.status).toBe('cancelled');
    expect(pool.cancelled).toBe(1);
    expect(rc.scenarios.get('a')!.results).toHaveLength(1);
  });

  it('reuses cached replications when a scenario is run again', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1, ['a']));
    pool.finish(0);
    await tick();
    pool.calls.length = 0;
    rc.start(plan(1, ['a', 'c']));
    expect(pool.calls.map((c) => (c.req.scenario as { name: string }).name)).toEqual(['c']);
    expect(rc.scenarios.get('a')!.results).toHaveLength(1);
  });

  it('ignores results of a run that was replaced', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1, ['a']));
    const stale = pool.calls[0];
    rc.start(plan(1, ['b']));
    stale.resolve({ ok: true, result: fakeResult(stale.req) });
    await tick();
    expect(rc.scenarios.has('a')).toBe(false);
  });

  it('shows the running first replication cut at its simulated day', () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1, ['a']));
    const c = pool.calls[0];
    c.onProgress!({ replication: 0, day: 4, days: 10, events: 0, partial: fakeResult(c.req) });
    const partial = rc.scenarios.get('a')!.partial!;
    expect(partial.days).toBe(4);
    expect(partial.daily['bp.occupancy']).toHaveLength(4);
  });

  it('records a failed replication with its seed and index', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1, ['a']));
    pool.calls[0].resolve({ ok: false, error: 'boom', replication: 0, seed: 7 });
    await tick();
    expect(rc.status).toBe('failed');
    expect(rc.scenarios.get('a')!.failures).toEqual([{ error: 'boom', replication: 0, seed: 7 }]);
  });
});

describe('truncateResult', () => {
  it('cuts every daily series to the given day', () => {
    const r = truncateResult(fakeResult({ scenario: {}, seed: 1, replication: 0 }, 10), 3);
    expect(SERIES_IDS.every((id) => r.daily[id].length === 3)).toBe(true);
  });
});
