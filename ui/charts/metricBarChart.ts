/**
 * Horizontal grouped bars of summary metrics (one group per metric, one bar per scenario)
 * with 95% interval whiskers: dispositions by path, cost. A published total over the same
 * horizon, where one is shown, is a rule across its group's bars headed by a marker.
 */
import { scaleLinear } from 'd3';
import type { Unit } from '../../sim/model/metrics.ts';
import { bottomAxis } from './axes.ts';
import { CHART_WIDTH, FONT, FONT_FAMILY, type PlotFrame } from './chartFrame.ts';
import { formatTick, formatValue } from './formatValue.ts';
import { fittingTicks, textWidth } from './labelLayout.ts';
import { INK, OBSERVED_COLOR, observedMarkerPath, type ObservedShape, type ScenarioStyle } from './palette.ts';
import { h, px, type VNode } from './vnode.ts';
import { waitingNote } from './waitingNote.ts';

/** A metric aggregated over replications (the shape of `MetricSummary`, only what bars need). */
export interface BarValue {
  readonly mean: number;
  readonly ci95: readonly [number, number];
}

/** One scenario's values, by group id. */
export interface MetricBarTrack {
  readonly style: ScenarioStyle;
  readonly values: Readonly<Record<string, BarValue>>;
}

/** A published total set beside a group's bars. */
export interface ObservedBarValue {
  /** Stable key (the file id). */
  readonly key: string;
  /** What the legend calls it ("Observed: …"). */
  readonly label: string;
  readonly shape: ObservedShape;
  /** The source line of the file. */
  readonly source: string;
  readonly value: number;
}

/** Everything a metric bar chart draws. */
export interface MetricBarChartSpec {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly unit: Unit;
  /** Bar groups, top to bottom: a metric id (key into track values), its label, and any published total of the same quantity. */
  readonly groups: readonly { readonly id: string; readonly label: string; readonly observed?: readonly ObservedBarValue[] }[];
  readonly tracks: readonly MetricBarTrack[];
  /** Draw the 95% whiskers. */
  readonly showBands: boolean;
  readonly width?: number;
}

const BAR = 16;
const BAR_GAP = 3;
const GROUP_GAP = 14;
/** Narrower charts put each group's label above its bars instead of beside them. */
const LABELS_BESIDE_FROM = 520;
const LABEL_ROW = 18;

/** Vertical layout of the groups: the label row (narrow charts) and the bars of each group. */
function groupLayout(spec: MetricBarChartSpec) {
  const n = Math.max(1, spec.tracks.length);
  const bars = n * BAR + (n - 1) * BAR_GAP;
  const beside = (spec.width ?? CHART_WIDTH) >= LABELS_BESIDE_FROM;
  const labelRow = beside ? 0 : LABEL_ROW;
  return { bars, labelRow, beside, step: labelRow + bars + GROUP_GAP };
}

/** Index of the bar group at `y` (SVG units from the top of the plot area), or -1. */
export function barGroupAt(spec: MetricBarChartSpec, y: number): number {
  const { step, bars, labelRow } = groupLayout(spec);
  const i = Math.floor(y / step);
  return i >= 0 && i < spec.groups.length && y - i * step <= labelRow + bars ? i : -1;
}

/** Renders the bars; the frame's x domain is the value axis. */
export function metricBarChart(spec: MetricBarChartSpec): { node: VNode; frame: PlotFrame } {
  const width = spec.width ?? CHART_WIDTH;
  const { bars: groupHeight, labelRow, beside, step } = groupLayout(spec);
  const m = { top: 12, right: beside ? 96 : 78, bottom: 44, left: beside ? 190 : 10 };
  const plotHeight = spec.groups.length * step - GROUP_GAP;
  const height = m.top + plotHeight + m.bottom;
  const plotWidth = width - m.left - m.right;

  let top = 0;
  for (const t of spec.tracks) {
    for (const g of spec.groups) {
      const v = t.values[g.id];
      if (!v) continue;
      top = Math.max(top, Number.isFinite(v.mean) ? v.mean : 0, spec.showBands && Number.isFinite(v.ci95[1]) ? v.ci95[1] : 0);
    }
  }
  for (const g of spec.groups) for (const o of g.observed ?? []) if (Number.isFinite(o.value)) top = Math.max(top, o.value);
  const tickCount = fittingTicks(plotWidth, textWidth(formatTick(top, spec.unit), FONT.tick), 5);
  const x = scaleLinear().domain([0, top > 0 ? top : 1]).range([0, plotWidth]).nice(tickCount);

  const clampX = (v: number) => x(Math.max(0, Math.min(x.domain()[1]!, v)));
  const groups = spec.groups.map((g, gi) =>
    h(
      'g',
      { class: 'bar-group', 'data-metric': g.id, transform: `translate(0,${px(gi * step)})` },
      beside
        ? h('text', { class: 'group-label', x: -10, y: px(groupHeight / 2), dy: '0.32em', 'text-anchor': 'end', 'font-size': FONT.label, fill: INK.axis }, g.label)
        : h('text', { class: 'group-label', x: 0, y: LABEL_ROW - 5, 'font-size': FONT.label, fill: INK.axis, 'font-weight': 600 }, g.label),
      // Under the bars and their value labels, so a label stays readable where the rule crosses it.
      (g.observed ?? []).map((o) => {
        const ox = px(clampX(o.value));
        const y1 = labelRow - 3, y2 = labelRow + groupHeight + 3;
        return h(
          'g',
          { class: 'observed-total', 'data-file': o.key, fill: OBSERVED_COLOR, stroke: OBSERVED_COLOR },
          h('line', { x1: ox, x2: ox, y1, y2, stroke: '#ffffff', 'stroke-width': 5, 'stroke-opacity': 0.85 }),
          h('line', { x1: ox, x2: ox, y1, y2, 'stroke-width': 2 }),
          // The marker heads the rule, in the gap above the bars, where no bar covers it.
          h('path', { d: observedMarkerPath(o.shape, ox, y1 - 2, 5), stroke: '#ffffff', 'stroke-width': 1.5 }),
        );
      }),
      spec.tracks.map((t, ti) => {
        const v = t.values[g.id];
        if (!v || !Number.isFinite(v.mean)) return null;
        const y0 = labelRow + ti * (BAR + BAR_GAP);
        const w = Math.max(0, clampX(v.mean));
        const whisker = spec.showBands && Number.isFinite(v.ci95[0]) && Number.isFinite(v.ci95[1]);
        return h(
          'g',
          { class: 'bar', 'data-scenario': t.style.key },
          h('rect', { x: 0, y: y0, width: px(w), height: BAR, fill: t.style.color, 'fill-opacity': t.style.isReference ? 0.9 : 0.8 }),
          whisker
            ? h('path', {
                class: 'whisker',
                d: `M${px(clampX(v.ci95[0]))},${y0 + BAR / 2}H${px(clampX(v.ci95[1]))}M${px(clampX(v.ci95[0]))},${y0 + 3}V${y0 + BAR - 3}M${px(clampX(v.ci95[1]))},${y0 + 3}V${y0 + BAR - 3}`,
                stroke: INK.axis,
                'stroke-width': 1.5,
                fill: 'none',
              })
            : null,
          h('text', { class: 'value-label', x: px(Math.max(w, whisker ? clampX(v.ci95[1]) : 0) + 6), y: y0 + BAR / 2, dy: '0.32em', 'font-size': FONT.small, fill: INK.axis }, formatValue(v.mean, spec.unit)),
        );
      }),
    ),
  );

  const node = h(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'chart chart-bars', 'data-chart': spec.id, viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': spec.title },
    h('title', {}, spec.title),
    h('desc', {}, spec.summary),
    h(
      'g',
      { class: 'plot', transform: `translate(${m.left},${m.top})`, 'font-family': FONT_FAMILY },
      h(
        'g',
        { class: 'grid' },
        x.ticks(tickCount).map((t) => h('line', { x1: px(x(t)), x2: px(x(t)), y1: 0, y2: px(plotHeight), stroke: INK.grid })),
      ),
      spec.tracks.length === 0 ? waitingNote(plotWidth, plotHeight) : null,
      groups,
      bottomAxis(x, plotHeight, { ticks: tickCount, format: (v) => formatTick(v, spec.unit), label: spec.unit === 'USD' ? 'US dollars over the horizon' : `${spec.unit} over the horizon` }),
    ),
  );
  return { node, frame: { width, height, left: m.left, top: m.top, plotWidth, plotHeight, xDomain: [0, x.domain()[1]] } };
}
