import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile } from '../../sim/stats/index.ts';

// Two-sided table values of Student's t, to 6 decimals (any statistics table).
const TABLE: [p: number, df: number, t: number][] = [
  [0.975, 1, 12.706205],
  [0.975, 9, 2.262157],
  [0.975, 30, 2.042272],
  [0.975, 120, 1.97993],
  [0.975, Infinity, 1.959964],
  [0.95, 5, 2.015048],
  [0.995, 2, 9.924843],
  [0.995, 10, 3.169273],
  [0.9, 3, 1.637744],
  [0.9995, 60, 3.4602],
];

describe('studentTQuantile', () => {
  it.each(TABLE)('gives t(%f, %f) as in the table', (p, df, t) => {
    expect(Math.abs(studentTQuantile(p, df) - t)).toBeLessThan(1e-6);
  });

  it('is antisymmetric about 1/2', () => {
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-studentTQuantile(0.975, 9), 12);
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });

  it('inverts the CDF for non-integer and large degrees of freedom and extreme p', () => {
    for (const df of [1.5, 2.5, 3, 7, 1000, 1e5]) {
      for (const p of [1e-10, 0.001, 0.3, 0.6, 0.99]) {
        const t = studentTQuantile(p, df);
        expect(Math.abs(studentTCdf(t, df) - p) / p).toBeLessThan(1e-9);
      }
    }
  });

  it('matches the Cauchy quantile in closed form for one degree of freedom', () => {
    expect(studentTQuantile(0.9, 1)).toBeCloseTo(Math.tan(Math.PI * 0.4), 10);
  });

  it('returns infinities at 0 and 1 and NaN outside', () => {
    expect(studentTQuantile(1, 5)).toBe(Infinity);
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(1.1, 5)).toBeNaN();
    expect(studentTQuantile(0.5, 0)).toBeNaN();
  });
});

describe('studentTCdf', () => {
  it('matches the Cauchy CDF 1/2 + atan(t)/π for one degree of freedom', () => {
    for (const t of [-30, -1, 0, 0.5, 4]) expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
  });

  it('matches the closed form 1/2 + t / (2√(t² + 2)) for two degrees of freedom', () => {
    for (const t of [-5, -0.3, 2, 9]) expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(t * t + 2)), 14);
  });
});
