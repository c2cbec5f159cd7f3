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

interface Call {
  readonly req: RunRequest;
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
  readonly resolve: (o: RunOutcome | null) => void;
  settled: boolean;
}

/** A pool of `size` workers that answers when told to, so tests control the order of events. */
class ManualPool implements PoolLike {
  readonly calls: Call[] = [];
  cancelled = 0;
  constructor(readonly size = 8) {}
  run(req: RunRequest, onProgress?: (p: Progress) => void, signal?: AbortSignal): Promise<RunOutcome | null> {
    return new Promise((resolve) => {
      const call: Call = { req, onProgress, signal, resolve, settled: false };
      signal?.addEventListener('abort', () => this.settle(call, null));
      this.calls.push(call);
    });
  }
  cancel(): void {
    this.cancelled++;
    for (const c of this.calls) this.settle(c, null);
  }
  private settle(c: Call, o: RunOutcome | null): void {
    if (c.settled) return;
    c.settled = true;
    c.resolve(o);
  }
  /** Calls not settled, in the order a pool would run them (the first `size` are running). */
  get live(): Call[] {
    return this.calls.filter((c) => !c.settled);
  }
  /** "name:replication" of the live calls. */
  get names(): string[] {
    return this.live.map((c) => `${(c.req.scenario as { name: string }).name}:${c.req.replication}`);
  }
  progress(c: Call, day: number, days = 10): void {
    c.onProgress?.({ replication: c.req.replication, day, days, events: day });
  }
  finish(c: Call): void {
    this.settle(c, { ok: true, result: fakeResult(c.req) });
  }
  find(name: string): Call {
    const c = this.live.find((x) => `${(x.req.scenario as { name: string }).name}:${x.req.replication}` === name);
    if (!c) throw new Error(`no live call ${name} (live: ${this.names.join(', ')})`);
    return c;
  }
}

const plan = (reps: number, scenarios = ['a', 'b'], arrivals = 1000): RunPlan => ({
  scenarios: scenarios.map((k) => ({ key: k, input: { name: k }, inputKey: k, days: 10, arrivals })),
  seed: 7,
  reps,
});

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('RunController', () => {
  it('starts replication 0 of every scenario before replication 1 of any', () => {
    const pool = new ManualPool();
    new RunController(pool, { onChange() {} }).start(plan(2));
    expect(pool.names).toEqual(['a:0', 'b:0', 'a:1', 'b:1']);
  });

  it('asks partial results only of replication 0', () => {
    const pool = new ManualPool();
    new RunController(pool, { onChange() {} }).start(plan(2));
    expect(pool.calls.map((c) => c.req.partialEveryMs !== undefined)).toEqual([true, true, false, false]);
  });

  it('measures how long a running run has gone without a report from the workers', async () => {
    const pool = new ManualPool();
    let now = 1000;
    const rc = new RunController(pool, { onChange() {} }, () => now);
    expect(rc.silentFor()).toBe(0); // idle
    rc.start(plan(1));
    now += 5000;
    expect(rc.silentFor()).toBe(5000);
    pool.progress(pool.calls[0]!, 1);
    expect(rc.silentFor()).toBe(0);
    now += 40_000;
    expect(rc.silentFor()).toBe(40_000); // a worker that stopped answering
    pool.finish(pool.calls[0]!);
    await tick();
    expect(rc.silentFor()).toBe(0);
    pool.finish(pool.calls[1]!);
    await tick();
    now += 60_000;
    expect(rc.status).toBe('done');
    expect(rc.silentFor()).toBe(0);
  });

  it('is done when every replication has finished', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1));
    for (const c of pool.live) pool.finish(c);
    await tick();
    expect(rc.status).toBe('done');
    expect(rc.counts).toEqual({ finished: 2, total: 2 });
  });

  it('keeps finished replications and stops the pool on cancel', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(2));
    pool.finish(pool.find('a:0'));
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
    pool.finish(pool.find('a:0'));
    await tick();
    rc.start(plan(1, ['a', 'c']));
    expect(pool.names).toEqual(['c:0']);
    expect(rc.scenarios.get('a')!.results).toHaveLength(1);
  });

  it('withdraws work no scenario needs any more at once, and ignores its late results', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1, ['a']));
    const stale = pool.find('a:0');
    rc.start(plan(1, ['b']));
    expect(stale.signal!.aborted).toBe(true); // in the same task as the change
    stale.resolve({ ok: true, result: fakeResult(stale.req) });
    await tick();
    expect(rc.scenarios.has('a')).toBe(false);
    expect(pool.names).toEqual(['b:0']);
  });

  it("withdraws one scenario's work before its new plan exists, and the same plan started again restores it", () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1, ['a', 'b']));
    const a = pool.find('a:0'), b = pool.find('b:0');
    rc.withdrawScenario('a');
    expect(a.signal!.aborted).toBe(true);
    expect(b.signal!.aborted).toBe(false);
    rc.start(plan(1, ['a', 'b'])); // the edit did not stand
    expect([...pool.names].sort()).toEqual(['a:0', 'b:0']);
  });

  it('keeps work another scenario of the plan shares when one of two equal scenarios is withdrawn', () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    const same: RunPlan = { ...plan(1, ['a', 'b']), scenarios: plan(1, ['a', 'b']).scenarios.map((s) => ({ ...s, inputKey: 'x' })) };
    rc.start(same);
    expect(pool.live).toHaveLength(1);
    rc.withdrawScenario('a');
    expect(pool.live).toHaveLength(1);
    rc.withdrawScenario('none'); // a scenario the plan does not have: nothing happens
    expect(pool.live).toHaveLength(1);
  });

  it('keeps running work the new plan still needs instead of starting it again', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1, ['a']));
    const running = pool.find('a:0');
    pool.progress(running, 3);
    rc.start(plan(1, ['a', 'b']));
    expect(running.signal!.aborted).toBe(false);
    expect(pool.names).toEqual(['a:0', 'b:0']);
    pool.finish(running);
    await tick();
    expect(rc.scenarios.get('a')!.results).toHaveLength(1);
  });

  it('queues work that had not started again in the new order', () => {
    const pool = new ManualPool(1);
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(3, ['a']));
    pool.progress(pool.find('a:0'), 6);
    rc.start(plan(3, ['a', 'b']));
    expect(pool.names).toEqual(['a:0', 'b:0', 'a:1', 'b:1', 'a:2', 'b:2']);
  });

  it("lets the changed scenario's first replication take the place of a barely started later one", async () => {
    const pool = new ManualPool(1);
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(2, ['a']));
    pool.progress(pool.find('a:0'), 1);
    pool.finish(pool.find('a:0'));
    await tick();
    const later = pool.find('a:1');
    pool.progress(later, 2);
    rc.start(plan(2, ['a', 'b']));
    expect(later.signal!.aborted).toBe(true);
    expect(pool.names).toEqual(['b:0', 'a:1', 'b:1']);
  });

  it('does not displace work past half its days', async () => {
    const pool = new ManualPool(1);
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(2, ['a']));
    pool.finish(pool.find('a:0'));
    await tick();
    const later = pool.find('a:1');
    pool.progress(later, 7);
    rc.start(plan(2, ['a', 'b']));
    expect(later.signal!.aborted).toBe(false);
    expect(pool.names).toEqual(['a:1', 'b:0', 'b:1']);
  });

  it('shows the running first replication cut at its simulated day', () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1, ['a']));
    const c = pool.calls[0]!;
    c.onProgress!({ replication: 0, day: 4, days: 10, events: 0, partial: fakeResult(c.req) });
    const partial = rc.scenarios.get('a')!.partial!;
    expect(partial.days).toBe(4);
    expect(partial.daily['bp.occupancy']).toHaveLength(4);
  });

  it('records a failed replication with its seed and index', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(1, ['a']));
    pool.calls[0]!.resolve({ ok: false, error: 'boom', replication: 0, seed: 7 });
    await tick();
    expect(rc.status).toBe('failed');
    expect(rc.scenarios.get('a')!.failures).toEqual([{ error: 'boom', replication: 0, seed: 7 }]);
  });

  it('estimates computing time from the work not cached, spread over the workers, at the measured speed', async () => {
    const pool = new ManualPool(2);
    let now = 0;
    const rc = new RunController(pool, { onChange() {} }, () => now);
    const before = rc.estimateMs(plan(4, ['a', 'b'], 1e6));
    expect(before).toBeGreaterThan(0);
    expect(rc.estimateMs(plan(8, ['a', 'b'], 1e6))).toBeCloseTo(before * 2, 6);
    rc.start(plan(1, ['a'], 1e6));
    const c = pool.find('a:0');
    pool.progress(c, 1);
    now += 9000; // a million arrivals in about 10 s: 0.01 ms each
    pool.finish(c);
    await tick();
    // 7 replications left of plan(4) for two scenarios (a:0 is cached), over 2 workers.
    const after = rc.estimateMs(plan(4, ['a', 'b'], 1e6));
    expect(after).toBeGreaterThan(((7 * 1e6 * 0.01) / 2) * 0.5);
    expect(after).toBeLessThan(((7 * 1e6 * 0.01) / 2) * 1.5);
  });

  it('does not time short replications, whose fixed costs would inflate estimates', async () => {
    const pool = new ManualPool(2);
    let now = 0;
    const rc = new RunController(pool, { onChange() {} }, () => now);
    const before = rc.estimateMs(plan(4, ['a', 'b'], 1e6));
    rc.start(plan(1, ['short'], 1000));
    const c = pool.find('short:0');
    pool.progress(c, 1);
    now += 5000;
    pool.finish(c);
    await tick();
    expect(rc.estimateMs(plan(4, ['a', 'b'], 1e6))).toBe(before);
  });
});

describe('truncateResult', () => {
  it('cuts every daily series to the given day', () => {
    const r = truncateResult(fakeResult({ scenario: {}, seed: 1, replication: 0 }, 10), 3);
    expect(SERIES_IDS.every((id) => r.daily[id].length === 3)).toBe(true);
  });
});

describe('RunController.halt', () => {
  it('withdraws all work without stopping the pool, keeping finished replications', async () => {
    const pool = new ManualPool();
    const rc = new RunController(pool, { onChange() {} });
    rc.start(plan(2, ['a']));
    pool.finish(pool.find('a:0'));
    await tick();
    const running = pool.find('a:1');
    expect(rc.uncached(plan(2, ['a', 'b']))).toBe(2);
    rc.halt();
    expect(running.signal!.aborted).toBe(true);
    expect(pool.cancelled).toBe(0);
    expect(rc.status).toBe('cancelled');
    expect(rc.scenarios.get('a')!.results).toHaveLength(1);
  });
});
