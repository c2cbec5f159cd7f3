/**
 * The charts of the app, from scenario aggregates to chart specs with their text summaries:
 * occupancy against capacity for the four places people are held, the CBP One waiting list,
 * the court backlog, dispositions by path, time in custody, and cost.
 */
import { METRICS, type MetricId, type Unit } from '../../sim/model/metrics.ts';
import type { SeriesId } from '../../sim/model/series.ts';
import { custodyChart, CUSTODY_STANDARD_HOURS, type CustodyChartSpec } from './custodyChart.ts';
import { formatValue } from './formatValue.ts';
import { metricBarChart, type MetricBarChartSpec } from './metricBarChart.ts';
import { metricMean, type ScenarioView } from './scenarioView.ts';
import { daysOverCapacity, peakOf, timeSeriesChart, type TimeSeriesChartSpec } from './timeSeriesChart.ts';
import type { PlotFrame } from './chartFrame.ts';
import type { VNode } from './vnode.ts';

/** A chart spec of any kind. */
export type ChartSpec =
  | ({ readonly kind: 'timeseries' } & TimeSeriesChartSpec)
  | ({ readonly kind: 'bars' } & MetricBarChartSpec)
  | ({ readonly kind: 'custody' } & CustodyChartSpec);

/** Options shared by every chart of a comparison. */
export interface ChartOptions {
  readonly horizonDays: number;
  readonly showBands: boolean;
}

interface TimeSeriesDef {
  readonly id: string;
  readonly title: string;
  readonly series: SeriesId;
  readonly capacity?: SeriesId;
  readonly metric: MetricId;
  readonly unit: Unit;
  readonly yLabel: string;
}

/** The time-series charts, in page order. */
export const TIME_SERIES_CHARTS: readonly TimeSeriesDef[] = [
  { id: 'bp', title: 'Border Patrol holding', series: 'bp.occupancy', capacity: 'bp.capacity', metric: 'bp.occupancy.mean', unit: 'people', yLabel: 'people in custody (daily mean)' },
  { id: 'ofo', title: 'Port of entry holding', series: 'ofo.occupancy', capacity: 'ofo.capacity', metric: 'ofo.occupancy.mean', unit: 'people', yLabel: 'people held at ports (daily mean)' },
  { id: 'detention', title: 'ICE detention', series: 'detention.occupancy', capacity: 'detention.capacity', metric: 'detention.occupancy.mean', unit: 'people', yLabel: 'people detained (daily mean)' },
  { id: 'shelters', title: 'Shelters in Mexican border cities', series: 'shelters.occupancy', capacity: 'shelters.capacity', metric: 'shelters.occupancy.mean', unit: 'people', yLabel: 'people sheltered (daily mean)' },
  { id: 'cbpone', title: 'CBP One waiting list', series: 'cbpone.waitingList', metric: 'cbpone.waitingList.end', unit: 'people', yLabel: 'people registered and waiting (end of day)' },
  { id: 'court', title: 'Immigration court backlog', series: 'court.backlog', metric: 'court.backlog.end', unit: 'cases', yLabel: 'pending cases (end of day)' },
];

/** Disposition paths shown as bars. */
export const DISPOSITION_METRICS: readonly MetricId[] = [
  'dispositions.parole',
  'dispositions.detain',
  'dispositions.mpp',
  'dispositions.expeditedRemoval',
  'dispositions.expelled',
  'dispositions.released',
];

const label = (id: MetricId) => METRICS.find((d) => d.id === id)?.label ?? id;
const withData = (views: readonly ScenarioView[]) => views.filter((v) => v.bands && v.days > 0);
const repsNote = (v: ScenarioView) => (v.reps === 0 ? ' (first replication still running)' : '');

function timeSeriesSpec(def: TimeSeriesDef, views: readonly ScenarioView[], opts: ChartOptions): TimeSeriesChartSpec {
  const tracks = withData(views).map((v) => {
    const band = v.bands![def.series];
    const capacity = def.capacity ? v.bands![def.capacity].mean : undefined;
    const days = Math.min(v.days, opts.horizonDays);
    return {
      style: v.style,
      band,
      days,
      capacity,
      overCapacity: capacity ? daysOverCapacity(band.mean, capacity, days) : undefined,
      policyChangeDays: v.policyChangeDays,
    };
  });
  const sentences = tracks.map((t) => {
    const v = views.find((x) => x.style.key === t.style.key)!;
    const peak = peakOf(t.band.mean, t.days);
    const mean = metricMean(v, def.metric);
    let s = `${t.style.label}${repsNote(v)}: `;
    s += Number.isFinite(mean) ? `${label(def.metric)} ${formatValue(mean, def.unit)}; ` : '';
    s += peak.day >= 0 ? `highest daily mean ${formatValue(peak.value, def.unit)} on day ${peak.day}` : 'no data yet';
    if (t.capacity && t.overCapacity) {
      const over = t.overCapacity.reduce((a, b) => a + b, 0);
      s += `; capacity ${formatValue(t.capacity[Math.max(0, t.days - 1)], def.unit)} at the end; mean above capacity on ${over} of ${t.days} days`;
    }
    return `${s}.`;
  });
  return {
    id: def.id,
    title: def.title,
    summary: tracks.length ? sentences.join(' ') : `${def.title}: no results yet.`,
    unit: def.unit,
    yLabel: def.yLabel,
    horizonDays: opts.horizonDays,
    tracks,
    showBands: opts.showBands,
  };
}

function barsSpec(id: string, title: string, unit: Unit, metrics: readonly MetricId[], views: readonly ScenarioView[], showBands: boolean): MetricBarChartSpec {
  const tracks = views
    .filter((v) => v.summary)
    .map((v) => ({ style: v.style, values: Object.fromEntries(metrics.map((m) => [m, v.summary!.metrics[m]])) }));
  const summary = tracks.length
    ? tracks.map((t) => `${t.style.label}: ${metrics.map((m) => `${label(m)} ${formatValue(t.values[m].mean, unit)}`).join(', ')}.`).join(' ')
    : `${title}: waiting for the first replication to finish.`;
  return { id, title, summary, unit, groups: metrics.map((m) => ({ id: m, label: label(m) })), tracks, showBands };
}

/** Hours always shown on the custody chart (beyond the 72-hour standard). */
const CUSTODY_MIN_HOURS = 96;
/** Most bins drawn; finer histograms are merged into wider bins. */
const CUSTODY_MAX_BINS = 96;

/**
 * Shares per bin for drawing: bins merged so at most {@link CUSTODY_MAX_BINS} remain, and
 * the long tail beyond where 99.5% of every scenario's people have left (but at least
 * {@link CUSTODY_MIN_HOURS}) folded into a last open-ended bin.
 */
export function displayBins(binHours: number, tracks: readonly Float64Array[]): { binHours: number; tracks: Float64Array[] } {
  const n = Math.max(0, ...tracks.map((t) => t.length));
  let cut = Math.min(n, Math.ceil(CUSTODY_MIN_HOURS / binHours));
  for (const t of tracks) {
    let acc = 0;
    let k = 0;
    while (k < t.length && acc < 0.995) acc += t[k++];
    cut = Math.max(cut, Math.min(n, k + 1));
  }
  const factor = Math.max(1, Math.ceil(cut / CUSTODY_MAX_BINS));
  const bins = Math.ceil(cut / factor);
  const out = tracks.map((t) => {
    const merged = new Float64Array(bins);
    for (let i = 0; i < t.length; i++) merged[Math.min(bins - 1, Math.floor(i / factor))] += t[i];
    return merged;
  });
  return { binHours: binHours * factor, tracks: out };
}

function custodySpec(views: readonly ScenarioView[]): CustodyChartSpec {
  const ready = views.filter((v) => v.custody && v.summary);
  const shown = displayBins(ready[0]?.custody?.binHours ?? 6, ready.map((v) => v.custody!.shares));
  const binHours = shown.binHours;
  const summary = ready.length
    ? ready
        .map((v) => `${v.style.label}: mean ${formatValue(metricMean(v, 'bp.timeInCustodyHours.mean'), 'hours')}, 90th percentile ${formatValue(metricMean(v, 'bp.timeInCustodyHours.p90'), 'hours')}, ${formatValue(metricMean(v, 'bp.shareOver72h'), 'share')} held over ${CUSTODY_STANDARD_HOURS} hours.`)
        .join(' ')
    : 'Time in Border Patrol custody: waiting for the first replication to finish.';
  return { id: 'custody', title: 'Time in Border Patrol custody', summary, binHours, tracks: ready.map((v, i) => ({ style: v.style, shares: shown.tracks[i] })) };
}

/** Every chart of the page, in order, for the given scenarios (reference first). */
export function buildCharts(views: readonly ScenarioView[], opts: ChartOptions): ChartSpec[] {
  return [
    ...TIME_SERIES_CHARTS.map((def) => ({ kind: 'timeseries' as const, ...timeSeriesSpec(def, views, opts) })),
    { kind: 'bars' as const, ...barsSpec('dispositions', 'Dispositions by path', 'people', DISPOSITION_METRICS, views, opts.showBands) },
    { kind: 'custody' as const, ...custodySpec(views) },
    { kind: 'bars' as const, ...barsSpec('cost', 'Cost', 'USD', ['cost.totalUsd'], views, opts.showBands) },
  ];
}

/** Renders any chart spec. */
export function renderChart(spec: ChartSpec): { node: VNode; frame: PlotFrame } {
  switch (spec.kind) {
    case 'timeseries':
      return timeSeriesChart(spec);
    case 'bars':
      return metricBarChart(spec);
    case 'custody':
      return custodyChart(spec);
  }
}
