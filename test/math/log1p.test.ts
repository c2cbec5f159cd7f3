/**
 * `log1p` against the exact ln(1 + x) (BigInt reference, 1 + x formed exactly), against
 * `Math.log1p`, on the values the specification fixes, and where fdlibm's algorithm changes
 * branch.
 */
import { describe, expect, it } from 'vitest';
import { log1p } from '../../sim/math/index.ts';
import { fromBits, log1pReference, maxUlpDistance, randomBits, seeded, ulpError } from './reference.ts';

function worst(xs: number[]): number {
  let error = 0;
  for (const x of xs) {
    const y = log1p(x);
    if (Number.isFinite(y) && y !== 0) error = Math.max(error, ulpError(y, log1pReference(x)));
  }
  return error;
}

/** Finite doubles above −1 with uniformly random bits. */
function randomArguments(n: number, seed: number): number[] {
  const rand = seeded(seed);
  const out: number[] = [];
  while (out.length < n) {
    const x = randomBits(rand);
    if (x > -1 && x < Infinity) out.push(x);
  }
  return out;
}

describe('log1p', () => {
  it('is within 1 ulp of the exact ln(1 + x) over the whole range', () => {
    expect(worst(randomArguments(5000, 1))).toBeLessThan(1);
  });

  it('is within 1 ulp of the exact ln(1 + x) on (−1, 1) and for tiny x', () => {
    const rand = seeded(2);
    const moderate = Array.from({ length: 4000 }, () => 2 * rand() - 1);
    const tiny = Array.from({ length: 2000 }, () => (rand() - 0.5) * 2 ** (-70 * rand()));
    expect(worst([...moderate, ...tiny])).toBeLessThan(1);
  });

  it('agrees with Math.log1p to within 1 ulp on 100,000 random arguments', () => {
    const rand = seeded(3);
    const xs = [...randomArguments(50_000, 4), ...Array.from({ length: 50_000 }, () => 2 * rand() - 1)];
    expect(maxUlpDistance(log1p, Math.log1p, xs)).toBeLessThanOrEqual(1);
  });

  it('gives the values the specification fixes for ±0, −1, below −1, +∞ and NaN', () => {
    for (const x of [0, -0, -1, -1.5, -Infinity, Infinity, Number.NaN]) expect(log1p(x)).toBe(Math.log1p(x));
    expect(Object.is(log1p(-0), -0)).toBe(true);
  });

  it('is within 1 ulp where the algorithm changes branch (√2 − 1, √2/2 − 1, 2^−29, 2^−54, 2^53)', () => {
    const hard = [
      fromBits(0x3fda827a00000000n), fromBits(0x3fda8279ffffffffn), Math.SQRT2 - 1, // 1 + x vs √2
      fromBits(0xbfd2bec400000000n), fromBits(0xbfd2bec400000001n), Math.SQRT1_2 - 1, // 1 + x vs √2/2
      fromBits(0x3e20000000000000n), fromBits(0x3e1fffffffffffffn), -fromBits(0x3e20000000000000n), // |x| vs 2^−29
      fromBits(0x3c90000000000000n), fromBits(0x3c8fffffffffffffn), 5e-324, -5e-324, // |x| vs 2^−54
      2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, 1.7976931348623157e308, // no correction term from 2^53 on
      -1 + 2 ** -53, -0.5, 1, 2 ** -20, -(2 ** -20), 1e-5, Math.E - 1,
    ];
    expect(worst(hard)).toBeLessThan(1);
  });
});
