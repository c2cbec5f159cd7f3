/**
 * `exp` against the exact exponential (BigInt reference), against `Math.exp`, on the values
 * the specification fixes, and where fdlibm's algorithm changes branch.
 */
import { describe, expect, it } from 'vitest';
import { exp } from '../../sim/math/index.ts';
import { expReference, fromBits, maxUlpDistance, randomBits, seeded, ulpError } from './reference.ts';

/** Largest error in ulps over `xs` against the exact value (finite non-zero results only). */
function worst(xs: number[]): number {
  let error = 0;
  for (const x of xs) {
    const y = exp(x);
    if (y > 0 && y < Infinity) error = Math.max(error, ulpError(y, expReference(x)));
  }
  return error;
}

/** Uniform on [a, b). */
function uniform(n: number, seed: number, a: number, b: number): number[] {
  const rand = seeded(seed);
  return Array.from({ length: n }, () => a + (b - a) * rand());
}

const O_THRESHOLD = fromBits(0x40862e42fefa39efn); // largest x with a finite e^x
const U_THRESHOLD = fromBits(0xc0874910d52d3051n); // below it, e^x rounds to 0

describe('exp', () => {
  it('is within 1 ulp of the exact exponential from underflow to overflow', () => {
    expect(worst(uniform(5000, 1, -745.2, 709.8))).toBeLessThan(1);
  });

  it('is within 1 ulp of the exact exponential on [−1, 1] and on tiny arguments', () => {
    const rand = seeded(2);
    const tiny = Array.from({ length: 1000 }, () => (rand() - 0.5) * 2 ** (-60 * rand()));
    expect(worst([...uniform(5000, 3, -1, 1), ...tiny])).toBeLessThan(1);
  });

  it('agrees with Math.exp to within 1 ulp on 100,000 random arguments', () => {
    const rand = seeded(4);
    const xs = [...uniform(50_000, 5, -746, 710), ...Array.from({ length: 50_000 }, () => randomBits(rand))];
    expect(maxUlpDistance(exp, Math.exp, xs)).toBeLessThanOrEqual(1);
  });

  it('gives the values the specification fixes for ±0, ±∞ and NaN', () => {
    for (const x of [0, -0, Infinity, -Infinity, Number.NaN]) expect(exp(x)).toBe(Math.exp(x));
  });

  it('overflows exactly above the threshold and underflows to +0 below it', () => {
    expect(exp(O_THRESHOLD)).toBeLessThan(Infinity);
    expect(exp(fromBits(0x40862e42fefa39f0n))).toBe(Infinity);
    expect(exp(1000)).toBe(Infinity);
    expect(exp(U_THRESHOLD)).toBeGreaterThan(0);
    expect(exp(fromBits(0xc0874910d52d3052n))).toBe(0);
    expect(Object.is(exp(-1000), 0)).toBe(true);
  });

  it('is within 1 ulp of the exact value for subnormal results', () => {
    expect(worst(uniform(2000, 6, -745.1, -708.4))).toBeLessThan(1);
  });

  it('is within 1 ulp where the algorithm changes branch (ln2/2, 1.5 ln2, 2^−28, scaling limits)', () => {
    const hard = [
      fromBits(0x3fd62e4300000000n), fromBits(0x3fd62e42ffffffffn), -fromBits(0x3fd62e4300000000n), // |x| vs ln2/2
      fromBits(0x3ff0a2b200000000n), fromBits(0x3ff0a2b1ffffffffn), -fromBits(0x3ff0a2b200000000n), // |x| vs 1.5 ln2
      fromBits(0x3e30000000000000n), fromBits(0x3e2fffffffffffffn), -fromBits(0x3e30000000000000n), // |x| vs 2^−28
      O_THRESHOLD, fromBits(0x40862e42fefa39een), 709.7, // k = 1024: scaled by 2·2^1023
      -707.7, -708.39641853226408, -708.4, -709.08956571282405, // k = −1021/−1022: the 2^−1000 scaling
      U_THRESHOLD, fromBits(0xc0874910d52d3050n), 1, -1, 0.5, 2, 10, 100, -100,
    ];
    expect(worst(hard)).toBeLessThan(1);
  });
});
