/** The step of a lever's slider. */

/**
 * A slider step on whose grid (counted from `min`) every value in `values` lies: the nice step
 * asked for, or a finer one (halves, fifths, tenths, down to the values' own decimals), so a
 * slider shows the scenario's value exactly (742 stays 742, 3.56 stays 3.56) and a nudge moves
 * it by whole steps.
 */
export function gridStep(step: number, min: number, values: readonly number[]): number | 'any' {
  const on = (s: number) => values.every((v) => Math.abs((v - min) / s - Math.round((v - min) / s)) < 1e-9);
  for (let s = step, k = 0; k < 24; k++) {
    if (on(s)) return s;
    s = k % 3 === 0 ? s / 2 : k % 3 === 1 ? (s * 2) / 5 : s / 2; // step, step/2, step/5, step/10, …
  }
  return 'any';
}
