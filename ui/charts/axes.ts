/** Axis and grid elements drawn from a d3 linear scale. */
import type { ScaleLinear } from 'd3';
import { FONT, FONT_FAMILY } from './chartFrame.ts';
import { INK } from './palette.ts';
import { h, px, type VNode } from './vnode.ts';

/** Options for {@link bottomAxis} and {@link leftAxis}. */
export interface AxisOptions {
  /** Approximate number of ticks (d3's `scale.ticks(count)`). */
  readonly ticks: number;
  /** Tick label text. */
  readonly format: (value: number) => string;
  /** Axis title, drawn beside the axis. */
  readonly label?: string;
  /** Only whole-number ticks (days). */
  readonly integer?: boolean;
}

/** An x axis along the bottom edge of a plot of height `plotHeight`. */
export function bottomAxis(x: ScaleLinear<number, number>, plotHeight: number, opts: AxisOptions): VNode {
  const [r0, r1] = x.range();
  const ticks = x.ticks(opts.ticks).filter((t) => !opts.integer || Number.isInteger(t));
  return h(
    'g',
    { class: 'axis axis-x', transform: `translate(0,${px(plotHeight)})`, 'font-size': FONT.tick, 'font-family': FONT_FAMILY, fill: INK.axis },
    h('line', { x1: px(r0), x2: px(r1), y1: 0, y2: 0, stroke: INK.axis }),
    ticks.map((t) =>
      h(
        'g',
        { class: 'tick', transform: `translate(${px(x(t))},0)` },
        h('line', { y2: 5, stroke: INK.axis }),
        h('text', { y: 19, 'text-anchor': 'middle' }, opts.format(t)),
      ),
    ),
    opts.label ? h('text', { class: 'axis-label', x: px(r1), y: 36, 'text-anchor': 'end', 'font-size': FONT.label }, opts.label) : null,
  );
}

/** A y axis on the left edge with horizontal grid lines across a plot of width `plotWidth`. */
export function leftAxis(y: ScaleLinear<number, number>, plotWidth: number, opts: AxisOptions): VNode {
  return h(
    'g',
    { class: 'axis axis-y', 'font-size': FONT.tick, 'font-family': FONT_FAMILY, fill: INK.axis },
    y.ticks(opts.ticks).map((t) =>
      h(
        'g',
        { class: 'tick', transform: `translate(0,${px(y(t))})` },
        h('line', { class: 'grid', x1: 0, x2: px(plotWidth), stroke: INK.grid }),
        h('text', { x: -8, dy: '0.32em', 'text-anchor': 'end' }, opts.format(t)),
      ),
    ),
    opts.label ? h('text', { class: 'axis-label', x: 0, y: -10, 'text-anchor': 'start', 'font-size': FONT.label }, opts.label) : null,
  );
}
