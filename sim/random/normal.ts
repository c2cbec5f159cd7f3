/**
 * Normal, truncated normal and lognormal samplers.
 *
 * The standard normal is drawn by inversion with Wichura's AS 241 (one uniform per draw,
 * exact to double precision). The truncated normal uses exact rejection schemes chosen by
 * where the interval lies (Robert, "Simulation of truncated normal variables", Statistics
 * and Computing 5, 1995), so it stays efficient even far in a tail.
 */
import type { Rng } from './stream.ts';
import { normalCdf, normalQuantile } from '../stats/normal.ts';
import { exp, log, log1p } from '../math/index.ts';

/** Standard normal N(0, 1). */
export function standardNormal(rng: Rng): number {
  let u = rng();
  while (u === 0) u = rng();
  return normalQuantile(u);
}

/** Normal with `mean` and standard deviation `sd` (≥ 0). */
export function normal(rng: Rng, mean: number, sd: number): number {
  return mean + sd * standardNormal(rng);
}

/** Standard normal restricted to [a, b] with 0 ≤ a < b ≤ ∞. */
function positiveTail(rng: Rng, a: number, b: number): number {
  // Robert's optimal rate for a translated-exponential proposal on [a, ∞).
  const lambda = 0.5 * (a + Math.sqrt(a * a + 4));
  if (lambda * (b - a) < 1) {
    // Narrow interval: uniform proposal, accepted with exp((a² − z²)/2) ≥ e^(−3/2).
    for (;;) {
      const z = a + (b - a) * rng();
      if (rng() <= exp(0.5 * (a * a - z * z))) return z;
    }
  }
  for (;;) {
    const z = a - log(1 - rng()) / lambda;
    if (z > b) continue;
    const d = z - lambda;
    if (rng() <= exp(-0.5 * d * d)) return z;
  }
}

/** Standard normal restricted to [a, b] (a < b; either may be infinite). */
export function standardTruncatedNormal(rng: Rng, a: number, b: number): number {
  if (a >= 0) return positiveTail(rng, a, b);
  if (b <= 0) return -positiveTail(rng, -b, -a);
  if (b - a >= 1) {
    // The interval holds 0 and is at least 1 wide: plain rejection accepts ≥ 34 % of draws.
    for (;;) {
      const z = standardNormal(rng);
      if (z >= a && z <= b) return z;
    }
  }
  // Narrow interval around 0: uniform proposal, accepted with exp(−z²/2) ≥ e^(−1/2).
  for (;;) {
    const z = a + (b - a) * rng();
    if (rng() <= exp(-0.5 * z * z)) return z;
  }
}

/**
 * Normal with parent `mean` and `sd` (> 0), conditioned on lower ≤ X ≤ upper
 * (defaults −∞ and +∞). `mean` and `sd` are those of the untruncated normal, not of the
 * result (see `distributionMean` for the latter).
 */
export function truncatedNormal(rng: Rng, mean: number, sd: number, lower = -Infinity, upper = Infinity): number {
  return mean + sd * standardTruncatedNormal(rng, (lower - mean) / sd, (upper - mean) / sd);
}

/**
 * Parameters (μ, σ) of the underlying normal of a lognormal variable with the given
 * `mean` (> 0) and standard deviation `sd` (≥ 0) of the variable itself:
 * σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
 */
export function lognormalParams(mean: number, sd: number): { mu: number; sigma: number } {
  const cv = sd / mean;
  const sigma2 = log1p(cv * cv);
  return { mu: log(mean) - 0.5 * sigma2, sigma: Math.sqrt(sigma2) };
}

/** Lognormal exp(N(mu, sigma²)), from the parameters of the log. */
export function lognormalLog(rng: Rng, mu: number, sigma: number): number {
  return exp(mu + sigma * standardNormal(rng));
}

/**
 * Lognormal with the given `mean` (> 0) and standard deviation `sd` (≥ 0) of the variable
 * itself (not of its log); e.g. `lognormal(rng, 39, 105)`. For many draws with the same
 * parameters, `lognormalParams` once and `lognormalLog` per draw are a little faster.
 */
export function lognormal(rng: Rng, mean: number, sd: number): number {
  const cv = sd / mean;
  const sigma2 = log1p(cv * cv);
  return mean * exp(Math.sqrt(sigma2) * standardNormal(rng) - 0.5 * sigma2);
}

/**
 * Probability that Normal(mean, sd) falls in [lower, upper] (bounds default to ±∞), computed
 * from the nearer tail so that it keeps its relative precision far from the mean.
 */
export function truncatedMass(mean: number, sd: number, lower = -Infinity, upper = Infinity): number {
  const a = (lower - mean) / sd;
  const b = (upper - mean) / sd;
  if (a >= 0) return normalCdf(-a) - normalCdf(-b);
  return normalCdf(b) - normalCdf(a);
}
