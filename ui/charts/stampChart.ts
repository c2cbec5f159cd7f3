/**
 * Wraps a chart for export: a heading with the chart title, a legend of the scenarios (and of
 * any published series drawn, one line each), and a footer with the comparison title, model
 * version, seed, replications and sources, so an exported image still says where it came from.
 */
import { FONT_FAMILY } from './chartFrame.ts';
import { INK, OBSERVED_COLOR, observedMarkerPath, type ObservedShape, type ScenarioStyle } from './palette.ts';
import { h, type VNode } from './vnode.ts';

/** What every exported chart is stamped with. */
export interface StampInfo {
  readonly chartTitle: string;
  readonly comparisonTitle: string;
  readonly modelVersion: string;
  readonly seed: number;
  readonly reps: number;
  readonly scenarios: readonly ScenarioStyle[];
  /** Sources of the scenarios' figures, one short line each. */
  readonly sources: readonly string[];
  /** Link that reopens the comparison. */
  readonly link?: string;
  /** Published series drawn on the chart: legend label, marker and the file's source line. */
  readonly observed?: readonly { readonly label: string; readonly shape: ObservedShape; readonly source: string }[];
}

const HEADER = 62;
const LINE = 16;
/** Height of one legend line of a published series. */
const LEGEND_ROW = 18;

/** Greedy word wrap to about `chars` characters per line. */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length > chars ? `${word.slice(0, chars - 1)}…` : word;
    if (current && current.length + 1 + w.length > chars) {
      lines.push(current);
      current = w;
    } else current = current ? `${current} ${w}` : w;
  }
  if (current) lines.push(current);
  return lines;
}

/** Returns a standalone SVG: header, the chart (its root `svg` nested), footer. */
export function stampChart(chart: VNode, info: StampInfo): VNode {
  const width = Number(chart.attrs.width);
  const chartHeight = Number(chart.attrs.height);
  const chars = Math.floor(width / 6.6);
  const observed = info.observed ?? [];
  const footer = [
    `${info.comparisonTitle} · model ${info.modelVersion} · seed ${info.seed} · ${info.reps} replication${info.reps === 1 ? '' : 's'} · bands: 95% CI of the mean`,
    ...info.sources.flatMap((s) => wrapText(`Source: ${s}`, chars)),
    ...observed.flatMap((o) => wrapText(`Observed data: ${o.source}`, chars)),
    ...(info.link ? wrapText(info.link, chars).slice(0, 3) : []),
  ];
  const header = HEADER + observed.length * LEGEND_ROW;
  const height = header + chartHeight + 12 + footer.length * LINE;
  let x = 16;
  const legend = info.scenarios.map((s) => {
    const item = h(
      'g',
      { transform: `translate(${x},46)` },
      h('line', { x1: 0, x2: 26, y1: -4, y2: -4, stroke: s.color, 'stroke-width': s.isReference ? 3 : 2.5, 'stroke-dasharray': s.dash }),
      h('text', { x: 32, y: 0, 'font-size': 13 }, s.label),
    );
    x += 48 + s.label.length * 7.2;
    return item;
  });
  const observedLegend = observed.map((o, i) =>
    h(
      'g',
      { transform: `translate(16,${46 + (i + 1) * LEGEND_ROW})` },
      h('line', { x1: 0, x2: 26, y1: -4, y2: -4, stroke: OBSERVED_COLOR, 'stroke-width': 2 }),
      h('path', { d: observedMarkerPath(o.shape, 13, -4, 4), fill: OBSERVED_COLOR, stroke: '#ffffff', 'stroke-width': 1.5 }),
      h('text', { x: 32, y: 0, 'font-size': 13 }, wrapText(o.label, chars - 6)[0]!),
    ),
  );
  return h(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, 'font-family': FONT_FAMILY },
    h('rect', { width, height, fill: '#ffffff' }),
    h('text', { x: 16, y: 24, 'font-size': 18, 'font-weight': 700, fill: '#111111' }, info.chartTitle),
    h('g', { class: 'legend', fill: INK.axis }, legend, observedLegend),
    h('g', { transform: `translate(0,${header})` }, { ...chart, attrs: { ...chart.attrs, x: 0, y: 0 } }),
    h(
      'g',
      { class: 'stamp', 'font-size': 11.5, fill: INK.muted },
      footer.map((line, i) => h('text', { x: 16, y: header + chartHeight + 12 + i * LINE + 10 }, line)),
    ),
  );
}
