/**
 * The shared worker pool, over an in-process transport: each "worker" is the real simulation
 * API called through comlink over a MessageChannel, so requests, progress, cancels and results
 * take the same path as in a Web Worker or a worker thread.
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { presets } from '../../sim/model/index.ts';
import { createSimWorkerApi } from '../../workers/api.ts';
import { CANCEL_GRACE_MS, WorkerPool, type SpawnWorker } from '../../workers/pool.ts';
import type { RunRequest, SimWorkerApi } from '../../workers/protocol.ts';

interface FakeWorker {
  readonly api: SimWorkerApi;
  terminated: boolean;
  cancels: number[];
  exit: (why: string) => void;
}

const started: FakeWorker[] = [];
const ports: { close(): void }[] = [];

/** Workers in this process; `deaf` ones ignore cancels (a worker stuck in a long task). */
function inProcess(opts: { deaf?: boolean } = {}): SpawnWorker {
  return (onExit) => {
    const real = createSimWorkerApi();
    const fake: FakeWorker = {
      api: { runReplication: real.runReplication, cancel: (job) => (fake.cancels.push(job), opts.deaf ? undefined : real.cancel(job)) },
      terminated: false,
      cancels: [],
      exit: onExit,
    };
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    Comlink.expose(fake.api, nodeEndpoint(port1));
    started.push(fake);
    return {
      api: Comlink.wrap<SimWorkerApi>(nodeEndpoint(port2)),
      terminate: () => {
        fake.terminated = true;
        port1.close();
        port2.close();
      },
    };
  };
}

const req = (replication: number, days = 5): RunRequest => ({ scenario: presets.baseline, seed: 4, replication, days });

afterEach(() => {
  for (const p of ports.splice(0)) p.close();
  started.length = 0;
});

describe('WorkerPool', () => {
  it('runs requests on at most `size` workers and resolves each with its own result', async () => {
    const pool = new WorkerPool(2, inProcess());
    const out = await Promise.all([0, 1, 2, 3].map((r) => pool.run(req(r))));
    expect(out.map((o) => o?.ok && o.result.replication)).toEqual([0, 1, 2, 3]);
    expect(started.length).toBe(2);
    await pool.stop();
  });

  it('starts every worker on warm, before any request', async () => {
    const pool = new WorkerPool(3, inProcess());
    pool.warm();
    expect(pool.workers).toBe(3);
    await pool.stop();
  });

  it('drops a withdrawn queued request without running it', async () => {
    const pool = new WorkerPool(1, inProcess());
    const first = pool.run(req(0));
    const abort = new AbortController();
    const second = pool.run(req(1), undefined, abort.signal);
    abort.abort();
    expect(await second).toBeNull();
    expect((await first)?.ok).toBe(true);
    expect(started[0]!.cancels).toEqual([]);
    await pool.stop();
  });

  it('stops a withdrawn running request in its worker, which then runs the next request', async () => {
    const pool = new WorkerPool(1, inProcess());
    const abort = new AbortController();
    let days = 0;
    const long = pool.run(req(0, 365), (p) => (days = p.day), abort.signal);
    const next = pool.run(req(1));
    while (days < 2) await new Promise((r) => setTimeout(r, 5));
    abort.abort();
    expect(await long).toBeNull();
    expect((await next)?.ok).toBe(true);
    expect(started.length).toBe(1);
    expect(started[0]!.cancels.length).toBe(1);
    expect(started[0]!.terminated).toBe(false);
    expect(days).toBeLessThan(365);
    await pool.stop();
  });

  it('terminates and replaces a worker that does not answer a cancel in time', async () => {
    const pool = new WorkerPool(1, inProcess({ deaf: true }));
    const abort = new AbortController();
    let days = 0;
    const long = pool.run(req(0, 365), (p) => (days = p.day), abort.signal);
    while (days < 2) await new Promise((r) => setTimeout(r, 5));
    abort.abort();
    expect(await long).toBeNull();
    await new Promise((r) => setTimeout(r, CANCEL_GRACE_MS + 50));
    expect(started[0]!.terminated).toBe(true);
    expect((await pool.run(req(1)))?.ok).toBe(true);
    expect(started.length).toBe(2);
    await pool.stop();
  });

  it('turns a worker that exits into a failure naming the replication and seed, and carries on', async () => {
    const pool = new WorkerPool(1, inProcess(), 'worker stopped');
    const running = pool.run(req(2, 365));
    await new Promise((r) => setTimeout(r, 20));
    started[0]!.exit('exit code 3');
    expect(await running).toEqual({ ok: false, error: 'worker stopped: exit code 3', replication: 2, seed: 4 });
    expect((await pool.run(req(3)))?.ok).toBe(true);
    await pool.stop();
  });

  it('settles running and queued requests with null on a plain stop, or rejects them with a reason', async () => {
    const pool = new WorkerPool(1, inProcess());
    const a = pool.run(req(0, 365));
    const b = pool.run(req(1));
    await pool.stop();
    expect(await a).toBeNull();
    expect(await b).toBeNull();
    const c = pool.run(req(0, 365));
    const reason = new Error('stopped');
    await pool.stop(reason);
    await expect(c).rejects.toBe(reason);
  });
});

describe('WorkerPool.limit', () => {
  it('runs only as many workers as the limit until it is lifted, then the rest start', async () => {
    const pool = new WorkerPool(2, inProcess());
    pool.warm(1);
    pool.limit(1);
    expect(pool.workers).toBe(1);
    const a = pool.run(req(0));
    const b = pool.run(req(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(started.length).toBe(1);
    pool.limit();
    expect(started.length).toBe(2);
    expect((await a)?.ok && (await b)?.ok).toBe(true);
    await pool.stop();
  });
});
