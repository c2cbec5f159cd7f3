import { describe, expect, it } from 'vitest';
import {
  erfc,
  logFactorial,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from '../../sim/stats/index.ts';

describe('logGamma and logFactorial', () => {
  it('give ln Γ(1/2) = ln √π and ln Γ(1) = ln Γ(2) = 0', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
  });

  it('give ln 10! = ln 3 628 800 and ln 170! from the product', () => {
    expect(logFactorial(10)).toBeCloseTo(Math.log(3628800), 12);
    let s = 0;
    for (let k = 2; k <= 300; k++) s += Math.log(k);
    expect(Math.abs(logFactorial(300) - s) / s).toBeLessThan(1e-14);
  });

  it('satisfy the recurrence ln Γ(x + 1) = ln Γ(x) + ln x across the Stirling switch', () => {
    for (const x of [0.1, 3.3, 6.5, 7, 12.25, 1e4]) {
      expect(logGamma(x + 1)).toBeCloseTo(logGamma(x) + Math.log(x), 10);
    }
  });
});

describe('normal distribution', () => {
  it('gives erfc(0) = 1, erfc(1) = 0.157299207050285 and keeps precision in the tail', () => {
    expect(erfc(0)).toBe(1);
    expect(erfc(1)).toBeCloseTo(0.157299207050285, 14);
    expect(erfc(-1)).toBeCloseTo(2 - 0.157299207050285, 14);
    // erfc(10) = 2.088487583762545e-45 (A&S table 7.1 asymptotics).
    expect(Math.abs(erfc(10) / 2.088487583762545e-45 - 1)).toBeLessThan(1e-12);
  });

  it('gives Φ(1.959964) = 0.975', () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
  });

  it('inverts Φ across the three regions of AS 241', () => {
    for (const p of [1e-300, 1e-20, 1e-5, 0.02, 0.3, 0.5, 0.8, 0.99]) {
      const z = normalQuantile(p);
      expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan(1e-12);
    }
  });

  it('returns infinities at 0 and 1 and NaN outside', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
  });
});

describe('incomplete gamma and beta', () => {
  it('give P(1, x) = 1 − e^(−x) and P + Q = 1', () => {
    for (const x of [0.1, 1, 5, 30]) {
      expect(regularizedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
      expect(regularizedGammaP(3.5, x) + regularizedGammaQ(3.5, x)).toBeCloseTo(1, 14);
    }
  });

  it('give the Poisson CDF: Q(k + 1, λ) = P(N ≤ k)', () => {
    // P(N ≤ 2) for λ = 3: e^(−3)(1 + 3 + 4.5).
    expect(regularizedGammaQ(3, 3)).toBeCloseTo(Math.exp(-3) * 8.5, 14);
  });

  it('give I_x(1, 1) = x, I_x(a, 1) = xᵃ and the symmetry I_x(a, b) = 1 − I_(1−x)(b, a)', () => {
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedBeta(0.7, 2.5, 1)).toBeCloseTo(0.7 ** 2.5, 14);
    expect(regularizedBeta(0.4, 3, 7)).toBeCloseTo(1 - regularizedBeta(0.6, 7, 3), 14);
  });
});
