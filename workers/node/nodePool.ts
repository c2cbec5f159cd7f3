/**
 * A small pool of Node worker threads, each running the simulation worker API
 * (`node.worker.ts`) behind comlink: the same protocol the browser uses. Requests queue
 * and go to the first idle worker; each promise resolves with that request's outcome, so
 * a caller that keeps its own promise order gets results in request order whatever the
 * number of workers. Workers start on demand (through the tsx bootstrap) and are replaced
 * after a crash or a {@link NodePool.terminate}.
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Progress, RunOutcome, RunRequest, SimWorkerApi } from '../protocol.ts';

/** Rejection reason of the requests pending or running when the pool was terminated. */
export class PoolTerminatedError extends Error {
  constructor() {
    super('the worker pool was terminated');
    this.name = 'PoolTerminatedError';
  }
}

interface Task {
  readonly req: RunRequest;
  readonly onProgress?: (p: Progress) => void;
  readonly resolve: (o: RunOutcome) => void;
  readonly reject: (e: unknown) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly api: Comlink.Remote<SimWorkerApi>;
  task?: Task;
}

const bootstrap = new URL('../../bin/ts-worker.mjs', import.meta.url);

/** The worker module every pool runs unless told otherwise: the simulation worker API over the real model. */
export const DEFAULT_WORKER_ENTRY = new URL('./node.worker.ts', import.meta.url).href;

/** Options of a {@link NodePool}. */
export interface NodePoolOptions {
  /**
   * File URL of the worker module (TypeScript or JavaScript) that exposes a SimWorkerApi
   * over its parent port (default {@link DEFAULT_WORKER_ENTRY}); tests use it to inject
   * faults into the real API.
   */
  readonly entry?: string;
}

/** Default pool size: one worker per core the process may use. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

export class NodePool {
  /** Maximum number of worker threads. */
  readonly size: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private readonly entry: string;

  /** @param size number of worker threads (default: {@link defaultWorkerCount}). */
  constructor(size: number = defaultWorkerCount(), options: NodePoolOptions = {}) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`invalid pool size: ${size} (expected a positive integer)`);
    this.size = size;
    this.entry = options.entry ?? DEFAULT_WORKER_ENTRY;
  }

  /** Runs one replication on the next idle worker. Rejects only with {@link PoolTerminatedError}. */
  run(req: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome> {
    return new Promise<RunOutcome>((resolve, reject) => {
      this.queue.push({ req, onProgress, resolve, reject });
      this.pump();
    });
  }

  /**
   * Stops every worker now (a running replication cannot be interrupted any other way),
   * rejecting running and queued requests with {@link PoolTerminatedError}. The pool stays
   * usable: later requests start fresh workers.
   */
  async terminate(): Promise<void> {
    const queued = this.queue.splice(0);
    const slots = [...this.slots];
    this.slots.clear();
    for (const t of queued) t.reject(new PoolTerminatedError());
    for (const s of slots) s.task?.reject(new PoolTerminatedError());
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Stops the workers once nothing is running; the same as {@link terminate} on an idle pool. */
  close(): Promise<void> {
    return this.terminate();
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => !s.task);
      if (!slot && this.slots.size < this.size) slot = this.spawn();
      if (!slot) return;
      this.execute(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(bootstrap, { workerData: { entry: this.entry } });
    const slot: Slot = { worker, api: Comlink.wrap<SimWorkerApi>(nodeEndpoint(worker)) };
    const fail = (why: string) => {
      if (!this.slots.delete(slot)) return;
      const task = slot.task;
      slot.task = undefined;
      if (task) task.resolve({ ok: false, error: `worker stopped: ${why}`, replication: task.req.replication, seed: task.req.seed });
      void worker.terminate();
      this.pump();
    };
    worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.slots.add(slot);
    return slot;
  }

  private execute(slot: Slot, task: Task): void {
    slot.task = task;
    const callback = task.onProgress ? Comlink.proxy(task.onProgress) : undefined;
    slot.api.runReplication(task.req, callback).then(
      (outcome) => {
        if (slot.task !== task) return; // already settled by a crash or a terminate
        slot.task = undefined;
        task.resolve(outcome);
        this.pump();
      },
      (error: unknown) => {
        if (slot.task !== task) return;
        slot.task = undefined;
        const message = error instanceof Error ? error.message : String(error);
        task.resolve({ ok: false, error: message, replication: task.req.replication, seed: task.req.seed });
        this.pump();
      },
    );
  }
}
