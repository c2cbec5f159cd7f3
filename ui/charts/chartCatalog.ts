/**
 * The charts of the app, from scenario aggregates to chart specs: occupancy against capacity
 * for the places people are held (shelters in Mexican cities with the unsheltered beside
 * them), the CBP One waiting list, the court backlog, dispositions by path, time in custody,
 * encounters by component, and cost. Each spec carries its one-line takeaway, its legend, notes
 * on implausible states and a full text summary (the SVG's description); the numbers all come
 * from `sim/report`. Where the options carry published series for the comparison's period
 * (`observedOverlay.ts`), each time-series panel shows those the manifest compares with its
 * model series, and a bar of totals over the horizon the published total where the file covers
 * the whole horizon, named in the legend and the summary as "Observed: <file label>".
 */
import type { MetricId, Unit } from '../../sim/model/metrics.ts';
import { SERIES_IDS, type SeriesId } from '../../sim/model/series.ts';
import type { ScenarioComparison } from '../../sim/report/index.ts';
import type { ScenarioFacts } from '../state/scenarioFacts.ts';
import type { PlotFrame } from './chartFrame.ts';
import { custodyChart, type CustodyChartSpec } from './custodyChart.ts';
import { metricBarChart, type MetricBarChartSpec } from './metricBarChart.ts';
import { formatValue } from './formatValue.ts';
import { metricLabel } from './metricText.ts';
import type { ObservedOverlay, ObservedTrack } from './observedOverlay.ts';
import { OBSERVED_SHAPES, type ObservedShape } from './palette.ts';
import { plausibilityNotes } from './plausibility.ts';
import type { ScenarioView } from './scenarioView.ts';
import { chartSummary, chartTakeaway, type TakeawayDef } from './takeaways.ts';
import { formatMonth } from './timeAxis.ts';
import { overCapacityRuns, timeSeriesChart, type ChangeMarker, type ObservedPanelTrack, type TimeSeriesChartSpec, type TimeSeriesPanel } from './timeSeriesChart.ts';
import type { VNode } from './vnode.ts';

/** One entry of a chart card's legend: a scenario's line (by slot), a reference line or a published series. */
export interface LegendItem {
  readonly label: string;
  /** Scenario slot (0 = baseline), or undefined for a reference line such as capacity. */
  readonly slot?: number;
  readonly kind?: 'capacity' | 'standard' | 'overCapacity' | 'observed';
  /** Marker of a published series (kind `observed`). */
  readonly shape?: ObservedShape;
  readonly reference?: boolean;
}

/** What every chart card shows around its chart. */
export interface ChartText {
  /** One line: what the chart says. */
  readonly takeaway: string;
  /** Lines on states outside anything published, or far over capacity. */
  readonly notes: readonly string[];
  readonly legend: readonly LegendItem[];
}

/** A chart spec of any kind. */
export type ChartSpec =
  | ({ readonly kind: 'timeseries' } & TimeSeriesChartSpec & ChartText)
  | ({ readonly kind: 'bars' } & MetricBarChartSpec & ChartText)
  | ({ readonly kind: 'custody' } & CustodyChartSpec & ChartText);

/** Options shared by every chart of a comparison. */
export interface ChartOptions {
  readonly horizonDays: number;
  readonly showBands: boolean;
  /** Per scenario (in order): its start date and dated changes, or null while unknown. */
  readonly scenarios?: readonly (ScenarioFacts | null)[];
  /** Paired comparisons of scenarios 1.. with scenario 0 (null while they share no replication). */
  readonly comparisons?: readonly (ScenarioComparison | null)[];
  /**
   * Published series to draw, for the comparison's start date and horizon, or null for none
   * (switched off, or not loaded yet). Drawn only on charts whose axis starts on that date.
   */
  readonly observed?: ObservedOverlay | null;
}

interface PanelDef {
  readonly id: string;
  readonly series: SeriesId;
  readonly capacity?: SeriesId;
  /** The model's daily 0/1 series of days over that capacity (never recomputed here). */
  readonly overCapacity?: SeriesId;
  readonly label: string;
  readonly detail: string;
}

interface TimeSeriesDef extends TakeawayDef {
  readonly id: string;
  readonly title: string;
  readonly unit: Unit;
  readonly panels: readonly PanelDef[];
}

/** The time-series charts, in page order. */
export const TIME_SERIES_CHARTS: readonly TimeSeriesDef[] = [
  { id: 'bp', title: 'Border Patrol holding', unit: 'people', panels: [{ id: 'bp', series: 'bp.occupancy', capacity: 'bp.capacity', overCapacity: 'bp.overCapacity', label: 'people in Border Patrol custody', detail: 'daily mean' }], lead: 'bp.occupancy.mean', also: 'bp.daysOverCapacity' },
  { id: 'ofo', title: 'Port of entry holding', unit: 'people', panels: [{ id: 'ofo', series: 'ofo.occupancy', capacity: 'ofo.capacity', label: 'people held at ports', detail: 'daily mean' }], lead: 'ofo.occupancy.mean' },
  { id: 'detention', title: 'ICE detention', unit: 'people', panels: [{ id: 'detention', series: 'detention.occupancy', capacity: 'detention.capacity', overCapacity: 'detention.overCapacity', label: 'people in ICE detention', detail: 'daily mean' }], lead: 'detention.occupancy.mean', also: 'detention.daysOverCapacity' },
  {
    id: 'shelters',
    title: 'Waiting in Mexican border cities',
    unit: 'people',
    panels: [
      { id: 'sheltered', series: 'shelters.occupancy', capacity: 'shelters.capacity', label: 'people in shelters', detail: 'daily mean' },
      { id: 'unsheltered', series: 'shelters.unsheltered', label: 'people without a shelter place', detail: 'daily mean' },
    ],
    lead: 'shelters.unsheltered.mean',
    also: 'shelters.occupancy.mean',
  },
  { id: 'cbpone', title: 'CBP One waiting list', unit: 'people', panels: [{ id: 'cbpone', series: 'cbpone.waitingList', label: 'people registered and waiting', detail: 'end of day' }], lead: 'cbpone.waitingList.end', also: 'cbpone.waitDays.mean' },
  { id: 'court', title: 'Immigration court backlog', unit: 'cases', panels: [{ id: 'court', series: 'court.backlog', label: 'pending cases', detail: 'end of day' }], lead: 'court.backlog.end', also: 'court.backlog.change' },
  {
    id: 'encounters',
    title: 'Encounters',
    unit: 'people',
    panels: [
      { id: 'encounters-bp', series: 'encounters.bp', label: 'Border Patrol apprehensions between ports', detail: 'per day' },
      { id: 'encounters-ofo', series: 'encounters.ofo', label: 'encounters at ports of entry', detail: 'per day' },
    ],
    lead: 'encounters.total',
    also: 'encounters.repeatShare',
  },
];

/** Title of the chart of disposition paths. */
export const DISPOSITIONS_TITLE = 'Dispositions by path';

/** Disposition paths shown as bars. */
export const DISPOSITION_METRICS: readonly MetricId[] = [
  'dispositions.parole',
  'dispositions.detain',
  'dispositions.mpp',
  'dispositions.expeditedRemoval',
  'dispositions.expelled',
  'dispositions.released',
];

const withData = (views: readonly ScenarioView[]) => views.filter((v) => v.bands && v.days > 0);
const slotOf = (v: ScenarioView) => Number(v.style.key);

/** Every dated change of every scenario; one marker per change, naming all the scenarios that make it. */
function changeMarkers(views: readonly ScenarioView[], opts: ChartOptions): ChangeMarker[] {
  const byKey = new Map<string, { day: number; text: string; scenarios: ScenarioView['style'][] }>();
  views.forEach((v) => {
    const facts = opts.scenarios?.[slotOf(v)];
    for (const c of facts?.changes ?? []) {
      const key = `${c.day}|${c.text}`;
      const m = byKey.get(key) ?? { day: c.day, text: c.text, scenarios: [] };
      m.scenarios.push(v.style);
      byKey.set(key, m);
    }
  });
  return [...byKey.values()].sort((a, b) => a.day - b.day);
}

/** Day 0 of the comparison: the baseline's start date, when every scenario shares it. */
function startDate(views: readonly ScenarioView[], opts: ChartOptions): string | null {
  const dates = views.map((v) => opts.scenarios?.[slotOf(v)]?.startDate ?? null);
  const first = opts.scenarios?.[0]?.startDate ?? dates[0] ?? null;
  return first !== null && dates.every((d) => d === first || d === null) ? first : null;
}

function scenarioLegend(views: readonly ScenarioView[]): LegendItem[] {
  return views.map((v) => ({ label: v.style.isReference ? `${v.style.label} (baseline)` : v.style.label, slot: slotOf(v), reference: v.style.isReference }));
}

/** How a published value reads in a chart's daily units, by how the model's days aggregate to it. */
function reading(track: Pick<ObservedTrack, 'aggregate' | 'months'>): string {
  const period = track.months === 12 ? 'fiscal year' : 'month';
  if (track.aggregate === 'sum') return `per day: each ${period}'s count divided by its days`;
  if (track.aggregate === 'mean') return `daily average over each ${period}`;
  return `at the end of each ${period}`;
}

/** What the legend and the summary call a published series. */
export const observedLabel = (track: Pick<ObservedTrack, 'label'>) => `Observed: ${track.label}`;

/** The published series of a panel, when the overlay is for the chart's start date and horizon. */
function observedTracks(overlay: ObservedOverlay | null, series: SeriesId, shapeOf: (file: string) => ObservedShape): ObservedPanelTrack[] {
  return (overlay?.bySeries[series] ?? []).map((t) => ({ key: t.file, label: observedLabel(t), reading: reading(t), source: t.source, shape: shapeOf(t.file), marks: t.marks }));
}

/** The published values of a chart in words, for its summary: every value, and any month left out. */
function observedSummary(def: TimeSeriesDef, overlay: ObservedOverlay | null): string {
  return def.panels
    .flatMap((p) =>
      (overlay?.bySeries[p.series] ?? []).map((t) => {
        const values = t.marks.map((m) => `${formatMonth(m.month)} ${formatValue(m.value, def.unit)}`).join('; ');
        const left = t.leftOut.map((l) => ` Left out: ${formatMonth(l.month)} (${l.note.replace(/\.$/, '')}).`).join('');
        return ` ${observedLabel(t)}, ${t.quantity}, ${reading(t)}: ${values}.${left}`;
      }),
    )
    .join('');
}

/** The options' published series, when they are for the comparison's start date and horizon. */
function overlayOf(views: readonly ScenarioView[], opts: ChartOptions): ObservedOverlay | null {
  const start = startDate(views, opts);
  return opts.observed && start !== null && opts.observed.startDate === start && opts.observed.days === opts.horizonDays ? opts.observed : null;
}

/** One marker shape per file on a chart, in manifest order (the order of `files`), the same in every panel. */
const shapesOf = (files: readonly string[]) => (file: string) => OBSERVED_SHAPES[files.indexOf(file) % OBSERVED_SHAPES.length]!;

function timeSeriesSpec(def: TimeSeriesDef, views: readonly ScenarioView[], opts: ChartOptions): TimeSeriesChartSpec & ChartText {
  const shown = withData(views);
  const start = startDate(views, opts);
  const overlay = overlayOf(views, opts);
  const files = [...new Set(def.panels.flatMap((p) => (overlay?.bySeries[p.series] ?? []).map((t) => t.file)))];
  const shapeOf = shapesOf(files);
  const panels: TimeSeriesPanel[] = def.panels.map((p) => ({
    id: p.id,
    label: p.label,
    detail: p.detail,
    tracks: shown.map((v) => ({ style: v.style, band: v.bands![p.series], days: Math.min(v.days, opts.horizonDays), capacity: p.capacity ? v.bands![p.capacity].mean : undefined, overCapacity: p.overCapacity ? v.bands![p.overCapacity].mean : undefined })),
    observed: observedTracks(overlay, p.series, shapeOf),
  }));
  const legend = scenarioLegend(shown);
  if (shown.length && def.panels.some((p) => p.capacity)) legend.push({ label: 'capacity', kind: 'capacity' });
  if (panels.some((p) => p.tracks.some((t) => t.overCapacity && overCapacityRuns(t.overCapacity, t.days).length))) legend.push({ label: 'days over capacity', kind: 'overCapacity' });
  for (const file of files) {
    const track = panels.flatMap((p) => p.observed ?? []).find((t) => t.key === file)!;
    legend.push({ label: track.label, kind: 'observed', shape: track.shape });
  }
  return {
    id: def.id,
    title: def.title,
    summary: `${chartSummary(def.title, def, views, opts)}${observedSummary(def, overlay)}`,
    takeaway: chartTakeaway(def, views, opts),
    notes: plausibilityNotes(def.id, views),
    legend,
    unit: def.unit,
    horizonDays: opts.horizonDays,
    startDate: start,
    panels,
    markers: changeMarkers(shown, opts),
    showBands: opts.showBands,
  };
}

/** Published series of a bar group's metric: those the manifest compares with the daily series of the same id (a count per day whose horizon total is the metric). */
const observedOfMetric = (overlay: ObservedOverlay | null, metric: MetricId) => (SERIES_IDS.includes(metric as SeriesId) ? (overlay?.bySeries[metric as SeriesId] ?? []) : []);

/** The published totals of a bar chart in words: each total, and each series that covers only part of the horizon (not marked). */
function observedBarsSummary(metrics: readonly MetricId[], overlay: ObservedOverlay | null, unit: Unit): string {
  return metrics
    .flatMap((m) =>
      observedOfMetric(overlay, m).map((t) =>
        t.total !== null
          ? ` ${observedLabel(t)}, ${t.quantity}: ${formatValue(t.total, unit)} over the horizon.`
          : ` ${observedLabel(t)} has ${t.quantity} for ${t.marks.length} month${t.marks.length === 1 ? '' : 's'} of the horizon only, so no total is marked.`,
      ),
    )
    .join('');
}

function barsSpec(id: string, title: string, unit: Unit, metrics: readonly MetricId[], views: readonly ScenarioView[], opts: ChartOptions, takeaway: TakeawayDef): MetricBarChartSpec & ChartText {
  const ready = views.filter((v) => v.summary);
  const tracks = ready.map((v) => ({ style: v.style, values: Object.fromEntries(metrics.map((m) => [m, v.summary!.metrics[m]])) }));
  // A total over the horizon is comparable only with scenarios run over the whole of it.
  const overlay = ready.every((v) => v.days === opts.horizonDays) ? overlayOf(views, opts) : null;
  const marked = (m: MetricId) => observedOfMetric(overlay, m).filter((t) => t.total !== null);
  const files = [...new Set(metrics.flatMap((m) => marked(m).map((t) => t.file)))];
  const shapeOf = shapesOf(files);
  const legend = scenarioLegend(ready);
  for (const file of files) legend.push({ label: observedLabel(metrics.flatMap(marked).find((t) => t.file === file)!), kind: 'observed', shape: shapeOf(file) });
  return {
    id,
    title,
    summary: `${chartSummary(title, { ...takeaway, list: metrics }, views, opts)}${observedBarsSummary(metrics, overlay, unit)}`,
    takeaway: chartTakeaway(takeaway, views, opts),
    notes: [],
    legend,
    unit,
    groups: metrics.map((m) => ({ id: m, label: metricLabel(m), observed: marked(m).map((t) => ({ key: t.file, label: observedLabel(t), shape: shapeOf(t.file), source: t.source, value: t.total! })) })),
    tracks,
    showBands: opts.showBands,
  };
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
    while (k < t.length && acc < 0.995) acc += t[k++]!;
    cut = Math.max(cut, Math.min(n, k + 1));
  }
  const factor = Math.max(1, Math.ceil(cut / CUSTODY_MAX_BINS));
  const bins = Math.ceil(cut / factor);
  const out = tracks.map((t) => {
    const merged = new Float64Array(bins);
    for (let i = 0; i < t.length; i++) merged[Math.min(bins - 1, Math.floor(i / factor))]! += t[i]!;
    return merged;
  });
  return { binHours: binHours * factor, tracks: out };
}

function custodySpec(views: readonly ScenarioView[], opts: ChartOptions): CustodyChartSpec & ChartText {
  const ready = views.filter((v) => v.custody && v.summary);
  const shown = displayBins(ready[0]?.custody?.binHours ?? 6, ready.map((v) => v.custody!.shares));
  const def: TakeawayDef = { lead: 'bp.timeInCustodyHours.mean', also: 'bp.shareOver72h' };
  const legend = scenarioLegend(ready);
  if (ready.length) legend.push({ label: '72-hour standard', kind: 'standard' });
  return {
    id: 'custody',
    title: 'Time in Border Patrol custody',
    summary: chartSummary('Time in Border Patrol custody', { ...def, list: ['bp.timeInCustodyHours.mean', 'bp.timeInCustodyHours.p90', 'bp.shareOver72h'] }, views, opts),
    takeaway: chartTakeaway(def, views, opts),
    notes: [],
    legend,
    binHours: shown.binHours,
    tracks: ready.map((v, i) => ({ style: v.style, shares: shown.tracks[i]! })),
  };
}

/** Every chart of the page, in order, for the given scenarios (reference first). */
export function buildCharts(views: readonly ScenarioView[], opts: ChartOptions): ChartSpec[] {
  return [
    ...TIME_SERIES_CHARTS.map((def) => ({ kind: 'timeseries' as const, ...timeSeriesSpec(def, views, opts) })),
    { kind: 'bars' as const, ...barsSpec('dispositions', DISPOSITIONS_TITLE, 'people', DISPOSITION_METRICS, views, opts, { lead: 'dispositions.parole', pickLargest: DISPOSITION_METRICS }) },
    { kind: 'custody' as const, ...custodySpec(views, opts) },
    { kind: 'bars' as const, ...barsSpec('cost', 'Cost', 'USD', ['cost.totalUsd'], views, opts, { lead: 'cost.totalUsd' }) },
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
