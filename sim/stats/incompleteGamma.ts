/**
 * Regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
 *
 * Series for x < a + 1 and a modified-Lentz continued fraction otherwise (Press et al.,
 * Numerical Recipes, 3rd ed., §6.2), each evaluated where it converges fast, so the smaller
 * of P and Q is computed directly and keeps its relative precision in the tails.
 * Used for chi-square p-values, the gamma and Poisson CDFs in tests, and erfc.
 */
import { logGamma } from './logGamma.ts';
import { exp, log } from '../math/index.ts';

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100_000;

/** Series for P(a, x), valid and fast for x < a + 1. */
function seriesP(a: number, x: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let n = 0; n < MAX_ITER; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * exp(-x + a * log(x) - logGamma(a));
}

/** Continued fraction for Q(a, x), valid and fast for x ≥ a + 1. */
function fractionQ(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return exp(-x + a * log(x) - logGamma(a)) * h;
}

/** Lower regularised incomplete gamma P(a, x) = γ(a, x) / Γ(a), for a > 0, x ≥ 0. */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? seriesP(a, x) : 1 - fractionQ(a, x);
}

/** Upper regularised incomplete gamma Q(a, x) = Γ(a, x) / Γ(a) = 1 − P(a, x), for a > 0, x ≥ 0. */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - seriesP(a, x) : fractionQ(a, x);
}
