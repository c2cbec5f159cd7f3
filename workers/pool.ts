/**
 * The worker pool of both hosts: simulation workers behind comlink, each running the API of
 * `api.ts`. Requests queue and go to the first idle worker; each promise resolves with that
 * request's outcome, so a caller that keeps its own promise order gets results in request
 * order whatever the number of workers. Workers start on demand (or all at once with
 * {@link WorkerPool.warm}) and are replaced after a crash or a stop.
 *
 * A request given an `AbortSignal` can be withdrawn on its own: queued, it is dropped; running,
 * its worker is asked to stop at its next return to the event loop (a few milliseconds) and
 * stays loaded for the next request; a worker that does not answer within
 * {@link CANCEL_GRACE_MS} is terminated and replaced. The host supplies only the transport:
 * how to start one worker (`browserPool.ts`: Web Workers; `node/nodePool.ts`: worker threads).
 */
import * as Comlink from 'comlink';
import type { Progress, RunOutcome, RunRequest, SimWorkerApi } from './protocol.ts';

/** One started worker, as the pool sees it. */
export interface PoolWorker {
  readonly api: Comlink.Remote<SimWorkerApi>;
  /** Stops the worker now. */
  terminate(): void | Promise<void>;
}

/** How a host starts a worker; `onExit` is called (at most once) if it crashes, fails to load or exits. */
export type SpawnWorker = (onExit: (why: string) => void) => PoolWorker;

/** Told when a request is withdrawn and when its worker has stopped it (for measurements). */
export interface PoolObserver {
  withdrawn(job: number): void;
  /** `answered`: the worker ended the job itself and stays loaded; `terminated`: it did not answer in time. */
  stopped(job: number, how: 'answered' | 'terminated'): void;
}

/**
 * How long a worker asked to cancel a job may take to answer before it is terminated, in ms.
 * A cooperating worker sees the cancel within a slice of about 10 ms of computing (see
 * workers/api.ts), but on a 2-core machine that also runs the other worker and the page, its
 * answer can take a few hundred ms of wall-clock time to be handled here (once over 250 ms in
 * CI, with the answer on its way). Terminating costs a new worker and its module load, about a
 * second, so a worker that does answer is waited for that long; one stuck in a long task is
 * still replaced.
 */
export const CANCEL_GRACE_MS = 1000;

interface Task {
  readonly job: number;
  readonly req: RunRequest;
  readonly onProgress?: (p: Progress) => void;
  readonly resolve: (o: RunOutcome | null) => void;
  readonly reject: (e: unknown) => void;
  /** True once the task's promise has settled (a withdrawn task settles before its worker answers). */
  settled: boolean;
  readonly signal?: AbortSignal;
  onAbort?: () => void;
}

interface Slot {
  readonly worker: PoolWorker;
  task?: Task;
  /** Set while a cancelled job is winding down: the worker is busy until it answers. */
  cancelTimer?: ReturnType<typeof setTimeout>;
}

function settle(task: Task, outcome: RunOutcome | null): void {
  if (task.settled) return;
  task.settled = true;
  if (task.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
  task.resolve(outcome);
}

function failure(task: Task, error: string): RunOutcome {
  return { ok: false, error, replication: task.req.replication, seed: task.req.seed };
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private jobs = 0;
  /** Workers that may run at once for now (at most `size`; see {@link limit}). */
  private active: number;

  /**
   * @param size most workers at once
   * @param spawn starts one worker
   * @param crashPrefix start of the failure message of a request whose worker died
   */
  constructor(
    readonly size: number,
    private readonly spawn: SpawnWorker,
    private readonly crashPrefix = 'the simulation worker stopped',
    private readonly observer?: PoolObserver,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`invalid pool size: ${size} (expected a positive integer)`);
    this.active = size;
  }

  /** Starts workers now (all of them, or the first `count`), so loading them overlaps with other start-up work. */
  warm(count = this.size): void {
    while (this.slots.size < Math.min(count, this.size)) this.start();
  }

  /**
   * Runs at most `count` workers until the limit is lifted (`limit()` with no count; the others
   * then start as work needs them): a page that starts with one worker keeps the cores for its
   * first picture, and starts the rest afterwards.
   */
  limit(count?: number): void {
    this.active = count === undefined ? this.size : Math.max(1, Math.min(this.size, Math.floor(count)));
    this.pump();
  }

  /** Workers started and not stopped. */
  get workers(): number {
    return this.slots.size;
  }

  /** Requests queued or running (withdrawn ones excluded). */
  get pending(): number {
    return this.queue.length + [...this.slots].filter((s) => s.task && !s.task.settled).length;
  }

  /**
   * Runs one replication on the next idle worker. Resolves with its outcome, or with null if
   * `signal` aborts first; rejects only when the pool is stopped with a reason ({@link stop}).
   */
  run(req: RunRequest, onProgress?: (p: Progress) => void, signal?: AbortSignal): Promise<RunOutcome | null> {
    if (signal?.aborted) return Promise.resolve(null);
    return new Promise<RunOutcome | null>((resolve, reject) => {
      const task: Task = { job: ++this.jobs, req, onProgress, resolve, reject, settled: false, signal };
      if (signal) {
        task.onAbort = () => this.withdraw(task);
        signal.addEventListener('abort', task.onAbort, { once: true });
      }
      this.queue.push(task);
      this.pump();
    });
  }

  /**
   * Terminates every worker now (a running replication cannot be interrupted faster), settling
   * running and queued requests: rejected with `reason` if given, else resolved with null. The
   * pool stays usable: later requests start fresh workers.
   */
  async stop(reason?: unknown): Promise<void> {
    const queued = this.queue.splice(0);
    const slots = [...this.slots];
    this.slots.clear();
    const end = (t: Task) => {
      if (t.settled) return;
      if (reason === undefined) return settle(t, null);
      t.settled = true;
      if (t.onAbort) t.signal?.removeEventListener('abort', t.onAbort);
      t.reject(reason);
    };
    for (const t of queued) end(t);
    for (const s of slots) {
      if (s.cancelTimer) clearTimeout(s.cancelTimer);
      if (s.task) end(s.task);
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private withdraw(task: Task): void {
    if (task.settled) return;
    settle(task, null);
    const i = this.queue.indexOf(task);
    if (i >= 0) {
      this.queue.splice(i, 1);
      return;
    }
    const slot = [...this.slots].find((s) => s.task === task);
    if (!slot) return;
    this.observer?.withdrawn(task.job);
    void slot.worker.api.cancel(task.job);
    slot.cancelTimer = setTimeout(() => {
      if (slot.task !== task) return;
      this.observer?.stopped(task.job, 'terminated');
      this.retire(slot);
      this.start();
      this.pump();
    }, CANCEL_GRACE_MS);
  }

  /** Removes and terminates a worker (its task, if any, must already be settled or failed). */
  private retire(slot: Slot): void {
    if (!this.slots.delete(slot)) return;
    if (slot.cancelTimer) clearTimeout(slot.cancelTimer);
    slot.task = undefined;
    void slot.worker.terminate();
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const busy = [...this.slots].filter((s) => s.task).length;
      if (busy >= this.active) return;
      let slot = [...this.slots].find((s) => !s.task);
      if (!slot && this.slots.size < this.active) slot = this.start();
      if (!slot) return;
      this.execute(slot, this.queue.shift()!);
    }
  }

  private start(): Slot {
    let slot: Slot | undefined;
    const worker = this.spawn((why) => {
      if (!slot || !this.slots.has(slot)) return;
      const task = slot.task;
      this.retire(slot);
      if (task) settle(task, failure(task, `${this.crashPrefix}: ${why}`));
      this.pump();
    });
    slot = { worker };
    this.slots.add(slot);
    return slot;
  }

  private execute(slot: Slot, task: Task): void {
    slot.task = task;
    const progress = task.onProgress ? Comlink.proxy((p: Progress) => !task.settled && task.onProgress!(p)) : undefined;
    slot.worker.api.runReplication(task.req, progress, task.job).then(
      (outcome) => this.finish(slot, task, outcome),
      (error: unknown) => this.finish(slot, task, failure(task, error instanceof Error ? error.message : String(error))),
    );
  }

  private finish(slot: Slot, task: Task, outcome: RunOutcome): void {
    if (slot.task !== task) return; // settled already by a crash or a stop
    if (slot.cancelTimer) this.observer?.stopped(task.job, 'answered');
    if (slot.cancelTimer) clearTimeout(slot.cancelTimer);
    slot.cancelTimer = undefined;
    slot.task = undefined;
    settle(task, outcome);
    this.pump();
  }
}
