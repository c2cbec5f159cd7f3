import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, chiSquareTest, kolmogorovSurvival, ksStatistic, ksTest } from '../../sim/stats/index.ts';

describe('Kolmogorov distribution', () => {
  it('gives the textbook critical values: P(K > 1.3581) = 0.05 and P(K > 1.6276) = 0.01', () => {
    expect(kolmogorovSurvival(1.3580986)).toBeCloseTo(0.05, 6);
    expect(kolmogorovSurvival(1.6276236)).toBeCloseTo(0.01, 6);
  });

  it('is continuous where its two series meet', () => {
    expect(kolmogorovSurvival(1.18 - 1e-9)).toBeCloseTo(kolmogorovSurvival(1.18 + 1e-9), 8);
  });

  it('runs from 1 at 0 towards 0', () => {
    expect(kolmogorovSurvival(0)).toBe(1);
    expect(kolmogorovSurvival(0.2)).toBeCloseTo(1, 10);
    expect(kolmogorovSurvival(5)).toBeLessThan(1e-20);
  });
});

describe('ksStatistic and ksTest', () => {
  it('gives D by hand for three points against the uniform CDF', () => {
    // Steps at 0.1, 0.5, 0.9: largest gaps 1/3 − 0.1 and 0.9 − 2/3, both 0.2333…
    expect(ksStatistic([0.9, 0.1, 0.5], (x) => x)).toBeCloseTo(0.9 - 2 / 3, 14);
  });

  it('does not reorder the caller’s sample', () => {
    const sample = [0.9, 0.1, 0.5];
    ksStatistic(sample, (x) => x);
    expect(sample).toEqual([0.9, 0.1, 0.5]);
  });

  it('accepts an evenly spread sample and rejects a shifted one', () => {
    const even = Float64Array.from({ length: 1000 }, (_, i) => (i + 0.5) / 1000);
    expect(ksTest(even, (x) => x).pValue).toBeGreaterThan(0.99);
    const shifted = even.map((x) => x * 0.9);
    expect(ksTest(shifted, (x) => Math.min(1, Math.max(0, x))).pValue).toBeLessThan(1e-6);
  });
});

describe('chi-square', () => {
  it('gives the textbook 5 % critical values for 1 and 4 degrees of freedom', () => {
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(9.487729, 4)).toBeCloseTo(0.05, 6);
  });

  it('computes Pearson’s statistic by hand', () => {
    // (12 − 10)²/10 + (8 − 10)²/10 = 0.8, one degree of freedom.
    const r = chiSquareTest([12, 8], [10, 10]);
    expect(r.statistic).toBeCloseTo(0.8, 14);
    expect(r.df).toBe(1);
    expect(r.pValue).toBeCloseTo(chiSquareSurvival(0.8, 1), 14);
  });

  it('refuses a cell with no expected count', () => {
    expect(() => chiSquareTest([1, 1], [2, 0])).toThrow(/positive/);
  });
});
