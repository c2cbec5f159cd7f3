import { describe, expect, it } from 'vitest';
import { TimeWeighted } from '../../sim/stats/index.ts';

describe('TimeWeighted', () => {
  // Level 0 on [0, 2), 3 on [2, 5), 1 from 5 on.
  const make = () => {
    const w = new TimeWeighted(0, 0);
    w.update(2, 3);
    w.update(5, 1);
    return w;
  };

  it('integrates the level over time', () => {
    expect(make().integral(10)).toBe(0 * 2 + 3 * 3 + 1 * 5);
  });

  it('gives the time-average level', () => {
    expect(make().mean(10)).toBeCloseTo(14 / 10, 14);
  });

  it('tracks the highest and lowest levels held', () => {
    const w = make();
    expect(w.max).toBe(3);
    expect(w.min).toBe(0);
    expect(w.level).toBe(1);
  });

  it('restarts accumulation at reset, keeping the current level (warm-up deletion)', () => {
    const w = make();
    w.reset(6);
    expect(w.mean(10)).toBe(1);
    expect(w.integral(10)).toBe(4);
    expect(w.max).toBe(1);
    expect(w.min).toBe(1);
    w.update(8, 5);
    expect(w.mean(10)).toBeCloseTo((1 * 2 + 5 * 2) / 4, 14);
  });

  it('returns the current level as the mean when no time has passed', () => {
    expect(new TimeWeighted(3, 7).mean(3)).toBe(7);
  });

  it('counts several updates at one instant as zero-duration levels', () => {
    const w = new TimeWeighted(0, 0);
    w.update(1, 10);
    w.update(1, 2);
    expect(w.integral(2)).toBe(2);
    expect(w.max).toBe(10);
  });

  it('refuses time going backwards', () => {
    const w = make();
    expect(() => w.update(4, 0)).toThrow(/backwards/);
  });
});
