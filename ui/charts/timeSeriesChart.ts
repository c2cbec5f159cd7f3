/**
 * A daily time-series chart: one mean line per scenario with its 95% band, optional
 * capacity lines, days over capacity (shaded behind a single scenario, and as one strip per
 * scenario under the axis), and policy change days marked on the time axis.
 */
import { area, curveStepAfter, line, scaleLinear } from 'd3';
import type { Unit } from '../../sim/model/metrics.ts';
import { bottomAxis, leftAxis } from './axes.ts';
import { CHART_HEIGHT, CHART_WIDTH, FONT, FONT_FAMILY, type PlotFrame } from './chartFrame.ts';
import { formatTick } from './formatValue.ts';
import { CAPACITY_COLOR, INK, OVER_CAPACITY_FILL, type ScenarioStyle } from './palette.ts';
import { h, px, type VNode } from './vnode.ts';
import { waitingNote } from './waitingNote.ts';

/** A daily series aggregated over replications (the shape of `sim/report`'s `DailyBand`). */
export interface Band {
  readonly mean: ArrayLike<number>;
  /** Lower end of the 95% interval; NaN where undefined (one replication). */
  readonly lo: ArrayLike<number>;
  readonly hi: ArrayLike<number>;
}

/** One scenario's data on a time-series chart. */
export interface TimeSeriesTrack {
  readonly style: ScenarioStyle;
  readonly band: Band;
  /** Days that have data (fewer than the horizon while the first replication is still running). */
  readonly days: number;
  /** Capacity per day, if the chart shows one. */
  readonly capacity?: ArrayLike<number>;
  /** Per day: 1 when the day was over capacity (see {@link daysOverCapacity}), else 0. */
  readonly overCapacity?: ArrayLike<number>;
  /** Days on which this scenario's policy changes. */
  readonly policyChangeDays: readonly number[];
}

/** Everything a time-series chart draws. */
export interface TimeSeriesChartSpec {
  readonly id: string;
  /** Accessible title (the page shows it as the card heading). */
  readonly title: string;
  /** Text summary, used as the SVG's description. */
  readonly summary: string;
  readonly unit: Unit;
  /** Axis title above the y axis, e.g. "people in custody". */
  readonly yLabel: string;
  /** Simulated days on the x axis. */
  readonly horizonDays: number;
  readonly tracks: readonly TimeSeriesTrack[];
  /** Draw the 95% bands (users may switch them off). */
  readonly showBands: boolean;
  readonly width?: number;
  readonly height?: number;
}

/**
 * Marks the days on which `occupancy` exceeded `capacity`: 1 over, 0 not (NaN counts as not
 * over). The chart shades exactly the days where its drawn line is above its capacity line.
 */
export function daysOverCapacity(occupancy: ArrayLike<number>, capacity: ArrayLike<number>, days: number): Uint8Array {
  const out = new Uint8Array(days);
  for (let d = 0; d < days; d++) out[d] = occupancy[d] > capacity[d] ? 1 : 0;
  return out;
}

/** Consecutive runs of flagged days as [startDay, endDayExclusive]. */
export function flaggedRuns(flags: ArrayLike<number>, days: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let d = 0; d <= days; d++) {
    const on = d < days && flags[d] === 1;
    if (on && start < 0) start = d;
    if (!on && start >= 0) {
      runs.push([start, d]);
      start = -1;
    }
  }
  return runs;
}

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>, days: number): boolean {
  for (let d = 0; d < days; d++) if (a[d] !== b[d]) return false;
  return true;
}

const STRIP_HEIGHT = 8;
const STRIP_GAP = 3;

/** Renders a time-series chart; `frame` says where the plot sits, for hover and keyboard reading. */
export function timeSeriesChart(spec: TimeSeriesChartSpec): { node: VNode; frame: PlotFrame } {
  const width = spec.width ?? CHART_WIDTH;
  const withCapacity = spec.tracks.filter((t) => t.capacity && t.overCapacity);
  const stripBlock = withCapacity.length ? 22 + withCapacity.length * (STRIP_HEIGHT + STRIP_GAP) : 0;
  const height = (spec.height ?? CHART_HEIGHT) + stripBlock;
  const m = { top: 30, right: 24, bottom: 44 + stripBlock, left: 62 };
  const plotWidth = width - m.left - m.right;
  const plotHeight = height - m.top - m.bottom;
  const lastDay = Math.max(1, spec.horizonDays - 1);
  const x = scaleLinear().domain([0, lastDay]).range([0, plotWidth]);

  const finite = (v: number) => (Number.isFinite(v) ? v : 0);
  let top = 0;
  for (const t of spec.tracks) {
    for (let d = 0; d < t.days; d++) {
      top = Math.max(top, finite(t.band.mean[d]), spec.showBands ? finite(t.band.hi[d]) : 0, t.capacity ? finite(t.capacity[d]) : 0);
    }
  }
  const y = scaleLinear()
    .domain([0, top > 0 ? top * 1.05 : 1])
    .range([plotHeight, 0])
    .nice(5);

  const days = (t: TimeSeriesTrack) => Array.from({ length: Math.min(t.days, spec.horizonDays) }, (_, d) => d);
  const lineOf = (values: ArrayLike<number>) =>
    line<number>()
      .defined((d) => Number.isFinite(values[d]))
      .x((d) => x(d))
      .y((d) => y(values[d]))
      .digits(1);

  // Capacity: one line when every scenario has the same capacity, else one per scenario.
  const capTracks = spec.tracks.filter((t) => t.capacity);
  const shared = capTracks.length > 0 && capTracks.every((t) => t.days === capTracks[0].days && sameArray(t.capacity!, capTracks[0].capacity!, t.days));
  const capacityLines = (shared ? capTracks.slice(0, 1) : capTracks).map((t) => {
    const path = lineOf(t.capacity!).curve(curveStepAfter)(days(t)) ?? '';
    const lastX = x(Math.max(0, t.days - 1));
    const lastY = y(finite(t.capacity![Math.max(0, t.days - 1)]));
    return h(
      'g',
      { class: 'capacity', 'data-scenario': shared ? null : t.style.key },
      h('path', { d: path, fill: 'none', stroke: CAPACITY_COLOR, 'stroke-width': 2.5 }),
      h(
        'text',
        { x: px(lastX), y: px(lastY - 6), 'text-anchor': 'end', fill: CAPACITY_COLOR, 'font-size': FONT.small, 'font-family': FONT_FAMILY, 'font-weight': 600 },
        shared ? 'capacity' : `capacity (${t.style.label})`,
      ),
    );
  });

  const single = spec.tracks.length === 1 ? spec.tracks[0] : undefined;
  const shading =
    single?.overCapacity
      ? flaggedRuns(single.overCapacity, Math.min(single.days, spec.horizonDays)).map(([a, b]) =>
          h('rect', { x: px(x(a - 0.5 < 0 ? 0 : a - 0.5)), y: 0, width: px(Math.max(1, x(Math.min(b - 0.5, lastDay)) - x(Math.max(0, a - 0.5)))), height: px(plotHeight), fill: OVER_CAPACITY_FILL, 'fill-opacity': 0.22 }),
        )
      : [];

  const bands = spec.showBands
    ? spec.tracks.map((t) => {
        const a = area<number>()
          .defined((d) => Number.isFinite(t.band.lo[d]) && Number.isFinite(t.band.hi[d]))
          .x((d) => x(d))
          .y0((d) => y(t.band.lo[d]))
          .y1((d) => y(t.band.hi[d]))
          .digits(1);
        return h('path', { class: 'band', 'data-scenario': t.style.key, d: a(days(t)) ?? '', fill: t.style.color, 'fill-opacity': t.style.isReference ? 0.14 : 0.2, stroke: 'none' });
      })
    : [];

  // Reference drawn last so it stays visible on top of the alternatives.
  const ordered = [...spec.tracks].sort((a, b) => Number(a.style.isReference) - Number(b.style.isReference));
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

  const policyDays = [...new Set(spec.tracks.flatMap((t) => t.policyChangeDays))].filter((d) => d > 0 && d <= lastDay).sort((a, b) => a - b);
  const policy = policyDays.map((d) =>
    h(
      'g',
      { class: 'policy-change', transform: `translate(${px(x(d))},0)` },
      h('line', { y1: 0, y2: px(plotHeight), stroke: INK.policy, 'stroke-width': 1.5, 'stroke-dasharray': '4 4' }),
      h('path', { d: `M-5,${px(plotHeight + 1)}L5,${px(plotHeight + 1)}L0,${px(plotHeight - 7)}Z`, fill: INK.policy }),
      h('text', { x: 4, y: 12, 'font-size': FONT.small, 'font-family': FONT_FAMILY, fill: INK.policy }, `policy change, day ${d}`),
    ),
  );

  const strips = withCapacity.length
    ? h(
        'g',
        { class: 'over-capacity-strips', transform: `translate(0,${px(plotHeight + 44)})`, 'font-family': FONT_FAMILY, 'font-size': FONT.small },
        h('text', { x: 0, y: 6, fill: INK.muted }, 'days above capacity'),
        withCapacity.map((t, i) =>
          h(
            'g',
            { class: 'strip', 'data-scenario': t.style.key, transform: `translate(0,${i * (STRIP_HEIGHT + STRIP_GAP) + 12})` },
            h('rect', { x: 0, y: 0, width: px(plotWidth), height: STRIP_HEIGHT, fill: '#f4f4f4' }),
            flaggedRuns(t.overCapacity!, Math.min(t.days, spec.horizonDays)).map(([a, b]) =>
              h('rect', { x: px(x(Math.max(0, a - 0.5))), y: 0, width: px(Math.max(1.5, x(Math.min(b - 0.5, lastDay)) - x(Math.max(0, a - 0.5)))), height: STRIP_HEIGHT, fill: t.style.color }),
            ),
          ),
        ),
      )
    : null;

  const node = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart chart-timeseries',
      'data-chart': spec.id,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': spec.title,
    },
    h('title', {}, spec.title),
    h('desc', {}, spec.summary),
    h(
      'g',
      { class: 'plot', transform: `translate(${m.left},${m.top})` },
      h('g', { class: 'over-capacity' }, shading),
      leftAxis(y, plotWidth, { ticks: 5, format: (v) => formatTick(v, spec.unit), label: spec.yLabel }),
      h('g', { class: 'bands' }, bands),
      h('g', { class: 'capacities' }, capacityLines),
      h('g', { class: 'lines' }, lines),
      h('g', { class: 'policy-changes' }, policy),
      spec.tracks.length === 0 ? waitingNote(plotWidth, plotHeight) : null,
      bottomAxis(x, plotHeight, { ticks: Math.max(3, Math.round(plotWidth / 70)), format: (v) => String(v), label: 'simulated day', integer: true }),
      strips,
    ),
  );
  return { node, frame: { width, height, left: m.left, top: m.top, plotWidth, plotHeight, xDomain: [0, lastDay] } };
}

/** Largest finite value of a track's mean over its days (for summaries). */
export function peakOf(values: ArrayLike<number>, days: number): { day: number; value: number } {
  let best = { day: -1, value: Number.NaN };
  for (let d = 0; d < days; d++) if (Number.isFinite(values[d]) && !(values[d] <= best.value)) best = { day: d, value: values[d] };
  return best;
}
