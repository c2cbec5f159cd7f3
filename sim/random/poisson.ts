/**
 * Poisson sampler, exact in distribution for any mean.
 *
 * Mean < 10: inversion by sequential search from 0 (one uniform, about mean + 1 steps).
 * Mean ≥ 10: PTRS, the transformed rejection method with squeeze of Hörmann, "The
 * transformed rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12 (1993); constant expected cost (about 1.2 pairs of uniforms
 * per draw) for any mean, so daily arrival counts in the tens of thousands cost the same
 * as small ones.
 */
import type { Rng } from './stream.ts';
import { logFactorial } from '../stats/logGamma.ts';
import { exp, log } from '../math/index.ts';

/** Above this many steps of sequential search (for a mean < 10) rounding is to blame; redraw. */
const INVERSION_CAP = 200;

function inversion(rng: Rng, mean: number): number {
  const p0 = exp(-mean);
  for (;;) {
    const u = rng();
    let k = 0;
    let p = p0;
    let cdf = p0;
    while (u >= cdf && k < INVERSION_CAP) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    if (k < INVERSION_CAP) return k;
  }
}

function ptrs(rng: Rng, mean: number): number {
  const sqrtMean = Math.sqrt(mean);
  const logMean = log(mean);
  const b = 0.931 + 2.53 * sqrtMean;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (log(v) + logInvAlpha - log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) return k;
  }
}

/** Poisson with `mean` ≥ 0 (returns a non-negative integer; 0 when mean is 0). */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  return mean < 10 ? inversion(rng, mean) : ptrs(rng, mean);
}
