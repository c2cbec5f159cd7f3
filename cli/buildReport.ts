/**
 * From a plan and its results to what the CLI prints and writes: scenario summaries, and
 * for `compare` the paired differences from the first scenario, for `sweep` the grid
 * points. A single run and the merge of its shards both go through here, so they give
 * the same output.
 */
import type { ReplicationResult, ScenarioSummary } from '../sim/model/result.ts';
import { compareResults, summarizeScenario, type ScenarioComparison, type SweepPoint } from '../sim/report/index.ts';
import { planUnits, type Plan, type Unit } from './plan.ts';

export interface Report {
  readonly plan: Plan;
  /** Per plan scenario (sweep: per grid point), its replications in index order. */
  readonly results: readonly (readonly ReplicationResult[])[];
  readonly summaries: readonly ScenarioSummary[];
  /** `compare` only: each scenario after the first against the first. */
  readonly comparisons: readonly ScenarioComparison[];
  /** `sweep` only. */
  readonly points: readonly SweepPoint[];
}

/** Groups unit results by scenario, in replication order, checking that every unit of the plan is there exactly once. */
export function groupResults(plan: Plan, units: readonly (Unit & { readonly result: ReplicationResult })[]): ReplicationResult[][] {
  const key = (u: Unit) => `${u.scenario}:${u.replication}`;
  const found = new Map<string, ReplicationResult>();
  for (const u of units) {
    if (found.has(key(u))) throw new Error(`replication ${u.replication} of '${plan.scenarios[u.scenario]?.label}' appears twice`);
    found.set(key(u), u.result);
  }
  const grouped = plan.scenarios.map(() => [] as ReplicationResult[]);
  for (const u of planUnits(plan)) {
    const r = found.get(key(u));
    if (!r) throw new Error(`replication ${u.replication} of '${plan.scenarios[u.scenario].label}' is missing`);
    grouped[u.scenario].push(r);
    found.delete(key(u));
  }
  if (found.size > 0) throw new Error(`${found.size} replications do not belong to this run`);
  return grouped;
}

/** Builds the report of a finished plan. */
export function buildReport(plan: Plan, results: readonly (readonly ReplicationResult[])[]): Report {
  const summaries = plan.scenarios.map((s, i) => summarizeScenario(s.label, plan.seed, results[i]));
  const comparisons =
    plan.kind === 'compare'
      ? plan.scenarios.slice(1).map((s, i) => compareResults({ scenario: plan.scenarios[0].label, results: results[0] }, { scenario: s.label, results: results[i + 1] }))
      : [];
  const points = plan.kind === 'sweep' ? plan.scenarios.map((s, index) => ({ index, values: s.values ?? {}, summary: summaries[index] })) : [];
  return { plan, results, summaries, comparisons, points };
}

/** What `--json` prints and `summary.json` / `comparison.json` / `sweep.json` hold. */
export function reportJson(report: Report): unknown {
  const { plan } = report;
  if (plan.kind === 'sweep') {
    return { scenario: plan.sweep!.base.label, reps: plan.reps, seed: plan.seed, paths: plan.sweep!.sets.map((s) => s.path), points: report.points };
  }
  if (plan.kind === 'compare') return { summaries: report.summaries, comparisons: report.comparisons };
  return report.summaries.length === 1 ? report.summaries[0] : report.summaries;
}
