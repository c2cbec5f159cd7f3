/**
 * What a comparison asks of the model, given its scenarios' validations: the run plan, the
 * charts' options (horizon, each scenario's start date and dated changes), and what exports
 * are stamped with. Pure: the app passes the page state and the validations it has.
 */
import type { ChartOptions } from '../charts/chartCatalog.ts';
import type { ObservedOverlay } from '../charts/observedOverlay.ts';
import { scenarioStyle } from '../charts/palette.ts';
import type { StampInfo } from '../charts/stampChart.ts';
import type { PlannedScenario, RunPlan } from '../run/runController.ts';
import { comparisonTitle, observedShown, type AppState } from '../state/appState.ts';
import type { ScenarioProblem, Validation } from '../state/modelInfo.ts';
import { canonicalJson, type ScenarioEntry } from '../state/scenarioEntry.ts';
import { scenarioFacts, type ScenarioFacts } from '../state/scenarioFacts.ts';

/** The validation of a scenario, if known. */
export type Known = (entry: ScenarioEntry) => Validation | undefined;

/** A plan, or the first invalid scenario, or null while a validation is still awaited. */
export type PlanResult = { readonly plan: RunPlan } | { readonly invalid: ScenarioEntry; readonly errors: readonly ScenarioProblem[] } | null;

export function planFor(comparison: AppState, known: Known): PlanResult {
  const scenarios: PlannedScenario[] = [];
  for (const [i, entry] of comparison.scenarios.entries()) {
    const v = known(entry);
    if (!v) return null;
    if (!v.ok) return { invalid: entry, errors: v.errors };
    // The worker gets the resolved scenario, as the CLI sends it. Its name is the preset's,
    // so renaming a scenario neither re-runs it nor changes its numbers.
    const input = { ...v.scenario, name: entry.base || 'custom' };
    const own = typeof v.scenario.days === 'number' ? v.scenario.days : 365;
    const days = comparison.days ?? own;
    scenarios.push({ key: String(i), input, inputKey: canonicalJson(input), days, arrivals: (v.arrivals * days) / Math.max(1, own) });
  }
  return { plan: { scenarios, seed: comparison.seed, reps: comparison.reps, daysOverride: comparison.days ?? undefined } };
}

/** What makes two plans the same run (scenarios, seed, replications, horizon). */
export function planSignature(plan: RunPlan): string {
  return canonicalJson([plan.scenarios.map((s) => s.inputKey), plan.seed, plan.reps, plan.daysOverride ?? null]);
}

/** Facts per resolved scenario, kept while the scenario object lives (validations are memoized, so identity holds). */
const factsOf = new WeakMap<object, ScenarioFacts>();

/** Where the charts' published series come from: which presets show them by default, and the series for a horizon (null while not read). */
export interface ObservedProvider {
  readonly historyPresets: readonly string[];
  overlay(startDate: string, days: number): ObservedOverlay | null;
}

/**
 * Options of the charts: horizon (of the plan running, else of the settings), bands, each
 * scenario's facts, and the published series of the baseline's period when they are shown.
 */
export function chartOptionsFor(comparison: AppState, plan: RunPlan | null, known: Known, observed?: ObservedProvider): ChartOptions {
  const horizon = Math.max(1, ...(plan?.scenarios.map((s) => s.days) ?? [comparison.days ?? 365]));
  const facts = comparison.scenarios.map((entry) => {
    const v = known(entry);
    if (!v?.ok) return null;
    let f = factsOf.get(v.scenario);
    if (!f) factsOf.set(v.scenario, (f = scenarioFacts(v.scenario)));
    return f;
  });
  const start = facts[0]?.startDate ?? null;
  const overlay = observed && start !== null && observedShown(comparison, observed.historyPresets) ? observed.overlay(start, horizon) : null;
  return { horizonDays: horizon, showBands: comparison.showBands, scenarios: facts, observed: overlay };
}

/** What every exported chart is stamped with (all but its own title). */
export function stampFor(comparison: AppState, known: Known, modelVersion: string, link: string): Omit<StampInfo, 'chartTitle'> {
  const sources = new Set<string>();
  for (const s of comparison.scenarios) {
    const v = known(s);
    const list = v?.ok && Array.isArray(v.scenario.sources) ? (v.scenario.sources as unknown[]) : [];
    for (const x of list) if (typeof x === 'string') sources.add(x);
  }
  return {
    comparisonTitle: comparisonTitle(comparison),
    modelVersion,
    seed: comparison.seed,
    reps: comparison.reps,
    scenarios: comparison.scenarios.map((s, i) => scenarioStyle(i, s.name)),
    sources: sources.size ? [...sources].slice(0, 6) : ['border-sim scenario defaults (public CBP, ICE, EOIR, DHS figures; see About)'],
    link,
  };
}
