import { describe, expect, it } from 'vitest';
import { CountSeries, LevelSeries, dropWarmup, warmupIntervals } from '../../sim/stats/index.ts';

describe('CountSeries', () => {
  it('adds amounts to the interval holding each time', () => {
    const s = new CountSeries(3);
    s.add(0);
    s.add(0.99);
    s.add(1, 5);
    s.add(2.5, 0.5);
    expect([...s.values]).toEqual([2, 5, 0.5]);
  });

  it('ignores times outside the series', () => {
    const s = new CountSeries(2, 7, 14);
    s.add(13.9);
    s.add(14);
    s.add(27.99);
    s.add(28);
    expect([...s.values]).toEqual([1, 1]);
  });
});

describe('LevelSeries', () => {
  // Level 0 on [0, 0.5), 2 on [0.5, 1.5), 4 on [1.5, 1.75), 1 from 1.75 on.
  const make = () => {
    const s = new LevelSeries(3);
    s.level(0.5, 2);
    s.level(1.5, 4);
    s.level(1.75, 1);
    return s;
  };

  it('gives the time-weighted mean of each interval', () => {
    const s = make();
    s.finish(3);
    expect([...s.mean]).toEqual([1, 2 * 0.5 + 4 * 0.25 + 1 * 0.25, 1]);
  });

  it('gives the peak of each interval', () => {
    const s = make();
    s.finish(3);
    expect([...s.peak]).toEqual([2, 4, 1]);
  });

  it('gives the level at the end of each interval', () => {
    const s = make();
    s.finish(3);
    expect([...s.end]).toEqual([2, 1, 1]);
  });

  it('averages a cut interval over its covered part and leaves later ones NaN', () => {
    const s = new LevelSeries(4);
    s.level(0, 2);
    s.level(1.5, 6);
    s.finish(1.75);
    expect(s.mean[1]).toBeCloseTo((2 * 0.5 + 6 * 0.25) / 0.75, 14);
    expect(s.end[1]).toBe(6);
    expect([s.mean[2], s.peak[2], s.end[2]].every(Number.isNaN)).toBe(true);
  });

  it('does not count a level replaced at the very start of an interval as its peak', () => {
    const s = new LevelSeries(2);
    s.level(0, 9);
    s.level(1, 3);
    s.finish(2);
    expect([...s.peak]).toEqual([9, 3]);
    expect([...s.end]).toEqual([9, 3]);
  });

  it('counts a spike of zero duration towards the peak', () => {
    const s = new LevelSeries(1);
    s.level(0.5, 10);
    s.level(0.5, 1);
    s.finish(1);
    expect(s.peak[0]).toBe(10);
    expect(s.mean[0]).toBe(0.5);
  });

  it('carries a level set before the series starts into its first interval', () => {
    const s = new LevelSeries(1, 1, 10);
    s.level(3, 5);
    s.level(10.5, 1);
    s.finish(11);
    expect(s.mean[0]).toBe(3);
    expect(s.peak[0]).toBe(5);
  });

  it('works with intervals wider than one time unit', () => {
    const s = new LevelSeries(2, 7);
    s.level(3.5, 2);
    s.finish(14);
    expect([...s.mean]).toEqual([1, 2]);
  });

  it('refuses time going backwards and updates after finish', () => {
    const s = make();
    expect(() => s.level(1, 0)).toThrow(/backwards/);
    s.finish(3);
    expect(() => s.level(3, 1)).toThrow(/finished/);
  });
});

describe('warm-up helpers', () => {
  it('drop the warm-up intervals as a view', () => {
    const v = Float64Array.from([1, 2, 3, 4]);
    const kept = dropWarmup(v, 2);
    expect([...kept]).toEqual([3, 4]);
    expect(kept.buffer).toBe(v.buffer);
    expect(dropWarmup(v, 10).length).toBe(0);
  });

  it('count whole intervals in a warm-up, rounding up', () => {
    expect(warmupIntervals(30)).toBe(30);
    expect(warmupIntervals(30.2)).toBe(31);
    expect(warmupIntervals(14, 7)).toBe(2);
    expect(warmupIntervals(0)).toBe(0);
  });
});
