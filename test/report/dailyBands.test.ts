import { describe, expect, it } from 'vitest';
import { SERIES_IDS } from '../../sim/model/series.ts';
import { summarize } from '../../sim/stats/index.ts';
import { dailyBands } from '../../sim/report/dailyBands.ts';
import { makeResult } from './fixtures.ts';

const results = [0, 1, 2, 3].map((r) => makeResult(r, 1, 5, () => 0, (s, d) => (s + 1) * (d + 1) + r * r));

describe('dailyBands', () => {
  it('has a band for every daily series, one value per day', () => {
    const bands = dailyBands(results);
    expect(Object.keys(bands)).toEqual([...SERIES_IDS]);
    expect(bands.arrivals.mean.length).toBe(5);
  });

  it('gives each day the mean and 95% interval across replications', () => {
    const b = dailyBands(results)['detention.occupancy'];
    const s = summarize(results.map((r) => r.daily['detention.occupancy'][3]));
    expect(b.mean[3]).toBeCloseTo(s.mean, 12);
    expect(b.lo[3]).toBeCloseTo(s.ci95[0], 12);
    expect(b.hi[3]).toBeCloseTo(s.ci95[1], 12);
  });

  it('does not depend on the order replications finished in', () => {
    const shuffled = [results[2], results[0], results[3], results[1]];
    expect(dailyBands(shuffled)).toEqual(dailyBands(results));
  });
});
