import { describe, expect, it } from 'vitest';
import { packRows, spread } from '../../../ui/charts/labelLayout.ts';
import { formatDay, timeTicks } from '../../../ui/charts/timeAxis.ts';

describe('label layout', () => {
  it('spreads labels that want the same place so none overlaps, keeping their order', () => {
    const at = spread([{ at: 50, size: 14 }, { at: 50, size: 14 }, { at: 52, size: 14 }], 0, 200);
    const sorted = [...at].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(14 - 1e-9);
  });

  it('keeps spread labels inside the range when they fit', () => {
    const at = spread([{ at: 195, size: 20 }, { at: 199, size: 20 }], 0, 200);
    expect(Math.max(...at) + 10).toBeLessThanOrEqual(200 + 1e-9);
  });

  it('leaves labels that do not collide where they want to be', () => {
    expect(spread([{ at: 10, size: 10 }, { at: 100, size: 10 }], 0, 200)).toEqual([10, 100]);
  });

  it('packs overlapping labels into rows, reusing a row where there is room', () => {
    expect(packRows([{ x: 0, width: 100 }, { x: 50, width: 100 }, { x: 200, width: 50 }])).toEqual([0, 1, 0]);
  });
});

describe('time axis', () => {
  it('writes day d as a date from the start date', () => {
    expect(formatDay('2023-10-01', 0)).toBe('1 Oct 2023');
    expect(formatDay('2023-10-01', 120)).toBe('29 Jan 2024');
    expect(formatDay(null, 7)).toBe('day 7');
  });

  it('puts ticks on month starts with the year on the first and on January', () => {
    const ticks = timeTicks('2023-10-01', 365, 12);
    expect(ticks[0]).toEqual({ day: 0, label: 'Oct 2023' });
    expect(ticks.find((t) => t.label.startsWith('Jan'))).toEqual({ day: 92, label: 'Jan 2024' });
    expect(ticks.length).toBeLessThanOrEqual(12);
  });

  it('thins month ticks to fit', () => {
    expect(timeTicks('2023-10-01', 3649, 6).length).toBeLessThanOrEqual(6);
  });
});
