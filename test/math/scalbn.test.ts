/** `scalbn` against x · 2^n rounded once, computed exactly with BigInt. */
import { describe, expect, it } from 'vitest';
import { scalbn } from '../../sim/math/index.ts';
import { dyadic, randomBits, seeded, subnormals } from './reference.ts';

/** m · 2^e rounded to the nearest double, ties to even (|m| < 2^53). */
function rounded(m: bigint, e: number): number {
  const sign = m < 0n ? -1 : 1;
  const a = m < 0n ? -m : m;
  if (e >= 0) return sign * Number(a << BigInt(e)); // Number(BigInt) rounds to nearest; Infinity past the largest double
  if (e >= -1074) return sign * Number(a) * 2 ** e; // a multiple of 2^−1074 with at most 53 bits: exact
  const j = BigInt(-1074 - e);
  let q = a >> j;
  const rest = a - (q << j);
  const half = 1n << (j - 1n);
  if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  return sign * Number(q) * 2 ** -1074;
}

/** Exact x · 2^n for finite x. */
function expected(x: number, n: number): number {
  if (x === 0) return x;
  const { m, e } = dyadic(x);
  return rounded(m, e + n);
}

describe('scalbn', () => {
  it('equals x · 2^n rounded once for random x and n, subnormal and overflowing results included', () => {
    const rand = seeded(1);
    const wrong: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const x = randomBits(rand);
      if (!Number.isFinite(x)) continue;
      const n = Math.floor((rand() - 0.5) * 4400);
      const got = scalbn(x, n);
      if (!Object.is(got, expected(x, n))) wrong.push(`scalbn(${x}, ${n}) = ${got}, exact ${expected(x, n)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('scales subnormal arguments up exactly and rounds halfway cases to even', () => {
    for (const x of subnormals(500, seeded(2))) expect(scalbn(x, 60)).toBe(expected(x, 60));
    expect(scalbn(3 * 2 ** -1074, -1)).toBe(2 * 2 ** -1074); // 1.5 ulp → 2 ulp (even)
    expect(scalbn(5 * 2 ** -1074, -1)).toBe(2 * 2 ** -1074); // 2.5 ulp → 2 ulp (even)
  });

  it('keeps ±0, ±∞ and NaN', () => {
    for (const x of [0, -0, Infinity, -Infinity, Number.NaN]) expect(scalbn(x, 7)).toBe(x);
  });
});
