/**
 * The one-line takeaway of each chart card and its full text summary, from the model's
 * metrics and the paired differences of `sim/report` (the numbers of the table of
 * differences): which scenario moves the chart's main measure most, by how much, and whether
 * that difference is clear of chance (its 95% interval excludes zero).
 */
import { format } from 'd3-format';
import type { MetricId } from '../../sim/model/metrics.ts';
import type { ChartOptions } from './chartCatalog.ts';
import { formatInterval, formatValue } from './formatValue.ts';
import { differenceText, metricLabel, statement } from './metricText.ts';
import type { ScenarioView } from './scenarioView.ts';
import { metricDef } from '../../sim/model/metrics.ts';

/** What a chart's takeaway is about. */
export interface TakeawayDef {
  /** The chart's main measure. */
  readonly lead: MetricId;
  /** A second measure stated beside it when the chart shows one scenario. */
  readonly also?: MetricId;
  /** Measures among which the takeaway picks the one that differs most (dispositions). */
  readonly pickLargest?: readonly MetricId[];
  /** Measures listed in the full summary. */
  readonly list?: readonly MetricId[];
}

const grouped = format(',');

/** A difference smaller than this share of the baseline's value is called almost no change. */
const NEGLIGIBLE = 0.01;

const clear = (ci: readonly [number, number]) => Number.isFinite(ci[0]) && Number.isFinite(ci[1]) && (ci[0] > 0 || ci[1] < 0);

/** The state of a run that has no finished replication yet, in a line. */
function waiting(views: readonly ScenarioView[], opts: ChartOptions): string {
  const running = views.filter((v) => v.days > 0);
  if (!running.length) return 'Waiting for the first replication.';
  const day = Math.min(...running.map((v) => v.days));
  return `First replication running: day ${grouped(day)} of ${grouped(opts.horizonDays)}; the lines are that one replication so far.`;
}

/** The takeaway of one chart. */
export function chartTakeaway(def: TakeawayDef, views: readonly ScenarioView[], opts: ChartOptions): string {
  const base = views[0];
  if (!base?.summary) return waiting(views, opts);
  const candidates = def.pickLargest ?? [def.lead];
  // Differences clear of chance, largest relative to the baseline first.
  const found: { name: string; id: MetricId; mean: number; ci: readonly [number, number]; size: number }[] = [];
  views.slice(1).forEach((v, i) => {
    const c = opts.comparisons?.[i];
    if (!c) return;
    for (const id of candidates) {
      const d = c.metrics[id];
      if (!d || !clear(d.ci95)) continue;
      const ref = Math.abs(base.summary!.metrics[id].mean);
      found.push({ name: v.style.label, id, mean: d.mean, ci: d.ci95, size: Math.abs(d.mean) / Math.max(ref, 1) });
    }
  });
  found.sort((a, b) => b.size - a.size);
  const compared = views.length > 1 && views.slice(1).some((_, i) => opts.comparisons?.[i]);
  if (!compared) {
    const lead = def.pickLargest ? largest(def.pickLargest, base) : def.lead;
    const parts = [statement(lead, base.summary.metrics[lead].mean)];
    if (def.also && !def.pickLargest) parts.push(statement(def.also, base.summary.metrics[def.also].mean));
    return `${views.length > 1 ? `${base.style.label}: ` : ''}${parts.join('; ')}${def.pickLargest ? ', the largest path' : ''}.`;
  }
  if (!found.length) {
    const id = def.pickLargest ? largest(def.pickLargest, base) : def.lead;
    const reps = Math.min(...views.map((v) => v.reps));
    return reps < 2
      ? `${base.style.label}: ${statement(id, base.summary.metrics[id].mean)}; with one replication a difference cannot be told from chance.`
      : `No clear difference from ${base.style.label}: ${statement(id, base.summary.metrics[id].mean)} there.`;
  }
  const top = found[0]!;
  const theirs = views.find((v) => v.style.label === top.name)?.summary?.metrics[top.id].mean;
  // Clear of chance but too small to matter: said as such, not as the news of the chart.
  if (top.size < NEGLIGIBLE) return `Almost no change from ${base.style.label}: ${statement(top.id, base.summary.metrics[top.id].mean)} there; the largest difference, ${top.name} ${formatSigned(top)}, is under 1%.`;
  const rest = found.slice(1, 3).map((f) => `${f.name}: ${differenceText(f.id, f.mean, f.ci, false)}`);
  const lead = `${top.name}: ${theirs === undefined ? '' : `${statement(top.id, theirs)}, `}${formatSigned(top)} against ${base.style.label}`;
  return `${[lead, ...rest].join('; ')}.`;
}

function formatSigned(f: { id: MetricId; mean: number; ci: readonly [number, number] }): string {
  return differenceText(f.id, f.mean, f.ci, false).replace(/^.* (?=[+−])/, '');
}

/** The measure among `ids` with the largest mean in a scenario. */
function largest(ids: readonly MetricId[], v: ScenarioView): MetricId {
  return ids.reduce((a, b) => (v.summary!.metrics[b].mean > v.summary!.metrics[a].mean ? b : a));
}

/** The full text summary (the chart's description for screen readers): every scenario's measures with their intervals. */
export function chartSummary(title: string, def: TakeawayDef, views: readonly ScenarioView[], opts: ChartOptions): string {
  const ids = def.list ?? [def.lead, ...(def.also ? [def.also] : [])];
  const ready = views.filter((v) => v.summary);
  if (!ready.length) return `${title}: ${waiting(views, opts)}`;
  return ready
    .map((v) => {
      const parts = ids.map((id) => {
        const m = v.summary!.metrics[id];
        const unit = metricDef(id)?.unit ?? 'people';
        const ci = formatInterval(m.ci95, unit);
        return `${metricLabel(id)} ${formatValue(m.mean, unit)}${ci ? ` (95% interval ${ci})` : ''}`;
      });
      return `${v.style.label}: ${parts.join(', ')}.`;
    })
    .join(' ');
}
