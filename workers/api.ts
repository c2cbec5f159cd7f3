/**
 * The simulation worker's API: the one code path that runs a replication for both the
 * browser (Web Worker) and the CLI (Node worker thread); tests call it in process. It
 * validates the scenario, creates the replication, advances it day by day, reports progress
 * between days and returns to the event loop every few milliseconds, where a cancel for the
 * job ends it. Failures come back as a {@link RunFailure} naming the replication and seed, so
 * the replication can be reproduced alone; nothing is thrown across the worker boundary.
 */
import * as Comlink from 'comlink';
import { createReplication, presets, validateScenario } from '../sim/model/index.ts';
import type { ReplicationResult } from '../sim/model/result.ts';
import type { Progress, RunOutcome, RunRequest, SimWorkerApi } from './protocol.ts';

/** The part of the model the worker uses (the real model, or a stand-in in tests); `validateScenario` resolves preset bases itself. */
export interface WorkerModel {
  validateScenario(input: unknown): { ok: true; scenario: unknown } | { ok: false; errors: readonly { path: unknown; message: string }[] };
  createReplication(
    scenario: never,
    opts: { seed: number; replication: number; days?: number },
  ): { advance(toDay: number): void; readonly day: number; readonly events?: number; snapshot(): ReplicationResult };
}

/** Buffers of a result's typed arrays, each once, for `Comlink.transfer` (a transfer list must not repeat a buffer). */
function buffersOf(result: ReplicationResult): ArrayBuffer[] {
  const set = new Set<ArrayBuffer>();
  for (const a of Object.values(result.daily) as Float64Array[]) set.add(a.buffer as ArrayBuffer);
  set.add(result.custodyHistogram.counts.buffer as ArrayBuffer);
  return [...set];
}

/** Calls a progress callback without waiting for it; a remote callback's delivery errors are ignored (progress is advisory). */
function notify(onProgress: ((p: Progress) => void) | undefined, p: Progress): void {
  if (!onProgress) return;
  const r = onProgress(p) as unknown;
  if (r instanceof Promise) r.catch(() => {});
}

/** Closes the channel of a comlink callback proxy, so the host's port does not keep its process alive. */
function release(onProgress: unknown): void {
  const fn = typeof onProgress === 'function' ? (onProgress as unknown as Record<symbol, unknown>)[Comlink.releaseProxy] : undefined;
  if (typeof fn === 'function') (fn as () => void)();
}

/**
 * Longest stretch of simulation, in ms, between two returns to the event loop: a cancel is
 * seen at the next return, so a stale job stops within this time of computing (and a browser,
 * which stops a worker busy in one long task only after about 2 s, can terminate it at once).
 * A return costs well under a tenth of a millisecond.
 */
const YIELD_EVERY_MS = 10;

/** Slices a simulated day is run in, so that a day longer than {@link YIELD_EVERY_MS} still returns to the event loop. */
const SLICES_PER_DAY = 8;

/** Returns to the event loop, without a timer's 1-4 ms minimum delay where the host allows. */
function yieldToEventLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  if (immediate) return new Promise((resolve) => void immediate(resolve));
  return new Promise((resolve) => {
    // A browser's MessageChannel (Node, which has setImmediate, types its ports differently).
    const { port1, port2 } = new MessageChannel() as unknown as { port1: { onmessage: (() => void) | null; close(): void }; port2: { postMessage(message: null): void } };
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const realModel = {
  validateScenario: (input: unknown) => validateScenario(input, presets),
  createReplication,
} as unknown as WorkerModel;

/**
 * Builds the worker API over a model.
 *
 * @param model the model functions (defaults to the real model of `sim/model`).
 */
export function createSimWorkerApi(model: WorkerModel = realModel): SimWorkerApi {
  /** Jobs running now, and those of them asked to stop. */
  const running = new Set<number>();
  const stopping = new Set<number>();
  return {
    cancel(job: number): void {
      if (running.has(job)) stopping.add(job);
    },
    async runReplication(req: RunRequest, onProgress?: (p: Progress) => void, job?: number): Promise<RunOutcome> {
      const { seed, replication } = req;
      if (job !== undefined) running.add(job);
      try {
        const checked = model.validateScenario(req.scenario);
        if (!checked.ok) {
          const detail = checked.errors.map((e) => (String(e.message).startsWith(`${String(e.path)}:`) ? e.message : `${String(e.path)}: ${e.message}`)).join('; ');
          return { ok: false, error: `invalid scenario: ${detail}`, replication, seed };
        }
        const rep = model.createReplication(checked.scenario as never, { seed, replication, days: req.days });
        const days = req.days ?? (checked.scenario as { days: number }).days;
        const every = req.partialEveryDays;
        const everyMs = req.partialEveryMs;
        const progressMs = req.progressEveryMs;
        let lastYield = performance.now();
        let lastPartial = Number.NEGATIVE_INFINITY;
        let lastReport = Number.NEGATIVE_INFINITY;
        /** Returns to the event loop once computing has run YIELD_EVERY_MS; true when the job was then asked to stop. */
        const stopAsked = async (): Promise<boolean> => {
          if (performance.now() - lastYield < YIELD_EVERY_MS) return false;
          await yieldToEventLoop();
          lastYield = performance.now();
          return job !== undefined && stopping.has(job);
        };
        const cancelled = { ok: false, cancelled: true, error: 'cancelled', replication, seed } as const;
        const firstDay = rep.day + 1;
        for (let day = firstDay; day <= days; day++) {
          // A crowded day can take longer to simulate than a cancel may wait: slices of a day
          // (exact, see createReplication) let the loop look for one within it.
          for (let k = 1; k < SLICES_PER_DAY; k++) {
            rep.advance(day - 1 + k / SLICES_PER_DAY);
            if (await stopAsked()) return cancelled;
          }
          rep.advance(day);
          if (onProgress) {
            // A snapshot costs a few milliseconds and leaves the run unchanged (tested); it
            // gives the event count when the replication does not expose one.
            const byDays = every !== undefined && day % every === 0;
            const byTime = everyMs !== undefined && performance.now() - lastPartial >= everyMs;
            const partial = (byDays || byTime) && day < days ? rep.snapshot() : undefined;
            const now = performance.now();
            if (partial) lastPartial = now;
            if (partial || progressMs === undefined || day === firstDay || day === days || now - lastReport >= progressMs) {
              lastReport = now;
              const events = typeof rep.events === 'number' ? rep.events : (partial ?? rep.snapshot()).events;
              notify(onProgress, partial ? { replication, day, days, events, partial } : { replication, day, days, events });
            }
          }
          if (await stopAsked()) return cancelled;
        }
        const result = rep.snapshot();
        return Comlink.transfer({ ok: true, result }, buffersOf(result));
      } catch (error) {
        return { ok: false, error: describe(error), replication, seed };
      } finally {
        if (job !== undefined) {
          running.delete(job);
          stopping.delete(job);
        }
        release(onProgress);
      }
    },
  };
}

/** The worker API over the real model: what `node.worker.ts` and the browser worker expose. */
export const simWorkerApi: SimWorkerApi = createSimWorkerApi();
