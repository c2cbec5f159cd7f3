import { describe, expect, it } from 'vitest';
import { presets } from '../../sim/model/index.ts';
import { NodePool, PoolTerminatedError } from '../../workers/node/nodePool.ts';
import { simWorkerApi } from '../../workers/api.ts';
import type { RunOutcome, RunRequest } from '../../workers/protocol.ts';

const requests: RunRequest[] = Array.from({ length: 6 }, (_, replication) => ({ scenario: presets.baseline, seed: 11, replication, days: 5 }));

async function runAll(size: number): Promise<RunOutcome[]> {
  const pool = new NodePool(size);
  try {
    return await Promise.all(requests.map((r) => pool.run(r)));
  } finally {
    await pool.close();
  }
}

describe('NodePool', () => {
  it('gives identical results with 1 and 4 worker threads, in request order', async () => {
    const [one, four] = await Promise.all([runAll(1), runAll(4)]);
    expect(four.map((o) => o.ok && o.result.replication)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(four).toEqual(one);
  });

  it('gives the same results as the API called on this thread (as a browser worker runs it)', async () => {
    const pool = new NodePool(1);
    const remote = await pool.run(requests[3]);
    await pool.close();
    expect(remote).toEqual(await simWorkerApi.runReplication(requests[3]));
  });

  it('gives different replications different random streams', async () => {
    const pool = new NodePool(2);
    const [a, b] = await Promise.all([pool.run(requests[0]), pool.run(requests[1])]);
    await pool.close();
    if (!a.ok || !b.ok) throw new Error('run failed');
    expect(a.result.daily.arrivals).not.toEqual(b.result.daily.arrivals);
  });

  it('forwards progress from the worker thread', async () => {
    const pool = new NodePool(1);
    const days: number[] = [];
    const outcome = await pool.run(requests[0], (p) => days.push(p.day));
    await new Promise((r) => setTimeout(r, 50)); // progress is advisory and may trail the result
    await pool.close();
    expect(outcome.ok).toBe(true);
    expect(days.length).toBeGreaterThan(0);
    expect(Math.max(...days)).toBeLessThanOrEqual(5);
  });

  it('rejects running and queued requests when terminated, then runs new ones on fresh workers', async () => {
    const pool = new NodePool(1);
    const long = { scenario: presets.baseline, seed: 1, replication: 0, days: 365 };
    const running = pool.run(long);
    const queued = pool.run(long);
    running.catch(() => {}); // checked below; keeps the early rejection from counting as unhandled
    queued.catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    await pool.terminate();
    await expect(running).rejects.toBeInstanceOf(PoolTerminatedError);
    await expect(queued).rejects.toBeInstanceOf(PoolTerminatedError);
    const after = await pool.run(requests[0]);
    await pool.close();
    expect(after.ok).toBe(true);
  });

  it('turns a worker that dies into a failure with the replication and seed', async () => {
    const pool = new NodePool(1, { entry: 'data:text/javascript,process.exit(3)' });
    const outcome = await pool.run(requests[2]);
    await pool.close();
    expect(outcome).toMatchObject({ ok: false, replication: 2, seed: 11 });
    if (!outcome.ok) expect(outcome.error).toMatch(/worker stopped/);
  });
});
