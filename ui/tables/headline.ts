/**
 * The headline of a comparison, in plain words: for each scenario against the baseline, what
 * it changes and the differences that are clear of chance (their 95% interval excludes
 * zero), largest first, from the same paired comparisons as the table of differences; then
 * the main measures that did not clearly change. With one scenario, its main figures.
 */
import type { MetricId } from '../../sim/model/metrics.ts';
import type { ScenarioSummary } from '../../sim/model/result.ts';
import type { ScenarioComparison } from '../../sim/report/index.ts';
import { differenceText, metricNoun, statement } from '../charts/metricText.ts';

/** Measures a headline may name, in order of interest when sizes tie. */
export const HEADLINE_METRICS: readonly MetricId[] = [
  'dispositions.mpp',
  'dispositions.parole',
  'dispositions.detain',
  'dispositions.expeditedRemoval',
  'dispositions.expelled',
  'bp.occupancy.mean',
  'bp.timeInCustodyHours.mean',
  'detention.occupancy.mean',
  'shelters.unsheltered.mean',
  'cbpone.waitingList.end',
  'court.backlog.end',
  'gotaways.total',
  'encounters.total',
  'receiving.unsheltered.mean',
  'cost.totalUsd',
];

/** Main measures said to be unchanged when their difference is not clear. */
const WATCHED: readonly MetricId[] = ['bp.occupancy.mean', 'detention.occupancy.mean', 'shelters.unsheltered.mean', 'court.backlog.end'];

/** Differences named at most per scenario. */
const MOST = 3;

/** One scenario of the comparison as the headline sees it. */
export interface HeadlineScenario {
  readonly name: string;
  /** What it changes against the baseline, in a few words ("MPP reinstated by a court order on day 120"), or ''. */
  readonly change: string;
  readonly summary: ScenarioSummary | null;
}

const clear = (ci: readonly [number, number]) => Number.isFinite(ci[0]) && Number.isFinite(ci[1]) && (ci[0] > 0 || ci[1] < 0);

/** The headline: one sentence per compared scenario (or one for a scenario alone), or [] before there are results. */
export function headline(scenarios: readonly HeadlineScenario[], comparisons: readonly (ScenarioComparison | null)[]): string[] {
  const base = scenarios[0];
  if (!base?.summary) return [];
  if (scenarios.length === 1) {
    const m = base.summary.metrics;
    return [`${base.name}: ${statement('bp.occupancy.mean', m['bp.occupancy.mean'].mean)}, ${statement('detention.occupancy.mean', m['detention.occupancy.mean'].mean)}; ${statement('court.backlog.end', m['court.backlog.end'].mean)}.`];
  }
  const lines: string[] = [];
  scenarios.slice(1).forEach((s, i) => {
    const c = comparisons[i];
    // The change says it all when the name is its start ("MPP reinstated" / "MPP reinstated by a court order…").
    const lead = !s.change ? s.name : s.change.toLowerCase().startsWith(s.name.toLowerCase()) ? s.change : `${s.name} (${s.change})`;
    if (!c || !s.summary) return;
    if (c.reps < 2) {
      lines.push(`${lead}: with one replication, no difference from ${base.name} can be told from chance; run more replications.`);
      return;
    }
    const found = HEADLINE_METRICS.map((id, order) => ({ id, order, d: c.metrics[id] }))
      .filter((x) => x.d && clear(x.d.ci95))
      .map((x) => ({ ...x, size: Math.abs(x.d.mean) / Math.max(Math.abs(base.summary!.metrics[x.id].mean), 1) }))
      .sort((a, b) => b.size - a.size || a.order - b.order)
      .slice(0, MOST);
    const named = new Set(found.map((f) => f.id));
    const parts = found.map((f) => differenceText(f.id, f.d.mean, f.d.ci95));
    const same = WATCHED.filter((id) => !named.has(id) && c.metrics[id] && !clear(c.metrics[id].ci95)).map(metricNoun);
    if (!parts.length) {
      lines.push(`${lead}: no clear difference from ${base.name} in any main measure.`);
      return;
    }
    const unchanged = same.length ? `; no clear change in ${same.length > 1 ? `${same.slice(0, -1).join(', ')} or ${same.at(-1)}` : same[0]}` : '';
    lines.push(`${lead}, against ${base.name}: ${parts.join('; ')}${unchanged}.`);
  });
  return lines;
}
