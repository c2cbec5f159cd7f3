/**
 * Pearson's chi-square goodness-of-fit test, for checking discrete samplers against their
 * exact probabilities.
 */
import { regularizedGammaQ } from './incompleteGamma.ts';

/** P(χ²_df > x): the upper tail of the chi-square distribution with `df` degrees of freedom. */
export function chiSquareSurvival(x: number, df: number): number {
  return x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2);
}

/** Result of a chi-square goodness-of-fit test. */
export interface ChiSquareResult {
  /** Σ (observed − expected)² / expected. */
  readonly statistic: number;
  /** Degrees of freedom: cells − 1 − fitted parameters. */
  readonly df: number;
  /** Asymptotic p-value. */
  readonly pValue: number;
}

/**
 * Chi-square test of observed cell counts against expected counts (same total). Expected
 * counts should be at least about 5 per cell for the asymptotic p-value to hold; merge cells
 * first if not.
 * @param fittedParameters parameters estimated from the same data (default 0)
 */
export function chiSquareTest(
  observed: ArrayLike<number>,
  expected: ArrayLike<number>,
  fittedParameters = 0,
): ChiSquareResult {
  if (observed.length !== expected.length) throw new RangeError('observed and expected differ in length');
  let statistic = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = expected[i]!;
    if (!(e > 0)) throw new RangeError(`expected count of cell ${i} must be positive, not ${e}`);
    const d = observed[i]! - e;
    statistic += (d * d) / e;
  }
  const df = observed.length - 1 - fittedParameters;
  return { statistic, df, pValue: chiSquareSurvival(statistic, df) };
}
