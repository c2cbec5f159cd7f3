/**
 * The worker pool in the browser: the shared {@link WorkerPool} over module Web Workers that
 * run `browser.worker.ts` (bundled by Vite). {@link BrowserPool.cancel} stops everything by
 * terminating the workers; a single request is withdrawn with its `AbortSignal`, which keeps
 * the worker loaded.
 */
import * as Comlink from 'comlink';
import type { Progress, RunOutcome, RunRequest, SimWorkerApi } from './protocol.ts';
import { WorkerPool, type PoolObserver, type SpawnWorker } from './pool.ts';
import { STOPPED_MARK, TERMINATED_MARK, WITHDRAWN_MARK } from './poolMarks.ts';

const marks: PoolObserver = {
  withdrawn: (job) => void performance.mark(WITHDRAWN_MARK, { detail: job }),
  stopped: (job, how) => void performance.mark(how === 'answered' ? STOPPED_MARK : TERMINATED_MARK, { detail: job }),
};

/** Creates the simulation worker (bundled by Vite as a module worker). */
export function createSimWorker(): Worker {
  return new Worker(new URL('./browser.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
}

/** Most workers the page starts, however many cores the machine reports (each holds a model). */
const MAX_WORKERS = 16;

/** Workers to use: one per logical core the browser reports (`navigator.hardwareConcurrency`). */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(MAX_WORKERS, cores));
}

function webWorkerSpawner(create: () => Worker): SpawnWorker {
  return (onExit) => {
    const worker = create();
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      onExit(event.message || 'failed to load');
    });
    return { api: Comlink.wrap<SimWorkerApi>(worker), terminate: () => worker.terminate() };
  };
}

export class BrowserPool {
  private readonly pool: WorkerPool;

  constructor(
    readonly size: number = defaultPoolSize(),
    create: () => Worker = createSimWorker,
  ) {
    this.pool = new WorkerPool(size, webWorkerSpawner(create), undefined, marks);
  }

  /**
   * Starts the workers now, before any request: loading a worker (fetching, compiling and
   * initialising the model) then overlaps with the page's own start instead of delaying the
   * first run.
   */
  warm(count?: number): void {
    this.pool.warm(count);
  }

  /** Runs at most `count` workers until called without a count (see the shared pool's `limit`). */
  limit(count?: number): void {
    this.pool.limit(count);
  }

  /** Runs one replication; resolves with null if it is withdrawn (`signal`) or the pool is cancelled first. */
  run(req: RunRequest, onProgress?: (p: Progress) => void, signal?: AbortSignal): Promise<RunOutcome | null> {
    return this.pool.run(req, onProgress, signal);
  }

  /** Stops all workers at once; running and queued requests resolve with null. */
  cancel(): void {
    void this.pool.stop();
  }

  /** Requests queued or running. */
  get pending(): number {
    return this.pool.pending;
  }
}
