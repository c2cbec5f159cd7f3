import { describe, expect, it } from 'vitest';
import { DurationHistogram } from '../../sim/stats/durationHistogram.ts';

describe('DurationHistogram', () => {
  it('reports no mean, no share and no quantile when nothing was recorded, rather than zero', () => {
    const h = new DurationHistogram(72);
    expect([h.mean(), h.shareOver(), h.quantile(0.9)]).toEqual([null, null, null]);
  });

  it('counts items over the threshold exactly and interpolates quantiles within bins', () => {
    const h = new DurationHistogram(72, 1, 200);
    h.add(90, 10.5); h.add(10, 80);
    expect(h.mean()).toBeCloseTo((90 * 10.5 + 10 * 80) / 100, 12);
    expect(h.shareOver()).toBe(0.1);
    expect(h.quantile(0.5)).toBeCloseTo(10 + 50 / 90, 12);
    expect(h.quantile(0.95)).toBeCloseTo(80.5, 12);
  });
});
