import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, fiscalYearMonths, fiscalYearOf } from '../../sim/observed/months.ts';

describe('observed months', () => {
  it('puts October to December in the next fiscal year', () => {
    expect([fiscalYearOf('2023-09'), fiscalYearOf('2023-10'), fiscalYearOf('2024-09')]).toEqual([2023, 2024, 2024]);
  });

  it('lists a fiscal year from October to September', () => {
    expect(fiscalYearMonths(2024)).toEqual(['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09']);
  });

  it('steps across year ends both ways', () => {
    expect([addMonths('2023-12', 1), addMonths('2024-01', -1), addMonths('2019-09', 12)]).toEqual(['2024-01', '2023-12', '2020-09']);
  });

  it('counts leap-year Februaries', () => {
    expect([daysInMonth('2024-02'), daysInMonth('2023-02'), daysInMonth('2000-02'), daysInMonth('1900-02'), daysInMonth('2024-09')]).toEqual([29, 28, 29, 28, 30]);
  });
});
