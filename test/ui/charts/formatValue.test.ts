import { describe, expect, it } from 'vitest';
import { formatTick, formatValue } from '../../../ui/charts/formatValue.ts';

describe('axis ticks and values', () => {
  it('write dollars with their unit on every tick, billions as B', () => {
    expect([0, 2e9, 4e9, 8e9].map((v) => formatTick(v, 'USD'))).toEqual(['$0', '$2B', '$4B', '$8B']);
    expect(formatTick(2.5e6, 'USD')).toBe('$2.5M');
  });

  it('write a metric without a value (a mean over nobody) as a dash', () => {
    expect(formatValue(Number.NaN, 'hours')).toBe('—');
  });
});
