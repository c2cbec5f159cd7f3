import { describe, expect, it } from 'vitest';
import { dateOfDay, dayOfDate, isCalendarDate, monthsByDay } from '../../../sim/model/schema/calendar.ts';

describe('the scenario calendar', () => {
  it('knows leap years: 29 February 2024 and 2000 exist, 1900 and 2023 do not', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
  });

  it('gives the date of a day and the day of a date, each the inverse of the other', () => {
    expect(dateOfDay('2023-10-01', 0)).toBe('2023-10-01');
    expect(dateOfDay('2023-10-01', 151)).toBe('2024-02-29');
    expect(dateOfDay('2023-10-01', 365)).toBe('2024-09-30');
    expect(dayOfDate('2023-10-01', '2023-05-11')).toBe(-143);
    for (let d = -800; d < 4000; d += 37) expect(dayOfDate('2019-10-01', dateOfDay('2019-10-01', d))).toBe(d);
  });

  it('gives each day its calendar month, across a leap day and a year end', () => {
    const m = monthsByDay('2023-12-30', 64);
    expect([m[0], m[1], m[2], m[32], m[33], m[61], m[62]]).toEqual([11, 11, 0, 0, 1, 1, 2]);
  });
});
