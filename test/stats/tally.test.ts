import { describe, expect, it } from 'vitest';
import { Tally } from '../../sim/stats/index.ts';

describe('Tally', () => {
  const data = [2, 4, 4, 4, 5, 5, 7, 9];
  const t = new Tally();
  for (const x of data) t.add(x);

  it('counts, sums and averages the observations', () => {
    expect(t.count).toBe(8);
    expect(t.sum).toBe(40);
    expect(t.mean).toBe(5);
  });

  it('gives the sample variance with the n - 1 divisor', () => {
    // Squared deviations: 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32.
    expect(t.variance).toBeCloseTo(32 / 7, 14);
    expect(t.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });

  it('tracks the minimum and maximum', () => {
    expect(t.min).toBe(2);
    expect(t.max).toBe(9);
  });

  it('stays accurate with a large offset (Welford, not sum of squares)', () => {
    const big = new Tally();
    for (const x of data) big.add(1e9 + x);
    expect(big.variance).toBeCloseTo(32 / 7, 6);
  });

  it('forgets everything on reset', () => {
    const r = new Tally();
    r.add(3);
    r.add(4);
    r.reset();
    expect(r.count).toBe(0);
    expect(r.mean).toBeNaN();
    expect(r.variance).toBeNaN();
    expect(r.sum).toBe(0);
    expect(r.min).toBe(Infinity);
    expect(r.max).toBe(-Infinity);
  });

  it('reports no variance for a single observation', () => {
    const one = new Tally();
    one.add(7);
    expect(one.mean).toBe(7);
    expect(one.variance).toBeNaN();
  });
});
