/**
 * `tan` against the exact tangent (BigInt reference with 1,400 bits of π), against `Math.tan`,
 * on the values the specification fixes, near the poles, and on huge arguments, where the
 * reduction modulo π/2 is hardest.
 */
import { describe, expect, it } from 'vitest';
import { tan } from '../../sim/math/index.ts';
import { bitsOf, fromBits, maxUlpDistance, randomBits, seeded, tanReference, ulpError } from './reference.ts';

function worst(xs: number[]): number {
  let error = 0;
  for (const x of xs) error = Math.max(error, ulpError(tan(x), tanReference(x)));
  return error;
}

/** `n` finite doubles with |x| ≥ 2^−27 and uniformly random bits. */
function randomArguments(n: number, seed: number): number[] {
  const rand = seeded(seed);
  const out: number[] = [];
  while (out.length < n) {
    const x = randomBits(rand);
    if (Number.isFinite(x) && Math.abs(x) >= 2 ** -27) out.push(x);
  }
  return out;
}

describe('tan', () => {
  it('is within 1 ulp of the exact tangent on (0, π/2), where the Student t quantile uses it', () => {
    const rand = seeded(1);
    expect(worst(Array.from({ length: 4000 }, () => (Math.PI / 2) * rand()).filter((x) => x >= 2 ** -27))).toBeLessThan(1);
  });

  it('is within 1 ulp of the exact tangent for arguments of any size, huge ones included', () => {
    const rand = seeded(2);
    const moderate = Array.from({ length: 2000 }, () => (rand() - 0.5) * 2 ** 30 * rand() ** 8);
    expect(worst([...moderate, ...randomArguments(1500, 3)])).toBeLessThan(1);
  });

  it('agrees with Math.tan to within 1 ulp on 100,000 random arguments', () => {
    const rand = seeded(4);
    const xs = [...Array.from({ length: 70_000 }, () => (rand() - 0.5) * 40), ...randomArguments(30_000, 5)];
    expect(maxUlpDistance(tan, Math.tan, xs)).toBeLessThanOrEqual(1);
  });

  it('gives the values the specification fixes for ±0, ±∞ and NaN, and x itself for tiny x', () => {
    for (const x of [0, -0, Infinity, -Infinity, Number.NaN]) expect(tan(x)).toBe(Math.tan(x));
    for (const x of [1e-10, -1e-10, 5e-324, 2 ** -28]) expect(tan(x)).toBe(x);
  });

  it('is within 1 ulp near the poles and near multiples of π/2, where reduction cancels', () => {
    const hard = [1, 2, 3, 4].flatMap((k) => {
      const near = (k * Math.PI) / 2;
      return [near, -near, fromBits(bitsOf(near) + 1n), fromBits(bitsOf(near) - 1n)];
    });
    const rand = seeded(6);
    const poles = Array.from({ length: 1000 }, () => (Math.PI / 2) * (1 + 2 * Math.floor(rand() * 100)) * (1 + (rand() - 0.5) * 2 ** -40));
    expect(worst([...hard, ...poles])).toBeLessThan(1);
  });

  it('is within 1 ulp at the edges of the polynomial and reduction ranges (0.6744, π/4, 2^20·π/2)', () => {
    const hard = [
      fromBits(0x3fe5942800000000n), fromBits(0x3fe59427ffffffffn), -fromBits(0x3fe5942800000000n), // kernel switch at 0.6744
      fromBits(0x3fe921fb00000000n), fromBits(0x3fe921fc00000000n), Math.PI / 4, -Math.PI / 4, // no reduction up to π/4
      fromBits(0x3e30000000000000n), fromBits(0x3e2fffffffffffffn) * 2, // |x| vs 2^−28
      fromBits(0x413921fb00000000n), fromBits(0x413921fa00000000n), fromBits(0x413921fc00000000n), // medium vs Payne–Hanek
    ];
    expect(worst(hard)).toBeLessThan(1);
  });

  it('reduces the hardest huge arguments exactly (10^22 and the double nearest a multiple of π/2)', () => {
    // 6381956970095103·2^797 is within about 2^−61 of a multiple of π/2 (Kahan and McDonald).
    const hard = [1e22, 6381956970095103 * 2 ** 797, -6381956970095103 * 2 ** 797, 1.7976931348623157e308, 1e300, 2 ** 1023];
    expect(worst(hard)).toBeLessThan(1);
  });
});
