/**
 * Runs many replications on a pool of Node worker threads and returns them in job
 * order, so the results (and every aggregate of them) are the same whatever the number
 * of workers. The first failure stops the other workers and is reported with the
 * replication and seed that failed.
 */
import type { ReplicationResult } from '../sim/model/result.ts';
import { NodePool, PoolTerminatedError, defaultWorkerCount } from '../workers/node/nodePool.ts';
import type { RunRequest } from '../workers/protocol.ts';

/** Progress of a batch, as reported while it runs. */
export interface BatchProgress {
  /** Replications finished. */
  readonly done: number;
  /** Replications in the batch. */
  readonly total: number;
  /** Finished replications plus the simulated fraction of running ones (0..total). */
  readonly fraction: number;
  /** Kernel events processed so far, over all replications. */
  readonly events: number;
}

/** Options of {@link runBatch}. */
export interface BatchOptions {
  /** Worker threads (default: one per core). */
  readonly workers?: number;
  /** Called as replications advance (about once per simulated day per running replication). */
  readonly onProgress?: (p: BatchProgress) => void;
  /** Aborting stops every worker at once; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Worker module to run (default: the simulation worker over the real model); see NodePoolOptions. */
  readonly workerEntry?: string;
  /**
   * Watchdog: seconds without progress after which the replication of job `job` is taken to
   * hang; the batch then stops (the pool is terminated) with a {@link ReplicationStalledError}.
   * No watchdog when omitted.
   */
  readonly stallSeconds?: (job: number) => number;
  /** Called once per replication that has been silent for {@link SILENCE_NOTICE_SECONDS} (before the watchdog stops it). */
  readonly onSilence?: (job: number, seconds: number) => void;
}

/** Seconds of silence after which `onSilence` is called, as the browser warns after 30 s. */
export const SILENCE_NOTICE_SECONDS = 30;

/** A replication failed; `replication` and `seed` reproduce it alone. */
export class ReplicationFailedError extends Error {
  readonly replication: number;
  readonly seed: number;
  /** Position of the failed job in the batch. */
  readonly job: number;
  readonly detail: string;
  constructor(job: number, replication: number, seed: number, detail: string) {
    super(`replication ${replication} (seed ${seed}) failed: ${detail}`);
    this.name = 'ReplicationFailedError';
    this.job = job;
    this.replication = replication;
    this.seed = seed;
    this.detail = detail;
  }
}

/** A replication stopped reporting progress for longer than the watchdog allows; its worker was stopped. */
export class ReplicationStalledError extends Error {
  readonly replication: number;
  readonly seed: number;
  readonly job: number;
  readonly detail: string;
  constructor(job: number, replication: number, seed: number, seconds: number) {
    const detail = `no progress for ${seconds} s (its worker seems to hang); all workers were stopped`;
    super(`replication ${replication} (seed ${seed}) failed: ${detail}`);
    this.name = 'ReplicationStalledError';
    this.job = job;
    this.replication = replication;
    this.seed = seed;
    this.detail = detail;
  }
}

/**
 * Runs every request and resolves with the results in request order.
 *
 * @throws ReplicationFailedError on the first failed replication (the others are stopped).
 */
export async function runBatch(requests: readonly RunRequest[], options: BatchOptions = {}): Promise<ReplicationResult[]> {
  const { onProgress, signal } = options;
  signal?.throwIfAborted();
  const size = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), requests.length));
  const pool = new NodePool(size, { entry: options.workerEntry });
  const share = new Float64Array(requests.length);
  const events = new Float64Array(requests.length);
  // Watchdog state: when each job last reported (NaN until it does), and when anything last happened.
  const lastReport = new Float64Array(requests.length).fill(Number.NaN);
  const finished = new Uint8Array(requests.length);
  const noticed = new Uint8Array(requests.length);
  let lastEvent = performance.now();
  let done = 0;
  const report = () => {
    if (!onProgress) return;
    let fraction = 0;
    let ev = 0;
    for (let i = 0; i < share.length; i++) {
      fraction += share[i];
      ev += events[i];
    }
    onProgress({ done, total: requests.length, fraction, events: ev });
  };
  let stop: ((e: unknown) => void) | undefined;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => {});
  const onAbort = () => {
    stop!(signal!.reason);
    void pool.terminate();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const watchdog = options.stallSeconds ? setInterval(() => check(options.stallSeconds!), 1000) : undefined;
  watchdog?.unref();
  /** Finds a replication silent for too long: one that reported and stopped, or (nothing reporting) the first not yet started. */
  const check = (limit: (job: number) => number) => {
    const now = performance.now();
    let waiting = -1;
    for (let i = 0; i < requests.length; i++) {
      if (finished[i]) continue;
      const since = Number.isNaN(lastReport[i]!) ? (waiting === -1 ? lastEvent : Number.NaN) : lastReport[i]!;
      if (Number.isNaN(lastReport[i]!) && waiting === -1) waiting = i;
      if (Number.isNaN(since)) continue;
      const silent = (now - since) / 1000;
      if (silent >= SILENCE_NOTICE_SECONDS && !noticed[i]) {
        noticed[i] = 1;
        options.onSilence?.(i, SILENCE_NOTICE_SECONDS);
      }
      if (silent >= limit(i)) {
        stop!(new ReplicationStalledError(i, requests[i]!.replication, requests[i]!.seed, limit(i)));
        void pool.terminate();
        return;
      }
    }
  };
  const jobs = requests.map(async (req, i) => {
    const outcome = await pool.run(req, (p) => {
      if (share[i] >= 1) return; // progress can arrive after the result
      lastReport[i] = lastEvent = performance.now();
      share[i] = p.days > 0 ? Math.min(p.day / p.days, 0.999) : 0;
      events[i] = p.events;
      report();
    });
    finished[i] = 1;
    lastEvent = performance.now();
    if (!outcome.ok) {
      const error = new ReplicationFailedError(i, outcome.replication, outcome.seed, outcome.error);
      stop!(error);
      void pool.terminate();
      throw error;
    }
    share[i] = 1;
    events[i] = outcome.result.events;
    done++;
    report();
    return outcome.result;
  });
  try {
    return await Promise.race([Promise.all(jobs), stopped]);
  } catch (error) {
    if (error instanceof PoolTerminatedError) throw signal?.reason ?? error;
    throw error;
  } finally {
    if (watchdog) clearInterval(watchdog);
    signal?.removeEventListener('abort', onAbort);
    for (const j of jobs) j.catch(() => {});
    await pool.close();
  }
}
