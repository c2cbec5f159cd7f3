/** Shared geometry of the charts: size, margins, and the plot area a hover layer maps back to data. */

/** Default chart size in SVG user units (the page scales it to its container). */
export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 320;

/** Margins around the plot area, in SVG user units. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * Where the plot area sits in the SVG and which data it spans, so interaction code can map a
 * pointer position back to a day (or a bin) with the same linear scale the chart used.
 */
export interface PlotFrame {
  /** Whole SVG size. */
  readonly width: number;
  readonly height: number;
  /** Plot area, in SVG user units. */
  readonly left: number;
  readonly top: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  /** Data extent along x (days or hours) mapped linearly onto [left, left + plotWidth]. */
  readonly xDomain: readonly [number, number];
}

/** Font family used inside SVGs (also in exports, which carry no page CSS). */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Font sizes in SVG user units: ticks and labels stay readable when a 720-wide chart is shown at half a projector width. */
export const FONT = { tick: 13, label: 13, small: 12 } as const;
