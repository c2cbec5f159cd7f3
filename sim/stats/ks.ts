/**
 * One-sample Kolmogorov–Smirnov test of a sample against a continuous CDF, with the
 * asymptotic p-value from the Kolmogorov distribution (with Stephens' small-sample
 * correction, Stephens, JRSS B 32, 1970). For tests of samplers; not valid for discrete
 * distributions (it is then conservative).
 */
import { exp } from '../math/index.ts';

/** P(K > x) for the Kolmogorov distribution K = sup|B(t)| of a Brownian bridge. */
export function kolmogorovSurvival(x: number): number {
  if (!(x > 0)) return 1;
  if (x < 1.18) {
    // P(K ≤ x) = √(2π)/x · Σ exp(−(2j−1)²π²/(8x²)), fast for small x.
    const w = (Math.PI * Math.PI) / (8 * x * x);
    let s = 0;
    for (let j = 1; j <= 8; j++) s += exp(-(2 * j - 1) * (2 * j - 1) * w);
    return 1 - (Math.sqrt(2 * Math.PI) / x) * s;
  }
  // P(K > x) = 2 Σ (−1)^(j−1) exp(−2j²x²), fast for large x.
  let s = 0;
  for (let j = 1; j <= 20; j++) s += (j % 2 === 1 ? 1 : -1) * exp(-2 * j * j * x * x);
  return Math.max(0, Math.min(1, 2 * s));
}

/** The KS statistic D = sup |F_n(x) − F(x)| of `sample` against `cdf` (the sample is not modified). */
export function ksStatistic(sample: ArrayLike<number>, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(sample).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    const above = (i + 1) / n - f;
    const below = f - i / n;
    if (above > d) d = above;
    if (below > d) d = below;
  }
  return d;
}

/** Result of a one-sample KS test. */
export interface KsResult {
  /** D = sup |F_n − F|. */
  readonly statistic: number;
  /** Asymptotic p-value P(D_n ≥ observed) under the hypothesis. */
  readonly pValue: number;
  /** Sample size. */
  readonly n: number;
}

/** One-sample KS test of `sample` against the continuous CDF `cdf`. */
export function ksTest(sample: ArrayLike<number>, cdf: (x: number) => number): KsResult {
  const n = sample.length;
  const statistic = ksStatistic(sample, cdf);
  const sn = Math.sqrt(n);
  return { statistic, pValue: kolmogorovSurvival((sn + 0.12 + 0.11 / sn) * statistic), n };
}
