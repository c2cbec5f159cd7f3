/**
 * Statistical acceptance checks for samplers, at the 99.9 % level, with fixed seeds so they
 * are deterministic.
 *
 * - Mean: CLT interval |x̄ − μ| ≤ z·σ/√n with the theoretical σ (z = Φ⁻¹(0.9995) ≈ 3.29).
 * - Variance: delta-method interval |s² − σ²| ≤ z·√((m₄ − s⁴)/n), where m₄ is the sample
 *   fourth central moment: the asymptotic standard error of s², with the fourth moment
 *   estimated from the same sample (exact formulas for m₄ differ per family).
 * - Continuous shape: one-sample Kolmogorov–Smirnov test, p > 0.001.
 * - Discrete shape: chi-square test against the exact pmf, cells merged to expected ≥ 20,
 *   p > 0.001.
 */
import { chiSquareTest, ksTest, normalQuantile } from '../../sim/stats/index.ts';

/** Two-sided 99.9 % normal quantile. */
export const Z999 = normalQuantile(0.9995);

/** Fills a Float64Array with n draws. */
export function draw(n: number, sample: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sample();
  return out;
}

export interface MomentCheck {
  readonly mean: number;
  readonly variance: number;
  /** |x̄ − μ| / (z σ/√n): at most 1 when the check passes. */
  readonly meanRatio: number;
  /** |s² − σ²| / (z √((m₄ − s⁴)/n)): at most 1 when the check passes. */
  readonly varianceRatio: number;
}

/** Compares sample mean and variance with theoretical ones (see the file comment). */
export function checkMoments(x: Float64Array, mean: number, variance: number): MomentCheck {
  const n = x.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += x[i]!;
  m /= n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - m;
    const d2 = d * d;
    m2 += d2;
    m4 += d2 * d2;
  }
  const s2 = m2 / (n - 1);
  m4 /= n;
  const meanTol = Z999 * Math.sqrt(variance / n);
  const varTol = Z999 * Math.sqrt(Math.max(m4 - s2 * s2, 0) / n);
  return {
    mean: m,
    variance: s2,
    meanRatio: meanTol > 0 ? Math.abs(m - mean) / meanTol : m === mean ? 0 : Infinity,
    varianceRatio: varTol > 0 ? Math.abs(s2 - variance) / varTol : s2 === variance ? 0 : Infinity,
  };
}

/** KS p-value of a sample against a continuous CDF. */
export function ksPValue(x: Float64Array, cdf: (x: number) => number): number {
  return ksTest(x, cdf).pValue;
}

/**
 * Chi-square p-value of integer draws against a pmf on [lo, hi] (draws outside are put in
 * the end cells). Consecutive values are merged into cells with expected count ≥ 20.
 */
export function discretePValue(x: Float64Array, pmf: (k: number) => number, lo: number, hi: number): number {
  const n = x.length;
  const counts = new Float64Array(hi - lo + 1);
  for (let i = 0; i < n; i++) {
    const k = Math.min(hi, Math.max(lo, x[i]!));
    counts[k - lo]! += 1;
  }
  const observed: number[] = [];
  const expected: number[] = [];
  let o = 0;
  let e = 0;
  for (let k = lo; k <= hi; k++) {
    o += counts[k - lo]!;
    e += n * pmf(k);
    if (e >= 20) {
      observed.push(o);
      expected.push(e);
      o = 0;
      e = 0;
    }
  }
  // The leftover tail joins the last cell.
  observed[observed.length - 1]! += o;
  expected[expected.length - 1]! += e;
  // Rescale so expected sums to n exactly (the pmf mass outside [lo, hi] is negligible).
  const total = expected.reduce((a, b) => a + b, 0);
  return chiSquareTest(observed, expected.map((v) => (v * n) / total)).pValue;
}
