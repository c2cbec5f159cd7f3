/**
 * `pow` against the exact x^y (BigInt reference), against `Math.pow`, on ECMAScript's
 * special cases, on exact powers, and where fdlibm's algorithm changes branch.
 */
import { describe, expect, it } from 'vitest';
import { pow } from '../../sim/math/index.ts';
import { powReference, seeded, subnormals, ulpDistance, ulpError } from './reference.ts';

/** Largest error in ulps over the pairs against the exact value (finite non-zero results only). */
function worst(pairs: [number, number][]): number {
  let error = 0;
  for (const [x, y] of pairs) {
    const z = pow(x, y);
    if (Number.isFinite(z) && z !== 0) error = Math.max(error, ulpError(z, powReference(x, y)));
  }
  return error;
}

/** `n` pairs (x, y) with x uniform on [x0, x1) and y uniform on [y0, y1). */
function pairs(n: number, seed: number, [x0, x1]: [number, number], [y0, y1]: [number, number]): [number, number][] {
  const rand = seeded(seed);
  return Array.from({ length: n }, () => [x0 + (x1 - x0) * rand(), y0 + (y1 - y0) * rand()]);
}

const SPECIAL = [0, -0, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 5e-324, -5e-324, 1.7976931348623157e308, -1.7976931348623157e308, 2 ** 53 + 2, -(2 ** 52 + 1), Infinity, -Infinity, Number.NaN];

/** Whether ECMAScript's Number::exponentiate fixes x^y exactly (rather than approximating it). */
function specified(x: number, y: number): boolean {
  const edge = (v: number) => Number.isNaN(v) || v === 0 || !Number.isFinite(v);
  return edge(x) || edge(y) || (x < 0 && !Number.isInteger(y));
}

describe('pow', () => {
  it('is within 1 ulp of the exact power for moderate bases and exponents', () => {
    expect(worst(pairs(4000, 1, [0, 10], [-50, 50]))).toBeLessThan(1);
  });

  it('is within 1 ulp of the exact power for results across the whole exponent range', () => {
    expect(worst(pairs(4000, 2, [0, 2], [-700, 700]))).toBeLessThan(1);
  });

  it('is within 1 ulp of the exact power for negative bases with integer exponents', () => {
    const rand = seeded(3);
    const list = Array.from({ length: 2000 }, (): [number, number] => [-10 * rand(), Math.round((rand() - 0.5) * 300)]);
    expect(worst(list)).toBeLessThan(1);
  });

  it('agrees with Math.pow to within 1 ulp on 100,000 random pairs', () => {
    const list = [...pairs(50_000, 4, [0, 20], [-60, 60]), ...pairs(50_000, 5, [-5, 5], [-40, 40]).map(([x, y]): [number, number] => [x, Math.round(y)])];
    let max = 0;
    for (const [x, y] of list) max = Math.max(max, ulpDistance(pow(x, y), Math.pow(x, y)));
    expect(max).toBeLessThanOrEqual(1);
  });

  it("follows ECMAScript's special cases exactly, including 1^NaN and (±1)^±∞ being NaN", () => {
    const wrong: string[] = [];
    for (const x of SPECIAL) {
      for (const y of SPECIAL) {
        const got = pow(x, y);
        const ok = specified(x, y) ? Object.is(got, Math.pow(x, y)) : ulpDistance(got, Math.pow(x, y)) <= 1;
        if (!ok) wrong.push(`pow(${x}, ${y}) = ${got}, Math.pow ${Math.pow(x, y)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(pow(1, Number.NaN)).toBeNaN();
    expect(pow(-1, Infinity)).toBeNaN();
    expect(pow(Number.NaN, 0)).toBe(1);
  });

  it('gives exact integer powers whenever the result is representable', () => {
    const wrong: string[] = [];
    for (let x = -20; x <= 20; x++) {
      for (let n = 0; n <= 60; n++) {
        const exact = BigInt(x) ** BigInt(n);
        if (exact > 2n ** 53n || exact < -(2n ** 53n)) continue;
        if (pow(x, n) !== Number(exact)) wrong.push(`${x}^${n}`);
      }
    }
    for (let n = 0; n <= 22; n++) if (pow(10, n) !== Number(10n ** BigInt(n))) wrong.push(`10^${n}`);
    expect(wrong).toEqual([]);
  });

  it('gives every power of two exactly, from 2^−1074 to 2^1023', () => {
    const wrong: number[] = [];
    let p = 1;
    for (let n = 0; n <= 1023; n++, p *= 2) if (pow(2, n) !== p) wrong.push(n);
    p = 1;
    for (let n = 0; n >= -1074; n--, p /= 2) if (pow(2, n) !== p || pow(0.5, -n) !== p) wrong.push(n);
    expect(wrong).toEqual([]);
  });

  it('is x·x, √x, x and 1/x for the exponents 2, 0.5, 1 and −1', () => {
    for (const x of [0.1, 3, 1e-200, 1e200, 7.5, 123456.789]) {
      expect(pow(x, 2)).toBe(x * x);
      expect(pow(x, 0.5)).toBe(Math.sqrt(x));
      expect(pow(x, 1)).toBe(x);
      expect(pow(x, -1)).toBe(1 / x);
    }
    expect(pow(-Infinity, 0.5)).toBe(Infinity);
  });

  it('keeps the sign of negative bases to odd integer powers, including beyond 2^31 and 2^53', () => {
    expect(pow(-2, 3)).toBe(-8);
    expect(pow(-2, 4)).toBe(16);
    expect(pow(-8, 1 / 3)).toBeNaN();
    expect(pow(-1, 2 ** 52 + 1)).toBe(-1);
    expect(pow(-1, 2 ** 53)).toBe(1);
    expect(pow(-(1 + 2 ** -30), 2 ** 33 + 1)).toBeLessThan(0);
    expect(pow(-10, 309)).toBe(-Infinity);
    expect(Object.is(pow(-10, -401), -0)).toBe(true);
  });

  it('is within 1 ulp where the algorithm changes branch (|y| > 2^31 near 1, overflow and underflow edges, subnormals)', () => {
    const hard: [number, number][] = [
      [1 + 2 ** -30, 2 ** 35], [1 - 2 ** -30, 2 ** 35], [1 + 2 ** -21, -(2 ** 32)], [1 - 2 ** -22, 2 ** 31 + 3], // log by series near 1
      [2, 1023.9999999999999], [2, -1074], [2, -1074.4], [10, 308.2547155599167], [10, -323.3], // z near 1024 and −1075
      [1.5, -1800], [0.999, 700000], [7, -380.5], // subnormal results
      ...subnormals(200, seeded(6)).map((x): [number, number] => [x, 0.25]), [5e-324, 0.5], [5e-324, -0.01], // subnormal bases
      [Math.SQRT2, 3.5], [Math.sqrt(1.5), 11], [Math.sqrt(3), -7], [1.7320508075688772, 2.5], // interval edges of the log2 split
    ];
    expect(worst(hard)).toBeLessThan(1);
    expect(pow(2, 1024)).toBe(Infinity);
    expect(pow(10, -400)).toBe(0);
  });
});
