/**
 * A pool of simulation Web Workers behind comlink. Each request is one replication; requests
 * go to the first idle worker. Cancelling terminates every worker (a replication is a tight
 * loop that only termination stops) and the pool starts fresh workers for the next run.
 */
import * as Comlink from 'comlink';
import type { Progress, RunOutcome, RunRequest, SimWorkerApi } from '../../workers/protocol.ts';

interface Task {
  readonly req: RunRequest;
  readonly onProgress?: (p: Progress) => void;
  readonly resolve: (o: RunOutcome | null) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly api: Comlink.Remote<SimWorkerApi>;
  task?: Task;
}

/** Creates the simulation worker (bundled by Vite as a module worker). */
export function createSimWorker(): Worker {
  return new Worker(new URL('../../workers/browser.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
}

/** Workers to use: one per core beyond the page's own, 1 to 4. */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(4, cores - 1));
}

export class BrowserPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];

  constructor(
    readonly size: number = defaultPoolSize(),
    private readonly create: () => Worker = createSimWorker,
  ) {}

  /**
   * Starts the workers now, before any request: loading a worker (fetching, compiling and
   * initialising the model) then overlaps with the page's own start instead of delaying the
   * first run.
   */
  warm(): void {
    while (this.slots.size < this.size) this.spawn();
  }

  /** Runs one replication; resolves with null if the pool is cancelled first. */
  run(req: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome | null> {
    return new Promise((resolve) => {
      this.queue.push({ req, onProgress, resolve });
      this.pump();
    });
  }

  /** Stops all workers at once; running and queued requests resolve with null. */
  cancel(): void {
    const queued = this.queue.splice(0);
    const slots = [...this.slots];
    this.slots.clear();
    for (const s of slots) {
      s.worker.terminate();
      s.task?.resolve(null);
    }
    for (const t of queued) t.resolve(null);
  }

  /** Requests queued or running. */
  get pending(): number {
    return this.queue.length + [...this.slots].filter((s) => s.task).length;
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = [...this.slots].find((s) => !s.task);
      if (!slot && this.slots.size < this.size) slot = this.spawn();
      if (!slot) return;
      this.execute(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = this.create();
    const slot: Slot = { worker, api: Comlink.wrap<SimWorkerApi>(worker) };
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (!this.slots.delete(slot)) return;
      const task = slot.task;
      slot.task = undefined;
      worker.terminate();
      task?.resolve({ ok: false, error: `the simulation worker stopped: ${event.message || 'failed to load'}`, replication: task.req.replication, seed: task.req.seed });
      this.pump();
    });
    this.slots.add(slot);
    return slot;
  }

  private execute(slot: Slot, task: Task): void {
    slot.task = task;
    const progress = task.onProgress ? Comlink.proxy(task.onProgress) : undefined;
    slot.api
      .runReplication(task.req, progress)
      .then(
        (outcome) => outcome,
        (error: unknown): RunOutcome => ({ ok: false, error: error instanceof Error ? error.message : String(error), replication: task.req.replication, seed: task.req.seed }),
      )
      .then((outcome) => {
        if (slot.task !== task) return; // cancelled meanwhile
        slot.task = undefined;
        task.resolve(outcome);
        this.pump();
      });
  }
}
