/**
 * Regularised incomplete beta function I_x(a, b), by the modified-Lentz continued fraction
 * (Press et al., Numerical Recipes, 3rd ed., §6.4), using the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a) so the fraction is always evaluated where it converges.
 */
import { logGamma } from './logGamma.ts';
import { exp, log, log1p } from '../math/index.ts';

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100_000;

function fraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}

/**
 * I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1 (NaN otherwise).
 * @param y 1 − x, when the caller can form it without cancellation (default `1 - x`); this
 *   keeps full precision when x is close to 1.
 */
export function regularizedBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1)) return Number.NaN;
  if (x === 0) return 0;
  if (y === 0) return 1;
  // Take each logarithm from whichever of x and y is small, where it is exact.
  const logX = y < 0.5 ? log1p(-y) : log(x);
  const logY = x < 0.5 ? log1p(-x) : log(y);
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * logX + b * logY;
  const front = exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return (front * fraction(a, b, x)) / a;
  return 1 - (front * fraction(b, a, y)) / b;
}
