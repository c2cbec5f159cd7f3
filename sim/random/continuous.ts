/**
 * Samplers for simple continuous families. The exponential is a ziggurat draw scaled by
 * the rate (see `ziggurat.ts`: the hottest sampler of most models, and four to five times
 * cheaper than a logarithm); the others are by inversion of the CDF (one uniform per draw,
 * monotone in the uniform). Either way a draw's randomness depends on the stream alone, not
 * on the parameters, which keeps common random numbers synchronised across scenarios.
 * Each takes the stream first and allocates nothing.
 */
import type { Rng } from './stream.ts';
import { log, pow } from '../math/index.ts';
import { standardExponential } from './ziggurat.ts';

/** Exponential with `rate` (events per unit time, > 0); mean 1/rate. */
export function exponential(rng: Rng, rate: number): number {
  return standardExponential(rng) / rate;
}

/** Exponential with the given `mean` (> 0, in the caller's time unit). */
export function exponentialMean(rng: Rng, mean: number): number {
  return mean * standardExponential(rng);
}

/** Always `value`; draws nothing from the stream (so it never shifts it). */
export function deterministic(_rng: Rng, value: number): number {
  return value;
}

/** Uniform on [min, max). */
export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

/** Triangular on [min, max] with peak at `mode` (min ≤ mode ≤ max, min < max). */
export function triangular(rng: Rng, min: number, mode: number, max: number): number {
  const u = rng();
  const width = max - min;
  const left = mode - min;
  return u * width < left
    ? min + Math.sqrt(u * width * left)
    : max - Math.sqrt((1 - u) * width * (max - mode));
}

/**
 * Weibull with `shape` k > 0 and `scale` λ > 0: P(X > x) = exp(−(x/λ)^k);
 * mean λ Γ(1 + 1/k).
 */
export function weibull(rng: Rng, shape: number, scale: number): number {
  return scale * pow(-log(1 - rng()), 1 / shape);
}
