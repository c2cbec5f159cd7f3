/**
 * Distribution of time in Border Patrol custody: the share of people per time bin, one step
 * line per scenario, with the 72-hour custody standard (CBP TEDS, 2015) marked.
 */
import { area, curveStepAfter, line, scaleLinear } from 'd3';
import { bottomAxis, leftAxis } from './axes.ts';
import { CHART_HEIGHT, CHART_WIDTH, FONT, FONT_FAMILY, type PlotFrame } from './chartFrame.ts';
import { formatTick } from './formatValue.ts';
import { fittingTicks, textWidth } from './labelLayout.ts';
import { CAPACITY_COLOR, type ScenarioStyle } from './palette.ts';
import { h, px, type VNode } from './vnode.ts';
import { waitingNote } from './waitingNote.ts';

/** The custody standard marked on the chart, in hours (CBP TEDS standards, 2015). */
export const CUSTODY_STANDARD_HOURS = 72;

/** One scenario's distribution: the share of people in each bin (last bin open-ended). */
export interface CustodyTrack {
  readonly style: ScenarioStyle;
  readonly shares: ArrayLike<number>;
}

/** Everything the custody chart draws. */
export interface CustodyChartSpec {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Width of each bin in hours. */
  readonly binHours: number;
  readonly tracks: readonly CustodyTrack[];
  readonly width?: number;
  readonly height?: number;
}

/** Renders the distribution; the frame's x domain is hours. */
export function custodyChart(spec: CustodyChartSpec): { node: VNode; frame: PlotFrame } {
  const width = spec.width ?? CHART_WIDTH;
  const height = spec.height ?? CHART_HEIGHT;
  const m = { top: 30, right: 24, bottom: 44, left: width < 420 ? 50 : 62 };
  const plotWidth = width - m.left - m.right;
  const plotHeight = height - m.top - m.bottom;
  const bins = Math.max(1, ...spec.tracks.map((t) => t.shares.length));
  const maxHours = bins * spec.binHours;
  const x = scaleLinear().domain([0, maxHours]).range([0, plotWidth]);
  let top = 0;
  for (const t of spec.tracks) for (let i = 0; i < t.shares.length; i++) if (Number.isFinite(t.shares[i])) top = Math.max(top, t.shares[i]);
  const y = scaleLinear().domain([0, top > 0 ? top * 1.08 : 1]).range([plotHeight, 0]).nice(5);

  const ordered = [...spec.tracks].sort((a, b) => Number(a.style.isReference) - Number(b.style.isReference));
  const stepPoints = (t: CustodyTrack): [number, number][] => {
    const pts: [number, number][] = [];
    for (let i = 0; i < t.shares.length; i++) pts.push([i * spec.binHours, Number.isFinite(t.shares[i]) ? t.shares[i] : 0]);
    if (t.shares.length) pts.push([t.shares.length * spec.binHours, pts[pts.length - 1][1]]);
    return pts;
  };
  const stepLine = line<[number, number]>().x((p) => x(p[0])).y((p) => y(p[1])).curve(curveStepAfter).digits(1);
  const stepArea = area<[number, number]>().x((p) => x(p[0])).y0(plotHeight).y1((p) => y(p[1])).curve(curveStepAfter).digits(1);

  const reference = spec.tracks.find((t) => t.style.isReference);
  const marker = x(CUSTODY_STANDARD_HOURS);
  const node = h(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'chart chart-custody', 'data-chart': spec.id, viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': spec.title },
    h('title', {}, spec.title),
    h('desc', {}, spec.summary),
    h(
      'g',
      { class: 'plot', transform: `translate(${m.left},${m.top})` },
      leftAxis(y, plotWidth, { ticks: 5, format: (v) => formatTick(v, 'share'), label: 'share of people leaving custody' }),
      reference ? h('path', { class: 'reference-fill', d: stepArea(stepPoints(reference)) ?? '', fill: reference.style.color, 'fill-opacity': 0.1 }) : null,
      ordered.map((t) =>
        h('path', {
          class: 'distribution',
          'data-scenario': t.style.key,
          d: stepLine(stepPoints(t)) ?? '',
          fill: 'none',
          stroke: t.style.color,
          'stroke-width': t.style.isReference ? 3 : 2.5,
          'stroke-dasharray': t.style.dash,
        }),
      ),
      marker <= plotWidth
        ? h(
            'g',
            { class: 'standard', transform: `translate(${px(marker)},0)` },
            h('line', { y1: 0, y2: px(plotHeight), stroke: CAPACITY_COLOR, 'stroke-width': 2.5 }),
            // Right of the marker where it fits, else left of it.
            marker + 6 + textWidth('72-hour standard', FONT.small) <= plotWidth + m.right - 4
              ? h('text', { x: 6, y: 12, fill: CAPACITY_COLOR, 'font-size': FONT.small, 'font-family': FONT_FAMILY, 'font-weight': 600 }, '72-hour standard')
              : h('text', { x: -6, y: 12, 'text-anchor': 'end', fill: CAPACITY_COLOR, stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke', 'font-size': FONT.small, 'font-family': FONT_FAMILY, 'font-weight': 600 }, '72-hour standard'),
          )
        : null,
      spec.tracks.length === 0 ? waitingNote(plotWidth, plotHeight) : null,
      bottomAxis(x, plotHeight, {
        ticks: fittingTicks(plotWidth, textWidth(`${maxHours}+`, 13), 8),
        format: (v) => (v >= maxHours ? `${v}+` : String(v)),
        label: `hours in custody (last bin: ${maxHours - spec.binHours} h or more)`,
      }),
    ),
  );
  return { node, frame: { width, height, left: m.left, top: m.top, plotWidth, plotHeight, xDomain: [0, maxHours] } };
}
