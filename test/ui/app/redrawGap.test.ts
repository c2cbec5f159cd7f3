import { describe, expect, it } from 'vitest';
import { MAX_REDRAW_MS, REDRAW_MS, REDRAW_PACE, redrawGap } from '../../../ui/app/redrawGap.ts';

describe('the gap between redraws while results stream in', () => {
  it('is the minimum after a cheap redraw, and grows with a redraw\'s cost up to the longest wait', () => {
    expect(redrawGap(20)).toBe(REDRAW_MS);
    expect(redrawGap(0)).toBe(REDRAW_MS);
    expect(redrawGap(Number.NaN)).toBe(REDRAW_MS);
    expect(redrawGap(300)).toBe(300 * REDRAW_PACE);
    expect(redrawGap(300)).toBeGreaterThan(REDRAW_MS);
    expect(redrawGap(5000)).toBe(MAX_REDRAW_MS);
  });
});
