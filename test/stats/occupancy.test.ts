import { describe, expect, it } from 'vitest';
import { Occupancy, type DayFigures } from '../../sim/stats/occupancy.ts';

describe('Occupancy', () => {
  it('integrates the level over time, per day and in all, with the peak and the time over capacity', () => {
    const o = new Occupancy('ward'), day: DayFigures = { mean: 0, peak: 0, over: 0 };
    o.capacity = 2;
    o.enter(3, 0.25); o.exit(2, 0.75, 0.25);
    o.closeDay(1, day);
    expect(day).toEqual({ mean: 3 * 0.5 + 1 * 0.25, peak: 3, over: 1 * 0.5 });
    expect(o.daysOver).toBe(1);
    o.closeDay(2, day);
    expect(day).toEqual({ mean: 1, peak: 1, over: 0 });
    expect(o.daysOver).toBe(1);
    expect(o.area).toBe(1.75 + 1);
    expect(o.staySum).toBe(2 * 0.5);
  });

  it('satisfies Little\'s law on a closed interval: mean level equals entries per time times mean stay', () => {
    const o = new Occupancy('q');
    for (let i = 0; i < 100; i++) { o.enter(1, 3 * i); o.exit(1, 3 * i + 2.5, 3 * i); }
    o.flush(300);
    expect(o.area / 300).toBeCloseTo((o.entries / 300) * (o.staySum / o.exits), 12);
  });
});
