/**
 * Student's t distribution: CDF and quantile (inverse CDF) for any degrees of freedom ν > 0,
 * including ν = ∞ (the standard normal).
 *
 * The quantile is exact in closed form for ν = 1 and ν = 2; otherwise it starts from the
 * Cornish–Fisher expansion about the normal quantile (Abramowitz & Stegun 26.7.5) and is
 * polished by safeguarded Newton steps on the CDF, which is computed through the regularised
 * incomplete beta function. Absolute error is far below 1e-6 (tested against table values).
 */
import { normalCdf, normalQuantile } from './normal.ts';
import { regularizedBeta } from './regularizedBeta.ts';
import { logGamma } from './logGamma.ts';
import { exp, log, log1p, tan } from '../math/index.ts';

/**
 * Upper tail P(T > t) = I_x(ν/2, 1/2) / 2 with x = ν/(ν+t²), for t ≥ 0; precise even when
 * tiny. 1 − x = t²/(ν+t²) is passed explicitly so it is never formed by cancellation.
 */
function upperTail(t: number, df: number): number {
  if (df === Infinity) return normalCdf(-t);
  const t2 = t * t;
  return 0.5 * regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df > 0, may be Infinity). */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return Number.NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return t >= 0 ? 1 - upperTail(t, df) : upperTail(-t, df);
}

/** Density of Student's t with `df` degrees of freedom. */
export function studentTPdf(t: number, df: number): number {
  if (df === Infinity) return exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * log(df * Math.PI);
  return exp(logC - ((df + 1) / 2) * log1p((t * t) / df));
}

/** Cornish–Fisher start: t ≈ z + g1/ν + g2/ν² + g3/ν³ + g4/ν⁴ (A&S 26.7.5). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/**
 * The p-quantile of Student's t with `df` degrees of freedom: the t with P(T ≤ t) = p.
 * For example `studentTQuantile(0.975, 9)` ≈ 2.262157. df may be non-integer or Infinity.
 * Returns ±∞ at p = 0 or 1 and NaN for p outside [0, 1] or df ≤ 0.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  // Solve for the upper tail q = P(T > t) with t > 0, then restore the sign.
  const sign = p > 0.5 ? 1 : -1;
  const q = p > 0.5 ? 1 - p : p;
  if (df === 1) return sign / tan(Math.PI * q);
  if (df === 2) return sign * tDf2(q);
  let t = Math.max(cornishFisher(-normalQuantile(q), df), 0);
  // Bracket [lo, hi] with upperTail(lo) ≥ q ≥ upperTail(hi); Newton steps, bisection fallback.
  let lo = 0;
  let hi = Infinity;
  for (let iter = 0; iter < 200; iter++) {
    const f = upperTail(t, df) - q;
    if (f > 0) lo = t;
    else hi = t;
    if (f === 0) break;
    let next = t + f / studentTPdf(t, df);
    if (!(next > lo && next < hi)) next = hi === Infinity ? Math.max(2 * t, 1) : 0.5 * (lo + hi);
    if (Math.abs(next - t) <= 1e-14 * Math.max(1, t)) {
      t = next;
      break;
    }
    t = next;
  }
  return sign * t;
}

/** Closed form for ν = 2: t = (1 − 2q) / √(2 q (1 − q)), for the upper tail q. */
function tDf2(q: number): number {
  return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
}
