import { describe, expect, it } from 'vitest';
import { aggregateSeries, pairedDifference, summarize } from '../../sim/stats/index.ts';

const T975_9 = 2.262157; // t(0.975, 9) from tables
const T995_9 = 3.249836; // t(0.995, 9) from tables

describe('summarize', () => {
  const s = summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  it('gives the mean, sample sd and n', () => {
    expect(s.n).toBe(10);
    expect(s.mean).toBe(5.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(82.5 / 9), 14);
  });

  it('gives the 95 % Student-t interval mean ± t(0.975, n − 1) sd/√n', () => {
    const h = (T975_9 * Math.sqrt(82.5 / 9)) / Math.sqrt(10);
    expect(s.ci95[0]).toBeCloseTo(5.5 - h, 5);
    expect(s.ci95[1]).toBeCloseTo(5.5 + h, 5);
    expect(s.ci).toEqual(s.ci95);
  });

  it('gives an interval at another level on request', () => {
    const s99 = summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.99);
    const h = (T995_9 * Math.sqrt(82.5 / 9)) / Math.sqrt(10);
    expect(s99.level).toBe(0.99);
    expect(s99.ci[1]).toBeCloseTo(5.5 + h, 5);
    expect(s99.ci95).toEqual(s.ci95);
  });

  it('collapses the interval to the value for a single replication, with sd 0', () => {
    expect(summarize([4.2])).toEqual({ n: 1, mean: 4.2, sd: 0, ci95: [4.2, 4.2], level: 0.95, ci: [4.2, 4.2] });
  });

  it('gives NaN for no replications', () => {
    const e = summarize([]);
    expect(e.n).toBe(0);
    expect(e.mean).toBeNaN();
    expect(e.ci95.every(Number.isNaN)).toBe(true);
  });

  it('accepts typed arrays', () => {
    expect(summarize(Float64Array.from([2, 4])).mean).toBe(3);
  });
});

describe('pairedDifference', () => {
  it('summarises b[i] − a[i]', () => {
    const d = pairedDifference([10, 20, 30], [11, 23, 32]);
    expect(d.mean).toBe(2);
    expect(d.sd).toBe(1);
    expect(d.n).toBe(3);
  });

  it('is narrower than the unpaired comparison when the pairs share noise', () => {
    const a = [10, 20, 30, 40];
    const b = [11, 21.5, 30.5, 41];
    const paired = pairedDifference(a, b);
    const width = (s: { ci95: readonly [number, number] }) => s.ci95[1] - s.ci95[0];
    expect(width(paired)).toBeLessThan(width(summarize(b)));
  });

  it('refuses samples of different lengths', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(/length/);
  });
});

describe('aggregateSeries', () => {
  const band = aggregateSeries([
    Float64Array.from([1, 10, Number.NaN]),
    Float64Array.from([3, 10, 5]),
    Float64Array.from([5, 10, Number.NaN]),
  ]);

  it('gives the mean over replications at each index', () => {
    expect([...band.mean]).toEqual([3, 10, 5]);
  });

  it('gives the Student-t band at each index', () => {
    // Index 0: values 1, 3, 5 → sd 2, half-width t(0.975, 2)·2/√3 with t = 4.302653.
    expect(band.lo[0]).toBeCloseTo(3 - (4.302653 * 2) / Math.sqrt(3), 5);
    expect(band.hi[0]).toBeCloseTo(3 + (4.302653 * 2) / Math.sqrt(3), 5);
    expect([band.lo[1], band.hi[1]]).toEqual([10, 10]);
  });

  it('skips non-finite values index by index', () => {
    expect(band.n[2]).toBe(1);
    expect([band.lo[2], band.hi[2]]).toEqual([5, 5]);
  });

  it('refuses series of different lengths', () => {
    expect(() => aggregateSeries([new Float64Array(2), new Float64Array(3)])).toThrow(/length/);
  });
});
