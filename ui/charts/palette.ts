/**
 * Scenario colours and line styles. Colours are from the Okabe–Ito palette, chosen to stay
 * distinguishable under the common colour-vision deficiencies (Okabe & Ito, "Color Universal
 * Design", 2008); each scenario also has its own dash pattern, so a chart printed in grey or
 * seen by a reader with achromatopsia still tells the scenarios apart.
 */

/** How one scenario is drawn, the same on every chart, legend and table. */
export interface ScenarioStyle {
  /** Stable key of the scenario within the comparison (its index as text). */
  readonly key: string;
  /** Name shown in legends and tables. */
  readonly label: string;
  /** Stroke/fill colour (hex). */
  readonly color: string;
  /** Colour of text naming the scenario: its colour, darkened where needed to 4.5:1 on white (WCAG AA). */
  readonly ink: string;
  /** SVG `stroke-dasharray`, or null for a solid line. */
  readonly dash: string | null;
  /** True for the reference scenario (the baseline), drawn thicker. */
  readonly isReference: boolean;
}

/** Colour per scenario slot: baseline near-black, then blue, vermillion, bluish green (Okabe–Ito). */
export const SCENARIO_COLORS = ['#1a1a1a', '#0072B2', '#D55E00', '#009E73'] as const;

/** Text colour per slot: the same hues at 17.4, 5.2, 5.5 and 5.4 to 1 on white. */
export const SCENARIO_INKS = ['#1a1a1a', '#0072B2', '#B34700', '#00795A'] as const;

/** Dash pattern per scenario slot, as a second cue besides colour. */
export const SCENARIO_DASHES = [null, '8 3', '2 3', '10 3 2 3'] as const;

/** The most scenarios a comparison holds. */
export const MAX_SCENARIOS = SCENARIO_COLORS.length;

/** The style of the scenario in slot `index` (0 = baseline). */
export function scenarioStyle(index: number, label: string): ScenarioStyle {
  const slot = Math.max(0, Math.min(MAX_SCENARIOS - 1, index));
  return { key: String(index), label, color: SCENARIO_COLORS[slot]!, ink: SCENARIO_INKS[slot]!, dash: SCENARIO_DASHES[slot]!, isReference: index === 0 };
}

/**
 * Colour of capacity lines, their labels and the 72-hour marker: Okabe–Ito's reddish purple
 * darkened to 5.5:1 on white, so its 12-px labels meet WCAG AA (the original #CC79A7 gives 3.1:1).
 */
export const CAPACITY_COLOR = '#A8457F';

/** Colour of grid lines, axes and policy markers. */
export const INK = { axis: '#333333', grid: '#e3e3e3', muted: '#666666', policy: '#555555' } as const;

/**
 * Colour of published (observed) values drawn beside the model: Okabe–Ito's orange, which no
 * scenario uses, darkened to 5.2:1 on white so its marks and any text in it meet WCAG AA.
 */
export const OBSERVED_COLOR = '#946200';

/** Marker shapes of the published series on one chart, in order: a second cue when two files publish the same quantity. */
export const OBSERVED_SHAPES = ['diamond', 'circle', 'square', 'triangle'] as const;
export type ObservedShape = (typeof OBSERVED_SHAPES)[number];

/** SVG path of an observed marker of `shape` centred on (x, y), about `r` from centre to edge. */
export function observedMarkerPath(shape: ObservedShape, x: number, y: number, r: number): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  switch (shape) {
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.25)}L${f(x + r * 1.25)},${f(y)}L${f(x)},${f(y + r * 1.25)}L${f(x - r * 1.25)},${f(y)}Z`;
    case 'circle':
      return `M${f(x - r)},${f(y)}A${f(r)},${f(r)} 0 1,0 ${f(x + r)},${f(y)}A${f(r)},${f(r)} 0 1,0 ${f(x - r)},${f(y)}Z`;
    case 'square':
      return `M${f(x - r)},${f(y - r)}H${f(x + r)}V${f(y + r)}H${f(x - r)}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.15)},${f(y + r * 0.8)}L${f(x - r * 1.15)},${f(y + r * 0.8)}Z`;
  }
}
