/**
 * A daily time-series chart: one or more panels sharing a time axis in calendar dates, each
 * with one mean line per scenario, its 95% band (clipped to the plot and to zero) and
 * optional capacity lines; every dated change of every scenario marked across the panels and
 * named, in its scenario's colour, in rows above the plot. Labels at the line ends sit in a
 * right-hand gutter, spread so none overlaps another; on narrow charts only the capacity
 * labels remain (the card's legend names the lines). Days over capacity, as the model counts
 * them, are a strip per scenario along the foot of the plot, darker where more replications
 * were over. Published values (see `observedOverlay.ts`) are drawn over the lines in their own
 * colour: a thin line across the period a value describes, with a marker at its middle (a
 * stock at a period's end: a marker on its last day).
 */
import { area, curveStepAfter, line, scaleLinear } from 'd3';
import type { Unit } from '../../sim/model/metrics.ts';
import { leftAxis } from './axes.ts';
import { CHART_WIDTH, FONT, FONT_FAMILY, type PlotFrame } from './chartFrame.ts';
import { formatTick } from './formatValue.ts';
import { fittingTicks, packRows, spread, textWidth } from './labelLayout.ts';
import type { ObservedMark } from './observedOverlay.ts';
import { CAPACITY_COLOR, INK, OBSERVED_COLOR, observedMarkerPath, type ObservedShape, type ScenarioStyle } from './palette.ts';
import { timeTicks } from './timeAxis.ts';
import { h, px, type VNode } from './vnode.ts';
import { waitingNote } from './waitingNote.ts';

/** A daily series aggregated over replications (the shape of `sim/report`'s `DailyBand`). */
export interface Band {
  readonly mean: ArrayLike<number>;
  /** Lower end of the 95% interval; NaN where undefined (one replication). */
  readonly lo: ArrayLike<number>;
  readonly hi: ArrayLike<number>;
}

/** One scenario's data in a panel. */
export interface TimeSeriesTrack {
  readonly style: ScenarioStyle;
  readonly band: Band;
  /** Days that have data (fewer than the horizon while the first replication is still running). */
  readonly days: number;
  /** Capacity per day, if the panel shows one. */
  readonly capacity?: ArrayLike<number>;
  /**
   * Share of replications in which the place was over its capacity at some time that day
   * (the model's daily 0/1 series, such as `bp.overCapacity`, averaged), if the panel marks it.
   */
  readonly overCapacity?: ArrayLike<number>;
}

/** A published series drawn on a panel, in the panel's units. */
export interface ObservedPanelTrack {
  /** Stable key (the file id). */
  readonly key: string;
  /** What the legend calls it ("Observed: …"). */
  readonly label: string;
  /** How a value reads in the panel's units ("each month's count divided by its days"). */
  readonly reading: string;
  /** The source line of the file. */
  readonly source: string;
  readonly shape: ObservedShape;
  readonly marks: readonly ObservedMark[];
}

/** One panel: a quantity over time for every scenario. */
export interface TimeSeriesPanel {
  readonly id: string;
  /** Axis title above the panel, e.g. "people in custody". */
  readonly label: string;
  /** Added to the title in brackets where it fits, e.g. "daily mean". */
  readonly detail?: string;
  readonly tracks: readonly TimeSeriesTrack[];
  /** Published values of the same quantity, if any are shown. */
  readonly observed?: readonly ObservedPanelTrack[];
}

/** A dated change marked on the chart, with the scenarios that make it. */
export interface ChangeMarker {
  readonly day: number;
  readonly text: string;
  readonly scenarios: readonly ScenarioStyle[];
}

/** Everything a time-series chart draws. */
export interface TimeSeriesChartSpec {
  readonly id: string;
  /** Accessible title (the page shows it as the card heading). */
  readonly title: string;
  /** Text summary, used as the SVG's description. */
  readonly summary: string;
  readonly unit: Unit;
  /** Simulated days on the x axis. */
  readonly horizonDays: number;
  /** Date of day 0 (`YYYY-MM-DD`), or null for day numbers on the axis. */
  readonly startDate: string | null;
  readonly panels: readonly TimeSeriesPanel[];
  readonly markers: readonly ChangeMarker[];
  /** Draw the 95% bands (users may switch them off). */
  readonly showBands: boolean;
  readonly width?: number;
}

/** Charts this wide or wider label line ends in a gutter on the right. */
const GUTTER_FROM = 560;
const GUTTER = 128;
const ROW = 16;
const PANEL_GAP = 40;

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>, days: number): boolean {
  for (let d = 0; d < days; d++) if (a[d] !== b[d]) return false;
  return true;
}

/** `text` shortened with an ellipsis to fit `width` at `fontSize`. */
function fit(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = Math.max(1, Math.floor(width / (fontSize * 0.62)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}

const finite = (v: number) => (Number.isFinite(v) ? v : 0);

/** Height of one scenario's strip of days over capacity. */
export const OVER_STRIP = 5;

/** Runs of days `[from, to)` over which the share of replications over capacity (rounded to quarters) is the same and above 0. */
export function overCapacityRuns(share: ArrayLike<number>, days: number): { from: number; to: number; share: number }[] {
  const runs: { from: number; to: number; share: number }[] = [];
  for (let d = 0; d < days; d++) {
    const q = Number.isFinite(share[d]!) ? Math.ceil(share[d]! * 4) / 4 : 0;
    const last = runs[runs.length - 1];
    if (q === 0) continue;
    if (last && last.to === d && last.share === q) last.to = d + 1;
    else runs.push({ from: d, to: d + 1, share: q });
  }
  return runs;
}

/** A panel's title with its detail where that fits, else without, else shortened. */
function panelTitle(panel: TimeSeriesPanel, room: number): string {
  const full = panel.detail ? `${panel.label} (${panel.detail})` : panel.label;
  return textWidth(full, FONT.label) <= room ? full : fit(panel.label, room, FONT.label);
}

/** Renders a time-series chart; `frame` says where the plot sits, for hover and keyboard reading. */
export function timeSeriesChart(spec: TimeSeriesChartSpec): { node: VNode; frame: PlotFrame } {
  const width = spec.width ?? CHART_WIDTH;
  const gutter = width >= GUTTER_FROM ? GUTTER : 0;
  const left = width < 420 ? 50 : 62;
  const plotWidth = width - left - (gutter || 18);
  const lastDay = Math.max(1, spec.horizonDays - 1);
  const x = scaleLinear().domain([0, lastDay]).range([0, plotWidth]);

  // Marker labels, packed into rows above the plot.
  const room = plotWidth + gutter - 8;
  const markerLabels = spec.markers
    .filter((m) => m.day > 0 && m.day <= lastDay)
    .map((m) => {
      const shared = m.scenarios.length > 1;
      const named = shared ? `${m.text} (${m.scenarios.map((s) => s.label).join(', ')})` : m.text;
      const label = fit(textWidth(named, FONT.small) <= room || !shared ? named : `${m.text} (${m.scenarios.length} scenarios)`, room, FONT.small);
      const w = textWidth(label, FONT.small);
      const mx = x(m.day);
      // Beside its line: to the right where it fits, else ending at the line.
      const startX = mx + w + 4 <= plotWidth + gutter ? mx + 4 : Math.max(0, mx - 4 - w);
      return { m, label, x: startX, width: w, color: shared ? INK.axis : m.scenarios[0]!.ink };
    });
  const rows = packRows(markerLabels);
  const rowCount = markerLabels.length ? Math.max(...rows) + 1 : 0;
  const top = 12 + rowCount * ROW + 26;
  const panelHeight = spec.panels.length > 1 ? 170 : width < 420 ? 200 : 236;
  const plotHeight = spec.panels.length * panelHeight + (spec.panels.length - 1) * PANEL_GAP;
  const bottom = 40;
  const height = top + plotHeight + bottom;
  const tickLabel = spec.startDate ? textWidth('Oct 2023', FONT.tick) : textWidth('day 000', FONT.tick);
  const ticks = timeTicks(spec.startDate, lastDay, fittingTicks(plotWidth, tickLabel, 12));

  const days = (t: TimeSeriesTrack) => Array.from({ length: Math.min(t.days, spec.horizonDays) }, (_, d) => d);
  const panels = spec.panels.map((panel, pi) => {
    const y0 = pi * (panelHeight + PANEL_GAP);
    let peak = 0;
    for (const t of panel.tracks) {
      for (let d = 0; d < t.days; d++) peak = Math.max(peak, finite(t.band.mean[d]), spec.showBands ? finite(t.band.hi[d]) : 0, t.capacity ? finite(t.capacity[d]) : 0);
    }
    for (const o of panel.observed ?? []) for (const m of o.marks) peak = Math.max(peak, finite(m.value));
    const y = scaleLinear()
      .domain([0, peak > 0 ? peak * 1.05 : 1])
      .range([panelHeight, 0])
      .nice(5);
    const yTop = y.domain()[1]!;
    const clamp = (v: number) => Math.max(0, Math.min(yTop, v));
    const lineOf = (values: ArrayLike<number>) =>
      line<number>()
        .defined((d) => Number.isFinite(values[d]))
        .x((d) => x(d))
        .y((d) => y(clamp(values[d]!)))
        .digits(1);
    const clipId = `clip-${spec.id}-${panel.id}`;

    // Capacity: one line when every scenario has the same capacity, else one per scenario in its dash.
    const capTracks = panel.tracks.filter((t) => t.capacity);
    const sharedCap = capTracks.length > 0 && capTracks.every((t) => t.days === capTracks[0]!.days && sameArray(t.capacity!, capTracks[0]!.capacity!, t.days));
    const capShown = sharedCap ? capTracks.slice(0, 1) : capTracks;
    const capacityLines = capShown.map((t) =>
      h('path', { class: 'capacity', 'data-scenario': sharedCap ? null : t.style.key, d: lineOf(t.capacity!).curve(curveStepAfter)(days(t)) ?? '', fill: 'none', stroke: CAPACITY_COLOR, 'stroke-width': 2.5, 'stroke-dasharray': sharedCap ? null : t.style.dash }),
    );

    const bands = spec.showBands
      ? panel.tracks.map((t) => {
          const a = area<number>()
            .defined((d) => Number.isFinite(t.band.lo[d]) && Number.isFinite(t.band.hi[d]))
            .x((d) => x(d))
            .y0((d) => y(clamp(t.band.lo[d]!)))
            .y1((d) => y(clamp(t.band.hi[d]!)))
            .digits(1);
          return h('path', { class: 'band', 'data-scenario': t.style.key, d: a(days(t)) ?? '', fill: t.style.color, 'fill-opacity': t.style.isReference ? 0.14 : 0.2, stroke: 'none' });
        })
      : [];

    // Reference drawn last so it stays visible on top of the alternatives.
    const ordered = [...panel.tracks].sort((a, b) => Number(a.style.isReference) - Number(b.style.isReference));
    const lines = ordered.map((t) =>
      h('path', {
        class: 'mean',
        'data-scenario': t.style.key,
        d: lineOf(t.band.mean)(days(t)) ?? '',
        fill: 'none',
        stroke: t.style.color,
        'stroke-width': t.style.isReference ? 3 : 2.5,
        'stroke-dasharray': t.style.dash,
        'stroke-linejoin': 'round',
      }),
    );

    // Labels at the line ends: capacities always, scenario names where there is a gutter.
    const endY = (values: ArrayLike<number>, n: number) => {
      for (let d = Math.min(n, spec.horizonDays) - 1; d >= 0; d--) if (Number.isFinite(values[d])) return y(clamp(values[d]!));
      return null;
    };
    const ends: { at: number; size: number; text: string; color: string; cls: string; key: string | null }[] = [];
    for (const t of capShown) {
      const at = endY(t.capacity!, t.days);
      const room = (gutter || plotWidth / 2) - 8;
      if (at !== null) ends.push({ at, size: FONT.small + 3, text: fit(sharedCap ? 'capacity' : `capacity, ${t.style.label}`, room, FONT.small), color: CAPACITY_COLOR, cls: 'capacity-label', key: sharedCap ? null : t.style.key });
    }
    if (gutter) {
      for (const t of panel.tracks) {
        const at = endY(t.band.mean, t.days);
        if (at !== null) ends.push({ at, size: FONT.small + 3, text: fit(t.style.label, gutter - 10, FONT.small), color: t.style.ink, cls: 'line-label', key: t.style.key });
      }
    }
    const placed = spread(ends, 0, panelHeight);

    // Days over capacity: one strip per scenario, stacked up from the foot of the plot.
    const overTracks = panel.tracks.filter((t) => t.overCapacity);
    const overStrips = overTracks.map((t, k) =>
      h(
        'g',
        { class: 'over-capacity', 'data-scenario': t.style.key, fill: t.style.color },
        overCapacityRuns(t.overCapacity!, Math.min(t.days, spec.horizonDays)).map((r) =>
          h('rect', { x: px(x(Math.max(0, r.from - 0.5))), y: px(panelHeight - (k + 1) * OVER_STRIP), width: px(Math.max(1, x(Math.min(lastDay, r.to - 0.5)) - x(Math.max(0, r.from - 0.5)))), height: OVER_STRIP - 1, 'fill-opacity': 0.25 + 0.75 * r.share }),
        ),
      ),
    );
    // Published values: over everything else, each marker ringed in white so it reads over a line.
    const observed = (panel.observed ?? []).map((o) =>
      h(
        'g',
        { class: 'observed-track', 'data-file': o.key, fill: OBSERVED_COLOR, stroke: OBSERVED_COLOR },
        o.marks.map((m) => {
          const at = y(clamp(m.value));
          const x0 = x(m.from), x1 = x(m.to - 1);
          return h(
            'g',
            { class: 'observed-mark', 'data-month': m.month },
            // A white underlay keeps the thin line apart from a model line it runs along.
            m.to - m.from > 1 ? h('line', { x1: px(x0), x2: px(x1), y1: px(at), y2: px(at), stroke: '#ffffff', 'stroke-width': 5, 'stroke-linecap': 'round', 'stroke-opacity': 0.85 }) : null,
            m.to - m.from > 1 ? h('line', { x1: px(x0), x2: px(x1), y1: px(at), y2: px(at), 'stroke-width': 2, 'stroke-linecap': 'round' }) : null,
            h('path', { d: observedMarkerPath(o.shape, (x0 + x1) / 2, at, 5.5), stroke: '#ffffff', 'stroke-width': 1.5 }),
          );
        }),
      ),
    );
    const endLabels = ends.map((e, i) =>
      gutter
        ? h('text', { class: e.cls, 'data-scenario': e.key, x: px(plotWidth + 8), y: px(placed[i]!), dy: '0.32em', fill: e.color, 'font-size': FONT.small, 'font-weight': 600 }, e.text)
        : // Inside the plot: a white halo keeps the label readable over the lines.
          h('text', { class: e.cls, 'data-scenario': e.key, x: px(plotWidth - 2), y: px(placed[i]! - FONT.small / 2 - 2), dy: '0.32em', 'text-anchor': 'end', fill: e.color, stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round', 'font-size': FONT.small, 'font-weight': 600 }, e.text),
    );

    return h(
      'g',
      { class: 'panel', 'data-panel': panel.id, transform: `translate(0,${px(y0)})` },
      h('clipPath', { id: clipId }, h('rect', { x: 0, y: 0, width: px(plotWidth), height: px(panelHeight) })),
      leftAxis(y, plotWidth, { ticks: Math.min(5, Math.max(2, Math.floor(panelHeight / 40))), format: (v) => formatTick(v, spec.unit), label: panelTitle(panel, plotWidth + gutter) }),
      h('g', { class: 'bands', 'clip-path': `url(#${clipId})` }, bands),
      h('g', { class: 'capacities', 'clip-path': `url(#${clipId})` }, capacityLines),
      h('g', { class: 'lines', 'clip-path': `url(#${clipId})` }, lines),
      overStrips.length ? h('g', { class: 'over-capacity-strips', 'clip-path': `url(#${clipId})` }, overStrips) : null,
      observed.length ? h('g', { class: 'observed' }, observed) : null,
      h('g', { class: 'end-labels', 'font-family': FONT_FAMILY }, endLabels),
      panel.tracks.length === 0 ? waitingNote(plotWidth, panelHeight) : null,
      h('line', { class: 'axis-base', x1: 0, x2: px(plotWidth), y1: px(panelHeight), y2: px(panelHeight), stroke: INK.axis }),
    );
  });

  const markerTop = -(rowCount * ROW + 26);
  const markers = markerLabels.map((l, i) => {
    const mx = px(x(l.m.day));
    const rowY = markerTop + rows[i]! * ROW + 11;
    const stroke = l.m.scenarios.length > 1 ? INK.policy : l.m.scenarios[0]!.color;
    return h(
      'g',
      { class: 'change-marker', 'data-day': l.m.day, 'data-scenarios': l.m.scenarios.map((s) => s.key).join(' ') },
      h('line', { x1: mx, x2: mx, y1: 0, y2: px(plotHeight), stroke, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }),
      h('path', { d: `M${px(mx - 5)},${px(plotHeight + 1)}L${px(mx + 5)},${px(plotHeight + 1)}L${mx},${px(plotHeight - 7)}Z`, fill: stroke }),
      h('text', { class: 'marker-label', x: px(l.x), y: px(rowY), fill: l.color, 'font-size': FONT.small, 'font-family': FONT_FAMILY, 'font-weight': 600 }, l.label),
    );
  });

  const xAxis = h(
    'g',
    { class: 'axis axis-x', transform: `translate(0,${px(plotHeight)})`, 'font-size': FONT.tick, 'font-family': FONT_FAMILY, fill: INK.axis },
    ticks.map((t) => h('g', { class: 'tick', transform: `translate(${px(x(t.day))},0)` }, h('line', { y2: 5, stroke: INK.axis }), h('text', { y: 19, 'text-anchor': t.day === 0 ? 'start' : 'middle' }, t.label))),
  );

  const node = h(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'chart chart-timeseries', 'data-chart': spec.id, viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': spec.title },
    h('title', {}, spec.title),
    h('desc', {}, spec.summary),
    h('g', { class: 'plot', transform: `translate(${left},${top})` }, panels, h('g', { class: 'change-markers' }, markers), xAxis),
  );
  return { node, frame: { width, height, left, top, plotWidth, plotHeight, xDomain: [0, lastDay] } };
}
