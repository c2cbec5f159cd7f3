/**
 * A plan: everything that fixes the numbers of a run, compare or sweep (the resolved
 * scenarios, seed, reps, days, sweep grid), and nothing that does not (workers, output
 * folder, progress). Shards, part files and the merge check plans for equality, and the
 * result folder records the plan's reproducible command line.
 */
import { loadScenario, ScenarioError, formatIssues, type LoadedScenario } from '../lib/loadScenario.ts';
import { presets, validateScenario, type Scenario } from '../sim/model/index.ts';
import { horizonProblem } from '../sim/model/schema/scenarioSchema.ts';
import { UsageError } from './errors.ts';
import type { SetOption, Shard } from './parseOptions.ts';
import { applySet, getPath } from './applySet.ts';
import { runSize, sizeProblem } from './runSize.ts';

/** What kind of command made the plan. */
export type PlanKind = 'run' | 'compare' | 'sweep';

/** One scenario of a plan (for a sweep: one grid point). */
export interface PlanScenario {
  readonly label: string;
  /** The fully resolved scenario, as sent to the workers. */
  readonly scenario: unknown;
  /** For a sweep point: the value of each swept path. */
  readonly values?: Readonly<Record<string, unknown>>;
}

export interface Plan {
  readonly kind: PlanKind;
  /** Scenario arguments as given (preset names or file paths). */
  readonly sources: readonly string[];
  readonly scenarios: readonly PlanScenario[];
  readonly seed: number;
  readonly reps: number;
  /** Horizon in days, or null for each scenario's own. */
  readonly days: number | null;
  /** If set, only this replication index is run (to reproduce one replication alone). */
  readonly replication?: number;
  /** Sweep only: the swept paths (with their values as given) and the base scenario. */
  readonly sweep?: { readonly base: PlanScenario; readonly sets: readonly { readonly path: string; readonly values: readonly unknown[] }[] };
}

/** One replication of a plan: scenario (or grid point) index and replication index. */
export interface Unit {
  readonly scenario: number;
  readonly replication: number;
}

/** Every unit of a plan, scenario-major; unit k is scenario ⌊k / reps⌋, replication k mod reps. */
export function planUnits(plan: Plan): Unit[] {
  const indices = plan.replication === undefined ? Array.from({ length: plan.reps }, (_, k) => k) : [plan.replication];
  return plan.scenarios.flatMap((_, scenario) => indices.map((replication) => ({ scenario, replication })));
}

/** The units of shard i/n: unit k goes to shard (k mod n) + 1, so every shard gets a share of every scenario. */
export function shardUnits(plan: Plan, shard: Shard): Unit[] {
  return planUnits(plan).filter((_, k) => k % shard.count === shard.index - 1);
}

/** Loads every scenario argument, turning a ScenarioError into a usage error (exit 2). */
export function loadAll(sources: readonly string[]): LoadedScenario[] {
  const loaded = sources.map((s) => {
    try {
      return loadScenario(s);
    } catch (error) {
      if (error instanceof ScenarioError) throw new UsageError(error.message);
      throw error;
    }
  });
  // Two files with the same name in different folders: label them by path instead.
  const labels = loaded.map((l) => l.label);
  return loaded.map((l, i) => {
    if (labels.indexOf(l.label) === labels.lastIndexOf(l.label)) return l;
    if (sources.indexOf(sources[i]) !== i) throw new UsageError(`scenario '${sources[i]}' is given more than once`);
    return { ...l, label: sources[i] };
  });
}

/**
 * Refuses a `--days` horizon that the scenario cannot run: over it the scenario would simulate
 * more people than the work bound allows (the scenario's own horizon passed that check when
 * it was validated; a horizon given on the command line must too).
 */
function checkHorizon(label: string, scenario: Scenario, days: number | undefined): void {
  if (days === undefined) return;
  const problem = horizonProblem(scenario, days);
  if (problem) throw new UsageError(`--days ${days} makes scenario '${label}' too large to simulate: ${problem}`);
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** A plan for `run` or `compare`. */
export function scenarioPlan(kind: 'run' | 'compare', sources: readonly string[], o: { seed: number; reps: number; days?: number; replication?: number }): Plan {
  const loaded = loadAll(sources);
  const reps = o.replication === undefined ? o.reps : 1;
  const horizons = loaded.map((l) => o.days ?? l.scenario.days);
  const tooBig = sizeProblem(runSize(reps, horizons), `${plural(reps, 'replication')} of ${plural(loaded.length, 'scenario')} (${horizons.map((d) => plural(d, 'day')).join(', ')})`);
  if (tooBig) throw new UsageError(tooBig);
  for (const l of loaded) checkHorizon(l.label, l.scenario, o.days);
  const scenarios = loaded.map((l) => ({ label: l.label, scenario: l.scenario }));
  if (o.replication === undefined) return { kind, sources, seed: o.seed, reps: o.reps, days: o.days ?? null, scenarios };
  return { kind, sources, seed: o.seed, reps: 1, days: o.days ?? null, replication: o.replication, scenarios };
}

/** The grid's points one by one (the last set varying fastest), without building the whole grid first. */
function* grid(sets: readonly SetOption[]): Generator<Record<string, unknown>> {
  const index = sets.map(() => 0);
  const count = sets.reduce((n, s) => n * s.values.length, 1);
  for (let k = 0; k < count; k++) {
    yield Object.fromEntries(sets.map((s, i) => [s.path, s.values[index[i]!]]));
    for (let i = sets.length - 1; i >= 0; i--) {
      if (++index[i]! < sets[i]!.values.length) break;
      index[i] = 0;
    }
  }
}

function showPoint(values: Record<string, unknown>): string {
  return Object.entries(values).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(',');
}

/** Longest stretch of planning, in ms, between two returns to the event loop (where a signal handler can run). */
const PLAN_YIELD_MS = 50;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A plan for `sweep`: the grid of every combination of the `--set` values (the last varies
 * fastest). The grid's size is checked before it is built; building checks every point against
 * the schema and returns to the event loop every few milliseconds, so Ctrl-C stops a large
 * grid at once (`signal` aborts it with its reason).
 */
export async function sweepPlan(source: string, sets: readonly SetOption[], o: { seed: number; reps: number; days?: number }, signal?: AbortSignal): Promise<Plan> {
  if (sets.length === 0) throw new UsageError("sweep needs at least one --set path=v1,v2,... (e.g. --set arrivals.perDay=1000,2000)");
  const [base] = loadAll([source]);
  const points = sets.reduce((n, s) => n * s.values.length, 1);
  // The longest horizon any point can have: --days, else the base's or a swept `days`.
  const sweptDays = sets.find((s) => s.path === 'days')?.values.filter((v): v is number => typeof v === 'number') ?? [];
  const days = o.days ?? Math.max(base.scenario.days, ...sweptDays);
  const tooBig = sizeProblem({ replications: points * o.reps, resultBytes: runSize(o.reps, [days]).resultBytes * points }, `a grid of ${plural(points, 'point')} x ${plural(o.reps, 'replication')} of ${plural(days, 'day')}`);
  if (tooBig) throw new UsageError(tooBig);
  const scenarios: PlanScenario[] = [];
  let lastYield = performance.now();
  for (const values of grid(sets)) {
    if (performance.now() - lastYield >= PLAN_YIELD_MS) {
      await yieldToEventLoop();
      lastYield = performance.now();
    }
    signal?.throwIfAborted();
    let data: unknown = structuredClone(base.scenario);
    for (const [path, value] of Object.entries(values)) data = applySet(data, path, value, base.label);
    const checked = validateScenario(data, presets);
    if (!checked.ok) throw new UsageError(`--set ${showPoint(values)} makes scenario '${base.label}' invalid: ${formatIssues(checked.errors)}`);
    for (const path of Object.keys(values)) {
      // A path the schema does not know may be dropped silently by validation: refuse it.
      if (getPath(checked.scenario, path) === undefined) throw new UsageError(`--set ${path}: scenario '${base.label}' has no field '${path}'`);
    }
    const label = `${base.label}[${showPoint(values)}]`;
    checkHorizon(label, checked.scenario, o.days);
    scenarios.push({ label, scenario: checked.scenario, values });
  }
  return {
    kind: 'sweep',
    sources: [source],
    seed: o.seed,
    reps: o.reps,
    days: o.days ?? null,
    scenarios,
    sweep: { base: { label: base.label, scenario: base.scenario }, sets: sets.map((s) => ({ path: s.path, values: s.values })) },
  };
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command line that reproduces the plan's numbers, as words. */
export function planArgv(plan: Plan): string[] {
  const argv = ['border-sim', plan.kind, ...plan.sources];
  if (plan.replication === undefined) argv.push('--reps', String(plan.reps));
  else argv.push('--replication', String(plan.replication));
  argv.push('--seed', String(plan.seed));
  if (plan.days !== null) argv.push('--days', String(plan.days));
  for (const s of plan.sweep?.sets ?? []) {
    argv.push('--set', `${s.path}=${s.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(',')}`);
  }
  return argv;
}

/** {@link planArgv} as one shell-quoted line. */
export function planCommand(plan: Plan): string {
  return planArgv(plan).map(shellQuote).join(' ');
}
