/**
 * `log` against the exact logarithm (BigInt reference), against `Math.log`, on the values the
 * specification fixes, and where fdlibm's algorithm changes branch.
 */
import { describe, expect, it } from 'vitest';
import { log } from '../../sim/math/index.ts';
import { fromBits, lnReference, maxUlpDistance, randomBits, seeded, subnormals, ulpError } from './reference.ts';

/** Arguments whose error is worst reported, with the largest error over them (in ulps). */
function worst(xs: number[]): { error: number; at: number } {
  let error = 0;
  let at = Number.NaN;
  for (const x of xs) {
    const e = ulpError(log(x), lnReference(x));
    if (e > error) [error, at] = [e, x];
  }
  return { error, at };
}

/** Positive finite doubles with uniformly random bits (subnormals included). */
function positiveDoubles(n: number, seed: number): number[] {
  const rand = seeded(seed);
  const out: number[] = [];
  while (out.length < n) {
    const x = Math.abs(randomBits(rand));
    if (x > 0 && x < Infinity) out.push(x);
  }
  return out;
}

describe('log', () => {
  it('is within 1 ulp of the exact logarithm over the whole positive range', () => {
    expect(worst(positiveDoubles(5000, 1)).error).toBeLessThan(1);
  });

  it('is within 1 ulp of the exact logarithm on (0, 1), where exponential draws use it', () => {
    const rand = seeded(2);
    expect(worst(Array.from({ length: 5000 }, () => 1 - rand())).error).toBeLessThan(1);
  });

  it('agrees with Math.log to within 1 ulp on 100,000 random arguments', () => {
    const xs = [...positiveDoubles(50_000, 3), ...Array.from({ length: 50_000 }, seeded(4))];
    expect(maxUlpDistance(log, Math.log, xs)).toBeLessThanOrEqual(1);
  });

  it('gives the values the specification fixes for ±0, negatives, 1, +∞ and NaN', () => {
    for (const x of [0, -0, -5e-324, -1, -Infinity, 1, Infinity, Number.NaN]) expect(log(x)).toBe(Math.log(x));
    expect(Object.is(log(1), 0)).toBe(true);
  });

  it('is within 1 ulp on subnormal arguments, down to the smallest', () => {
    expect(worst([5e-324, 1e-323, 2.225073858507201e-308, 1e-310, ...subnormals(1000, seeded(5))]).error).toBeLessThan(1);
  });

  it('is within 1 ulp where the algorithm changes branch (near 1, √2, powers of two and the largest double)', () => {
    const hard = [
      1 + 2 ** -52, 1 - 2 ** -53, 1 + 2 ** -20, 1 - 2 ** -20, 1 + 2 ** -21, 1 - 2 ** -21, // |f| < 2^−20 branch and its edges
      fromBits(0x3ff6a09e00000000n), fromBits(0x3ff6a09dffffffffn), Math.SQRT2, Math.SQRT1_2, // normalisation to x or x/2
      fromBits(0x3ff6147a00000000n), fromBits(0x3ff6b85100000000n), fromBits(0x3ff6b85200000000n), // the hfsq/R switch
      2, 0.5, 2 ** 1000, 2 ** -1000, 2 ** -1022, 3, 10, Math.E, 1.7976931348623157e308, Number.MIN_VALUE,
    ];
    expect(worst(hard).error).toBeLessThan(1);
  });
});
