/**
 * Runs a comparison: every replication of every scenario, interleaved (replication 0 of each
 * scenario first, so every scenario has a picture early), through a worker pool. Finished
 * replications are cached by scenario, seed, replication and horizon, so re-running after a
 * lever change only computes the scenarios that changed. Replication 0 streams partial
 * results as its simulated days advance.
 */
import type { ReplicationResult } from '../../sim/model/result.ts';
import { SERIES_IDS, type SeriesId } from '../../sim/model/series.ts';
import type { Progress, RunFailure, RunOutcome, RunRequest } from '../../workers/protocol.ts';

/** What the controller needs of a pool (the browser pool, or a stand-in in tests). */
export interface PoolLike {
  run(req: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome | null>;
  cancel(): void;
}

/** One scenario to run. */
export interface PlannedScenario {
  /** Key of the scenario within the comparison. */
  readonly key: string;
  /** Scenario input (CLI file format), validated before planning. */
  readonly input: unknown;
  /** Canonical text of `input`, for the cache. */
  readonly inputKey: string;
  /** Horizon in days (after any override). */
  readonly days: number;
}

/** A whole run. */
export interface RunPlan {
  readonly scenarios: readonly PlannedScenario[];
  readonly seed: number;
  readonly reps: number;
  /** Horizon override sent to the worker, or undefined for the scenarios' own. */
  readonly daysOverride?: number;
}

/** Where one scenario's run stands. */
export interface ScenarioRunState {
  /** Identity of the results: scenario input, seed and horizon (replications with equal tags are interchangeable). */
  readonly tag: string;
  /** Finished replications, in completion order. */
  readonly results: ReplicationResult[];
  /** Replication 0 cut at its current day, while no replication has finished. */
  partial: ReplicationResult | null;
  readonly failures: RunFailure[];
  /** Replications still to finish. */
  remaining: number;
}

/** Overall status. */
export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** Notified after every change (throttle rendering on the listener's side). */
export interface RunListener {
  onChange(controller: RunController): void;
}

/** A replication cut at `day` days (used for partial pictures). */
export function truncateResult(result: ReplicationResult, day: number): ReplicationResult {
  const days = Math.max(0, Math.min(day, result.days));
  const daily = {} as Record<SeriesId, Float64Array>;
  for (const id of SERIES_IDS) daily[id] = result.daily[id].subarray(0, days);
  return { ...result, days, daily };
}

/** Most cached replications kept (about 70 kB each for a year). */
const CACHE_LIMIT = 600;

export class RunController {
  status: RunStatus = 'idle';
  readonly scenarios = new Map<string, ScenarioRunState>();
  private plan: RunPlan | null = null;
  private generation = 0;
  private readonly cache = new Map<string, ReplicationResult>();
  /** Progress of running replications: key → fraction of days done. */
  private readonly running = new Map<string, number>();
  private total = 0;
  private finished = 0;
  /** When the pool last reported anything for the current run (a start, progress or a result), by `clock`. */
  private lastActivity = 0;

  constructor(
    private readonly pool: PoolLike,
    private readonly listener: RunListener,
    /** Milliseconds, for {@link silentFor} (tests pass their own). */
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /**
   * How long, in ms, a running run has gone without any report from the workers (0 when not
   * running). Replication 0 reports every simulated day, so a long silence means a worker
   * stopped answering without an error; the page then says so and offers Cancel.
   */
  silentFor(): number {
    return this.status === 'running' ? Math.max(0, this.clock() - this.lastActivity) : 0;
  }

  /** The plan of the current or last run. */
  get currentPlan(): RunPlan | null {
    return this.plan;
  }

  /** Fraction of the run done, counting running replications by their simulated days. */
  get fraction(): number {
    if (this.total === 0) return this.status === 'idle' ? 0 : 1;
    let partial = 0;
    for (const f of this.running.values()) partial += f;
    return Math.min(1, (this.finished + partial) / this.total);
  }

  /** Replications finished and in all. */
  get counts(): { finished: number; total: number } {
    return { finished: this.finished, total: this.total };
  }

  private tag(s: PlannedScenario, plan: RunPlan): string {
    return `${s.inputKey}|${plan.seed}|${plan.daysOverride ?? ''}`;
  }

  private cacheKey(s: PlannedScenario, plan: RunPlan, replication: number): string {
    return `${this.tag(s, plan)}|${replication}`;
  }

  /** Starts a run, stopping any run in progress first. */
  start(plan: RunPlan): void {
    if (this.status === 'running') this.pool.cancel();
    const generation = ++this.generation;
    this.plan = plan;
    this.scenarios.clear();
    this.running.clear();
    this.total = plan.scenarios.length * plan.reps;
    this.finished = 0;
    this.status = 'running';
    this.lastActivity = this.clock();
    const jobs: { s: PlannedScenario; replication: number }[] = [];
    for (const s of plan.scenarios) this.scenarios.set(s.key, { tag: this.tag(s, plan), results: [], partial: null, failures: [], remaining: plan.reps });
    for (let replication = 0; replication < plan.reps; replication++) {
      for (const s of plan.scenarios) {
        const cached = this.cache.get(this.cacheKey(s, plan, replication));
        if (cached) this.accept(s.key, cached);
        else jobs.push({ s, replication });
      }
    }
    for (const { s, replication } of jobs) void this.launch(generation, plan, s, replication);
    this.settle();
    this.listener.onChange(this);
  }

  /** Stops the run; finished replications stay shown. */
  cancel(): void {
    if (this.status !== 'running') return;
    this.generation++;
    this.pool.cancel();
    this.running.clear();
    for (const st of this.scenarios.values()) st.partial = null;
    this.status = 'cancelled';
    this.listener.onChange(this);
  }

  private async launch(generation: number, plan: RunPlan, s: PlannedScenario, replication: number): Promise<void> {
    const id = `${s.key}:${replication}`;
    // Replication 0 reports its state every simulated day, so the first picture comes after one day.
    const partialEvery = replication === 0 ? 1 : undefined;
    const req: RunRequest = { scenario: s.input, seed: plan.seed, replication, days: plan.daysOverride, partialEveryDays: partialEvery };
    const onProgress = (p: Progress) => {
      if (generation !== this.generation || !this.running.has(id)) return; // late progress after the result is advisory only
      this.lastActivity = this.clock();
      this.running.set(id, p.days > 0 ? p.day / p.days : 0);
      const st = this.scenarios.get(s.key);
      if (p.partial && st && st.results.length === 0) st.partial = truncateResult(p.partial, p.day);
      this.listener.onChange(this);
    };
    this.running.set(id, 0);
    const outcome = await this.pool.run(req, onProgress);
    if (generation !== this.generation || outcome === null) return;
    this.lastActivity = this.clock();
    this.running.delete(id);
    const st = this.scenarios.get(s.key)!;
    if (outcome.ok) {
      this.remember(this.cacheKey(s, plan, replication), outcome.result);
      this.accept(s.key, outcome.result);
    } else {
      st.failures.push({ error: outcome.error, replication: outcome.replication, seed: outcome.seed });
      st.remaining--;
      this.finished++;
    }
    this.settle();
    this.listener.onChange(this);
  }

  private accept(key: string, result: ReplicationResult): void {
    const st = this.scenarios.get(key)!;
    st.results.push(result);
    st.partial = null;
    st.remaining--;
    this.finished++;
  }

  private remember(key: string, result: ReplicationResult): void {
    this.cache.delete(key);
    this.cache.set(key, result);
    while (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
  }

  private settle(): void {
    if (this.status !== 'running' || this.finished < this.total) return;
    const failed = [...this.scenarios.values()].some((s) => s.failures.length > 0);
    this.status = failed ? 'failed' : 'done';
  }
}
