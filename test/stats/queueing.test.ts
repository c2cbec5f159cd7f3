import { describe, expect, it } from 'vitest';
import {
  erlangB,
  erlangC,
  erlangCWq,
  logFactorial,
  md1Wq,
  mg1Wq,
  mm1L,
  mm1Lq,
  mm1Pn,
  mm1W,
  mm1Wq,
  mmcLq,
  mmcW,
  mmInfL,
} from '../../sim/stats/index.ts';

describe('M/M/1 (λ 0.8, μ 1, so ρ 0.8)', () => {
  it('gives Wq = ρ/(μ − λ) = 4 and W = 1/(μ − λ) = 5', () => {
    expect(mm1Wq(0.8, 1)).toBeCloseTo(4, 12);
    expect(mm1W(0.8, 1)).toBeCloseTo(5, 12);
  });

  it('gives L = ρ/(1 − ρ) = 4 and Lq = ρ²/(1 − ρ) = 3.2', () => {
    expect(mm1L(0.8, 1)).toBeCloseTo(4, 12);
    expect(mm1Lq(0.8, 1)).toBeCloseTo(3.2, 12);
  });

  it('gives P(n) = (1 − ρ)ρⁿ', () => {
    expect(mm1Pn(0.8, 1, 0)).toBeCloseTo(0.2, 14);
    expect(mm1Pn(0.8, 1, 2)).toBeCloseTo(0.128, 14);
  });

  it('is infinite when unstable', () => {
    expect(mm1Wq(1, 1)).toBe(Infinity);
    expect(mm1L(2, 1)).toBe(Infinity);
  });
});

describe('Erlang B and C', () => {
  it('gives Erlang B by hand for small cases: B(1, a) = a/(1 + a), B(2, 1) = 0.2', () => {
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 14);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 14);
  });

  it('matches the direct formula (aᶜ/c!) / Σ aᵏ/k! for 10 places and 8 erlangs', () => {
    let sum = 0;
    for (let k = 0; k <= 10; k++) sum += Math.exp(k * Math.log(8) - logFactorial(k));
    expect(erlangB(10, 8)).toBeCloseTo(Math.exp(10 * Math.log(8) - logFactorial(10)) / sum, 14);
  });

  it('stays finite and in [0, 1] for thousands of servers', () => {
    const b = erlangB(5000, 4900);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(1);
  });

  it('gives Wq = 1.52499 for c 5, λ 4.5, μ 1', () => {
    expect(erlangCWq(5, 4.5, 1)).toBeCloseTo(1.52499, 5);
  });

  it('reduces to M/M/1 for one server (C = ρ)', () => {
    expect(erlangC(1, 0.8, 1)).toBeCloseTo(0.8, 14);
    expect(erlangCWq(1, 0.8, 1)).toBeCloseTo(mm1Wq(0.8, 1), 12);
  });

  it('relates Lq and W to Wq by Little’s law', () => {
    expect(mmcLq(5, 4.5, 1)).toBeCloseTo(4.5 * erlangCWq(5, 4.5, 1), 12);
    expect(mmcW(5, 4.5, 1)).toBeCloseTo(erlangCWq(5, 4.5, 1) + 1, 12);
  });

  it('is certain to wait and infinite when unstable', () => {
    expect(erlangC(5, 5, 1)).toBe(1);
    expect(erlangCWq(5, 5, 1)).toBe(Infinity);
  });
});

describe('Pollaczek–Khinchine and M/M/∞', () => {
  it('gives the M/D/1 wait ρD/(2(1 − ρ)) = 2 for λ 0.8, D 1', () => {
    expect(md1Wq(0.8, 1)).toBeCloseTo(2, 12);
  });

  it('reduces to M/M/1 for exponential service (variance = mean²)', () => {
    expect(mg1Wq(0.8, 1, 1)).toBeCloseTo(mm1Wq(0.8, 1), 12);
  });

  it('gives L = λ/μ for M/M/∞', () => {
    expect(mmInfL(5, 2)).toBe(2.5);
  });
});
