/**
 * Gamma and Erlang samplers.
 *
 * Gamma uses Marsaglia & Tsang, "A simple method for generating gamma variables" (ACM TOMS
 * 26, 2000), exact for shape ≥ 1; for shape < 1 it uses their boost
 * Gamma(α) = Gamma(α + 1) · U^(1/α).
 */
import type { Rng } from './stream.ts';
import { standardNormal } from './normal.ts';
import { log, pow } from '../math/index.ts';

/** Gamma with `shape` α > 0 and `scale` θ > 0 (mean αθ, variance αθ²). */
export function gamma(rng: Rng, shape: number, scale: number): number {
  if (shape < 1) {
    const u = 1 - rng(); // in (0, 1]
    return gamma(rng, shape + 1, scale) * pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v * scale;
    if (log(u) < 0.5 * x2 + d * (1 - v + log(v))) return d * v * scale;
  }
}

/**
 * Erlang: the sum of `k` (a positive integer) exponential stages each with `rate`
 * (mean k/rate). Multiplies k uniforms for k ≤ 16, and uses the gamma sampler above that.
 */
export function erlang(rng: Rng, k: number, rate: number): number {
  if (k > 16) return gamma(rng, k, 1 / rate);
  let product = 1;
  for (let i = 0; i < k; i++) product *= 1 - rng();
  return -log(product) / rate;
}
