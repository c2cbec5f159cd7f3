import { describe, expect, it } from 'vitest';
import { gridStep } from '../../../ui/state/sliderGrid.ts';

describe('slider grid', () => {
  it('keeps the asked step when the values lie on it', () => {
    expect(gridStep(10, 0, [740, 3000])).toBe(10);
  });

  it('makes the step finer until the value lies on it (742 stays 742, 3.56 stays 3.56)', () => {
    expect(gridStep(10, 0, [742])).toBe(2);
    expect(gridStep(10, 0, [743])).toBe(1);
    expect(gridStep(0.05, 0, [3.56])).toBeCloseTo(0.01, 12);
    expect(gridStep(500, 0, [41500])).toBe(500);
    expect(gridStep(500, 0, [41250])).toBe(250);
  });
});
