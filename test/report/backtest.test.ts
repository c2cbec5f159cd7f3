import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backtest, backtestCsv, wholeMonths } from '../../sim/report/backtest.ts';
import { loadObserved, observedFileDef, type ObservedFileDef } from '../../sim/observed/index.ts';

const DIR = new URL('../../data/observed/', import.meta.url);
const shipped = (id: string) => {
  const def = observedFileDef(id)!;
  return { def, data: loadObserved(def.file, readFileSync(new URL(def.file, DIR), 'utf8')) };
};

/** A file of one monthly series `x`, compared with the model's `encounters` by `aggregate`. */
function synthetic(rows: string, aggregate: 'sum' | 'mean' | 'end', partial: string[] = []) {
  const text = [
    '# source: a test', '# published: 2024-01-01', '# retrieved-from: here', '# definitions: x', '# units: x=people/month', ...partial.map((m) => `# partial: ${m}: covered in part`),
    'month,series,value', rows,
  ].join('\n');
  const def: ObservedFileDef = {
    id: 'synthetic', file: 'synthetic.csv', label: 'synthetic', fiscalYears: [2024],
    series: [{ id: 'x', unit: 'people/month', label: 'X' }], compare: [{ model: { series: 'encounters' }, observed: ['x'], aggregate }], totals: [],
  };
  return { def, data: loadObserved('synthetic.csv', text) };
}

describe('backtest against published series', () => {
  it('takes the whole calendar months of a horizon, leaving out months cut by either end', () => {
    expect(wholeMonths('2023-10-01', 61)).toEqual([{ month: '2023-10', from: 0, to: 31 }, { month: '2023-11', from: 31, to: 61 }]);
    expect(wholeMonths('2023-10-15', 60).map((m) => m.month)).toEqual(['2023-11']);
    expect(wholeMonths('2023-10-15', 60)[0]).toEqual({ month: '2023-11', from: 17, to: 47 });
    expect(wholeMonths('2024-02-01', 28)).toEqual([]);
    expect(wholeMonths('2024-02-01', 29)).toEqual([{ month: '2024-02', from: 0, to: 29 }]);
  });

  it('sums daily counts into months, gives the error of the mean and whether the record lies inside the replications', () => {
    const file = synthetic('2023-10,x,310\n2023-11,x,330', 'sum');
    const reps = [9, 11].map((perDay) => ({ daily: { encounters: new Float64Array(61).fill(perDay) } }));
    const r = backtest('2023-10-01', 61, reps, [file]);
    expect(r.months.map((p) => [p.period, p.observed, p.model, p.low, p.high, p.inside])).toEqual([
      ['2023-10', 310, 310, 279, 341, true],
      ['2023-11', 330, 300, 270, 330, true],
    ]);
    expect(r.months[1]!.error).toBeCloseTo(-30 / 330, 12);
    expect(r.years).toEqual([]); // not a whole fiscal year
    expect(r.sources).toEqual({ synthetic: 'a test' });
  });

  it('leaves out a month the file marks as partial, which is not a whole month\'s value', () => {
    const file = synthetic('2023-10,x,310\n2023-11,x,240', 'sum', ['2023-11']);
    const r = backtest('2023-10-01', 61, [{ daily: { encounters: new Float64Array(61).fill(10) } }], [file]);
    expect(r.months.map((p) => p.period)).toEqual(['2023-10']);
  });

  it('misses a record outside the band, and leaves out months the record does not have', () => {
    const file = synthetic('2023-11,x,400', 'sum');
    const r = backtest('2023-10-01', 61, [{ daily: { encounters: new Float64Array(61).fill(10) } }], [file]);
    expect(r.months.map((p) => [p.period, p.model, p.inside])).toEqual([['2023-11', 300, false]]);
  });

  it('averages a daily mean over a month, and a fiscal year by days', () => {
    const rows = Array.from({ length: 12 }, (_, k) => `${k < 3 ? 2023 : 2024}-${String(((k + 9) % 12) + 1).padStart(2, '0')},x,${k < 6 ? 100 : 200}`).join('\n');
    const file = synthetic(rows, 'mean');
    const daily = new Float64Array(366).map((_, d) => (d < 183 ? 100 : 200)); // Oct-Mar is 183 days in FY2024
    const r = backtest('2023-10-01', 366, [{ daily: { encounters: daily } }], [file]);
    expect(r.months.every((p) => p.error === 0)).toBe(true);
    expect(r.years).toHaveLength(1);
    expect(r.years[0]!.period).toBe('FY2024');
    expect(r.years[0]!.observed).toBeCloseTo((100 * 183 + 200 * 183) / 366, 9);
    expect(r.years[0]!.model).toBeCloseTo(r.years[0]!.observed, 9);
  });

  it('compares a year of ICE detention with the shipped FY2024 file, month by month and for the year', () => {
    const r = backtest('2023-10-01', 366, [{ daily: { 'detention.occupancy': new Float64Array(366).fill(37000), 'detention.bookIns': new Float64Array(366).fill(760) } }], [shipped('ice-detention-fy2024')]);
    const adp = r.months.filter((p) => p.series === 'detention.occupancy');
    expect(adp).toHaveLength(12);
    const year = r.years.find((p) => p.series === 'detention.occupancy')!;
    // ICE's FY2024 ADP was 37,722 (the shipped file's published total).
    expect(Math.abs(year.observed - 37722)).toBeLessThan(1);
    expect(year.error).toBeCloseTo((37000 - year.observed) / year.observed, 12);
  });

  it('writes tidy CSV, one row per scenario, comparison and period', () => {
    const file = synthetic('2023-10,x,310', 'sum');
    const r = backtest('2023-10-01', 31, [{ daily: { encounters: new Float64Array(31).fill(10) } }], [file]);
    expect(backtestCsv([{ scenario: 'baseline', result: r }])).toBe(
      'scenario,file,quantity,series,period,observed,model_mean,model_low,model_high,error,inside\nbaseline,synthetic,X,encounters,2023-10,310,310,310,310,0,true\n',
    );
  });
});
