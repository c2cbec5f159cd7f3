/**
 * Runs a comparison: every replication of every scenario, interleaved (replication 0 of each
 * scenario first, so every scenario has a picture early), through a worker pool. Finished
 * replications are cached by scenario, seed, replication and horizon, so re-running after a
 * lever change only computes the scenarios that changed.
 *
 * A new plan replaces the old one at once: work no scenario needs any more is withdrawn
 * (its worker stops within milliseconds and takes the next job), running work the new plan
 * still needs goes on, and a job that is ahead in the new order (replication 0 of the changed
 * scenario) takes the place of a barely started one behind it. Replication 0 streams partial
 * results as its simulated days advance.
 */
import type { ReplicationResult } from '../../sim/model/result.ts';
import { SERIES_IDS, type SeriesId } from '../../sim/model/series.ts';
import type { Progress, RunFailure, RunOutcome, RunRequest } from '../../workers/protocol.ts';

/** What the controller needs of a pool (the browser pool, or a stand-in in tests). */
export interface PoolLike {
  /** Workers that run at once. */
  readonly size: number;
  run(req: RunRequest, onProgress?: (p: Progress) => void, signal?: AbortSignal): Promise<RunOutcome | null>;
  /** Stops everything at once. */
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
  /** People expected to arrive in one replication over `days` (for time estimates). */
  readonly arrivals: number;
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

/** Computing time between two partial pictures of a replication 0, in ms. */
export const PARTIAL_EVERY_MS = 300;

/** Computing time between two progress reports of a replication (the bar needs a few a second; a report per simulated day was hundreds). */
export const PROGRESS_EVERY_MS = 100;

/** A job is not displaced by one ahead of it once it is this far through its days. */
const PREEMPT_BEFORE = 0.5;

/**
 * Computing time per arriving person assumed before any replication has been timed, in ms:
 * 300,000 people a second per worker, the model's speed target (README, benchmarks; it
 * measures 480,000 on a quiet core). The first timed replication replaces it.
 */
const DEFAULT_MS_PER_ARRIVAL = 1 / 300;

/** Fewest arriving people a replication must simulate for its time to calibrate estimates. */
const MIN_TIMED_ARRIVALS = 200_000;

interface Job {
  readonly key: string;
  readonly tag: string;
  readonly replication: number;
  readonly scenario: PlannedScenario;
  /** Place in the plan's order (smaller runs first). */
  order: number;
  readonly abort: AbortController;
  /** Set by the first progress report: the job holds a worker. */
  startedAt: number | null;
  fraction: number;
  /** The last partial picture of a replication 0. */
  partial: ReplicationResult | null;
}

export class RunController {
  status: RunStatus = 'idle';
  readonly scenarios = new Map<string, ScenarioRunState>();
  private plan: RunPlan | null = null;
  private readonly cache = new Map<string, ReplicationResult>();
  private readonly jobs = new Map<string, Job>();
  private total = 0;
  private finished = 0;
  /** When the pool last reported anything for the current run (a start, progress or a result), by `clock`. */
  private lastActivity = 0;
  /** Measured computing time per arriving person and worker, in ms (a running mean). */
  private msPerArrival = DEFAULT_MS_PER_ARRIVAL;
  private timed = 0;

  constructor(
    private readonly pool: PoolLike,
    private readonly listener: RunListener,
    /** Milliseconds, for {@link silentFor} and timing (tests pass their own). */
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /**
   * How long, in ms, a running run has gone without any report from the workers (0 when not
   * running). A replication reports at the end of the first simulated day after
   * {@link PROGRESS_EVERY_MS} of computing since its last report, so a long silence means a
   * worker stopped answering without an error; the page then says so and offers Cancel.
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
    for (const j of this.jobs.values()) partial += j.fraction;
    return Math.min(1, (this.finished + partial) / this.total);
  }

  /** Replications finished and in all. */
  get counts(): { finished: number; total: number } {
    return { finished: this.finished, total: this.total };
  }

  private tag(s: PlannedScenario, plan: RunPlan): string {
    return `${s.inputKey}|${plan.seed}|${plan.daysOverride ?? ''}`;
  }

  /**
   * Estimated computing time of a plan on this pool, in ms: the replications not cached, at the
   * speed measured so far (or an assumed one), spread over the workers.
   */
  estimateMs(plan: RunPlan): number {
    let work = 0;
    let jobs = 0;
    for (let replication = 0; replication < plan.reps; replication++) {
      for (const s of plan.scenarios) {
        if (this.cache.has(`${this.tag(s, plan)}|${replication}`)) continue;
        work += s.arrivals * this.msPerArrival;
        jobs++;
      }
    }
    return jobs === 0 ? 0 : work / Math.min(this.pool.size, jobs);
  }

  /** Starts a plan, keeping whatever of the current run it still needs. */
  start(plan: RunPlan): void {
    this.plan = plan;
    this.scenarios.clear();
    this.total = plan.scenarios.length * plan.reps;
    this.finished = 0;
    this.status = 'running';
    this.lastActivity = this.clock();
    for (const s of plan.scenarios) this.scenarios.set(s.key, { tag: this.tag(s, plan), results: [], partial: null, failures: [], remaining: plan.reps });

    // The jobs of the plan in the order they should run, each once (two scenarios may be equal).
    const wanted: { key: string; tag: string; replication: number; scenario: PlannedScenario }[] = [];
    const seen = new Set<string>();
    for (let replication = 0; replication < plan.reps; replication++) {
      for (const s of plan.scenarios) {
        const tag = this.tag(s, plan);
        const key = `${tag}|${replication}`;
        const cached = this.cache.get(key);
        if (cached) this.accept(tag, cached);
        else if (!seen.has(key)) {
          seen.add(key);
          wanted.push({ key, tag, replication, scenario: s });
        }
      }
    }

    // Running work the plan still needs goes on; everything else is withdrawn, and queued work
    // is queued again in the new order.
    const order = new Map(wanted.map((w, i) => [w.key, i]));
    for (const job of [...this.jobs.values()]) {
      const at = order.get(job.key);
      if (at === undefined || job.startedAt === null) this.drop(job);
      else job.order = at;
    }
    // A job ahead in the new order takes the place of a barely started one behind it.
    const running = [...this.jobs.values()].sort((a, b) => b.order - a.order);
    const waiting = wanted.filter((w) => !this.jobs.has(w.key));
    let free = this.pool.size - running.length;
    for (const w of waiting) {
      if (free > 0) {
        free--;
        continue;
      }
      const victim = running.find((j) => this.jobs.has(j.key) && j.order > order.get(w.key)! && j.fraction < PREEMPT_BEFORE);
      if (!victim) break;
      this.drop(victim);
      waiting.push(wanted[victim.order]!);
    }
    waiting.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
    for (const w of waiting) if (!this.jobs.has(w.key)) this.launch(w, order.get(w.key)!);

    for (const job of this.jobs.values()) if (job.partial) for (const st of this.statesOf(job.tag)) if (st.results.length === 0) st.partial = job.partial;
    this.settle();
    this.listener.onChange(this);
  }

  /**
   * Replications of a plan that are neither cached nor running (what starting it would cost).
   */
  uncached(plan: RunPlan): number {
    let n = 0;
    for (let replication = 0; replication < plan.reps; replication++) {
      for (const s of plan.scenarios) {
        const key = `${this.tag(s, plan)}|${replication}`;
        if (!this.cache.has(key) && !this.jobs.has(key)) n++;
      }
    }
    return n;
  }

  /**
   * Withdraws the work of scenario `key` at once, because its inputs are changing (a lever
   * moved): the next plan would withdraw it too, but only once the new input is validated.
   * Work another scenario of the plan shares (an equal scenario) goes on.
   */
  withdrawScenario(key: string): void {
    const tag = this.scenarios.get(key)?.tag;
    if (tag === undefined || [...this.scenarios.entries()].some(([k, st]) => k !== key && st.tag === tag)) return;
    for (const job of [...this.jobs.values()]) if (job.tag === tag) this.drop(job);
  }

  /**
   * Withdraws all work, as a new plan would, without terminating the workers (they stop their
   * jobs themselves and stay loaded); finished replications stay shown.
   */
  halt(): void {
    if (this.status !== 'running') return;
    for (const job of [...this.jobs.values()]) this.drop(job);
    for (const st of this.scenarios.values()) st.partial = null;
    this.status = 'cancelled';
    this.listener.onChange(this);
  }

  /** Stops the run by terminating the workers; finished replications stay shown. */
  cancel(): void {
    if (this.status !== 'running') return;
    for (const job of [...this.jobs.values()]) this.drop(job);
    this.pool.cancel();
    for (const st of this.scenarios.values()) st.partial = null;
    this.status = 'cancelled';
    this.listener.onChange(this);
  }

  private statesOf(tag: string): ScenarioRunState[] {
    return [...this.scenarios.values()].filter((s) => s.tag === tag);
  }

  private drop(job: Job): void {
    this.jobs.delete(job.key);
    job.abort.abort();
  }

  private launch(w: { key: string; tag: string; replication: number; scenario: PlannedScenario }, order: number): void {
    const plan = this.plan!;
    const job: Job = { ...w, order, abort: new AbortController(), startedAt: null, fraction: 0, partial: null };
    this.jobs.set(job.key, job);
    // Replication 0 sends a picture after its first day, then every few hundred ms of computing.
    const req: RunRequest = { scenario: w.scenario.input, seed: plan.seed, replication: w.replication, days: plan.daysOverride, partialEveryMs: w.replication === 0 ? PARTIAL_EVERY_MS : undefined, progressEveryMs: PROGRESS_EVERY_MS };
    const onProgress = (p: Progress) => {
      if (this.jobs.get(job.key) !== job) return; // late progress after the result is advisory only
      this.lastActivity = this.clock();
      if (job.startedAt === null) job.startedAt = this.clock() - this.msPerDay(job);
      job.fraction = p.days > 0 ? p.day / p.days : 0;
      if (p.partial) {
        job.partial = truncateResult(p.partial, p.day);
        for (const st of this.statesOf(job.tag)) if (st.results.length === 0) st.partial = job.partial;
      }
      this.listener.onChange(this);
    };
    void this.pool.run(req, onProgress, job.abort.signal).then((outcome) => this.done(job, outcome));
  }

  /** Computing time of one simulated day of a job, by the speed measured so far (the first day is under way before it reports). */
  private msPerDay(job: Job): number {
    return (job.scenario.arrivals * this.msPerArrival) / Math.max(1, job.scenario.days);
  }

  private done(job: Job, outcome: RunOutcome | null): void {
    if (this.jobs.get(job.key) !== job || outcome === null) return;
    this.jobs.delete(job.key);
    this.lastActivity = this.clock();
    if (outcome.ok) {
      // Only replications with enough work to time: a short one is mostly fixed costs (a worker's
      // start, snapshots) and would make long runs look far longer than they are.
      if (job.startedAt !== null && job.scenario.arrivals >= MIN_TIMED_ARRIVALS) {
        const ms = (this.clock() - job.startedAt) / job.scenario.arrivals;
        this.timed++;
        this.msPerArrival += (ms - this.msPerArrival) / Math.min(this.timed, 8);
      }
      this.remember(job.key, outcome.result);
      this.accept(job.tag, outcome.result);
    } else {
      for (const st of this.statesOf(job.tag)) {
        st.failures.push({ error: outcome.error, replication: outcome.replication, seed: outcome.seed });
        st.remaining--;
        this.finished++;
      }
    }
    this.settle();
    this.listener.onChange(this);
  }

  private accept(tag: string, result: ReplicationResult): void {
    for (const st of this.statesOf(tag)) {
      if (st.results.some((r) => r.replication === result.replication)) continue;
      st.results.push(result);
      st.partial = null;
      st.remaining--;
      this.finished++;
    }
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
