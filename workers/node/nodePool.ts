/**
 * The worker pool on Node worker threads: the shared {@link WorkerPool} over threads that run
 * `node.worker.ts` (the same API and protocol the browser uses), started through the tsx
 * bootstrap. Requests queue and go to the first idle worker; each promise resolves with that
 * request's outcome, in request order for a caller that keeps its own promise order.
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Progress, RunOutcome, RunRequest, SimWorkerApi } from '../protocol.ts';
import { WorkerPool, type SpawnWorker } from '../pool.ts';
import { freshBundle } from '../../bin/freshBundle.mjs';

/** Rejection reason of the requests pending or running when the pool was terminated. */
export class PoolTerminatedError extends Error {
  constructor() {
    super('the worker pool was terminated');
    this.name = 'PoolTerminatedError';
  }
}

const bootstrap = new URL('../../bin/ts-worker.mjs', import.meta.url);

/** Set (to the bundled worker, relative to this file) only in the command bundled by scripts/build-cli.mjs. */
declare const BORDER_SIM_BUNDLED_WORKER: string | undefined;

let defaultEntry: string | undefined;

/**
 * The worker module every pool runs unless told otherwise: the simulation worker API over the
 * real model. In the bundled command it is the bundle's own worker; run from the sources, it is
 * that same bundled worker while build/cli/ matches the sources (see bin/freshBundle.mjs), as it
 * starts without a TypeScript loader, else `node.worker.ts` through tsx.
 */
export function defaultWorkerEntry(): string {
  if (typeof BORDER_SIM_BUNDLED_WORKER === 'string') return new URL(BORDER_SIM_BUNDLED_WORKER, import.meta.url).href;
  if (defaultEntry === undefined) {
    const bundled = freshBundle();
    defaultEntry = bundled ? new URL('node.worker.mjs', bundled).href : new URL('./node.worker.ts', import.meta.url).href;
  }
  return defaultEntry;
}

/** Options of a {@link NodePool}. */
export interface NodePoolOptions {
  /**
   * File URL of the worker module (TypeScript or JavaScript) that exposes a SimWorkerApi
   * over its parent port (default {@link defaultWorkerEntry}); tests use it to inject
   * faults into the real API.
   */
  readonly entry?: string;
}

/** Default pool size: one worker per core the process may use. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** Starts one worker thread running `entry`. */
function threadSpawner(entry: string): SpawnWorker {
  return (onExit) => {
    const worker = new Worker(bootstrap, { workerData: { entry } });
    worker.on('error', (e) => onExit(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => onExit(`exit code ${code}`));
    return { api: Comlink.wrap<SimWorkerApi>(nodeEndpoint(worker)), terminate: () => worker.terminate().then(() => {}) };
  };
}

export class NodePool {
  /** Maximum number of worker threads. */
  readonly size: number;
  private readonly pool: WorkerPool;

  /** @param size number of worker threads (default: {@link defaultWorkerCount}). */
  constructor(size: number = defaultWorkerCount(), options: NodePoolOptions = {}) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`invalid pool size: ${size} (expected a positive integer)`);
    this.size = size;
    this.pool = new WorkerPool(size, threadSpawner(options.entry ?? defaultWorkerEntry()), 'worker stopped');
  }

  /**
   * Runs one replication on the next idle worker. Rejects only with {@link PoolTerminatedError}.
   * With `signal`, the request can be withdrawn alone (then it resolves with null).
   */
  run(req: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome>;
  run(req: RunRequest, onProgress: ((p: Progress) => void) | undefined, signal: AbortSignal): Promise<RunOutcome | null>;
  run(req: RunRequest, onProgress?: (p: Progress) => void, signal?: AbortSignal): Promise<RunOutcome | null> {
    return this.pool.run(req, onProgress, signal);
  }

  /**
   * Stops every worker now (a running replication cannot be interrupted any faster),
   * rejecting running and queued requests with {@link PoolTerminatedError}. The pool stays
   * usable: later requests start fresh workers.
   */
  terminate(): Promise<void> {
    return this.pool.stop(new PoolTerminatedError());
  }

  /** Stops the workers once nothing is running; the same as {@link terminate} on an idle pool. */
  close(): Promise<void> {
    return this.terminate();
  }
}
