import { describe, expect, it } from 'vitest';
import { loadObserved, ObservedDataError, parseObserved } from '../../sim/observed/parseObserved.ts';

const HEADER = [
  '# source: Example table, Example Agency, https://example.gov/table',
  '# published: 1 March 2024',
  '# retrieved-from: stored copy of https://example.gov/table',
  '# definitions: Southwest border, example component',
  '# units: a=people/month, b=people',
];
const ROWS = ['2023-10,a,5', '2023-11,a,6', '2023-12,a,7', '2023-10,b,100.5', '2023-11,b,101', '2023-12,b,99'];
const good = (header = HEADER, rows = ROWS) => [...header, 'month,series,value', ...rows, ''].join('\n');
/** The header with line `n` (0-based) replaced, or removed when `line` is undefined. */
const withHeaderLine = (n: number, line?: string) => HEADER.flatMap((l, k) => (k !== n ? [l] : line === undefined ? [] : [line]));

const messages = (text: string) => {
  const r = parseObserved('t.csv', text);
  if (r.ok) throw new Error('expected the file to be rejected');
  return r.errors.map((e) => e.message);
};

describe('parseObserved', () => {
  it('accepts a well-formed file and returns typed series with their source metadata', () => {
    const r = parseObserved('t.csv', good());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.meta).toMatchObject({ source: 'Example table, Example Agency, https://example.gov/table', retrievedFrom: 'stored copy of https://example.gov/table', frequency: 'monthly', units: { a: 'people/month', b: 'people' } });
    expect(r.data.series.b).toEqual({ id: 'b', unit: 'people', points: [{ month: '2023-10', value: 100.5, line: 10 }, { month: '2023-11', value: 101, line: 11 }, { month: '2023-12', value: 99, line: 12 }] });
  });

  it('accepts Windows line endings', () => {
    expect(parseObserved('t.csv', good().replace(/\n/g, '\r\n')).ok).toBe(true);
  });

  it('returns points in month order whatever the row order', () => {
    const r = parseObserved('t.csv', good(HEADER, ['2023-11,a,6', '2023-10,a,5', '2023-10,b,1']));
    expect(r.ok && r.data.series.a!.points.map((p) => p.month)).toEqual(['2023-10', '2023-11']);
  });

  it('rejects a file without a required comment, naming the key and the header row', () => {
    expect(messages(good(withHeaderLine(2)))).toEqual(['t.csv:5: retrieved-from: expected a "# retrieved-from: ..." comment line before the header row, got nothing']);
  });

  it('rejects an empty comment value, naming its line', () => {
    expect(messages(good(withHeaderLine(1, '# published:   ')))).toEqual(['t.csv:2: published: expected non-empty text, got ""']);
  });

  it('rejects an unknown comment key instead of ignoring it', () => {
    expect(messages(good([...HEADER, '# sorce: typo']))).toEqual(['t.csv:6: sorce: unknown comment key (a typo?); expected one of source, published, retrieved-from, definitions, units, frequency, notes, partial']);
  });

  it('rejects a comment line that is not "# key: value"', () => {
    expect(messages(good([...HEADER, '# just a remark']))).toEqual(['t.csv:6: comment: expected a comment of the form "# key: value", got "# just a remark"']);
  });

  it('rejects a repeated comment key, pointing at the first', () => {
    expect(messages(good([...HEADER, '# source: another']))).toEqual(['t.csv:6: source: repeated comment key; the first is on line 1']);
  });

  it('rejects an unknown unit', () => {
    expect(messages(good(withHeaderLine(4, '# units: a=people/month, b=furlongs')))).toEqual(['t.csv:5: units: expected a known unit, one of "people/month", "people", "days", "cases", "cases/year", got "b=furlongs"']);
  });

  it('rejects a series listed twice in the units line', () => {
    expect(messages(good(withHeaderLine(4, '# units: a=people/month, b=people, a=days')))).toEqual(['t.csv:5: units: expected each series listed once, got "a"']);
  });

  it('rejects a units entry with no series=unit form', () => {
    expect(messages(good(withHeaderLine(4, '# units: a=people/month=days, b=people')))).toEqual(['t.csv:5: units: expected series=unit, got "a=people/month=days"']);
  });

  it('rejects a unit declared for a series that has no rows', () => {
    expect(messages(good(withHeaderLine(4, '# units: a=people/month, b=people, c=days')))).toEqual(['t.csv:5: units: expected a series with at least one data row, got "c"']);
  });

  it('rejects a row whose series has no declared unit', () => {
    expect(messages(good(HEADER, [...ROWS, '2024-01,c,3']))).toEqual(['t.csv:13: series: expected a series listed in the units line (a, b), got "c"']);
  });

  it('rejects a missing or wrong header row', () => {
    expect(messages(good(HEADER).replace('month,series,value', 'month,value'))).toEqual(['t.csv:6: header row: expected the header row "month,series,value" after the comment lines, got "month,value"']);
  });

  it('rejects a row with the wrong number of cells', () => {
    expect(messages(good(HEADER, [...ROWS, '2024-01,a']))).toEqual(['t.csv:13: row: expected three comma-separated cells: month,series,value, got "2024-01,a"']);
  });

  it('rejects a month that is not YYYY-MM', () => {
    expect(messages(good(HEADER, [...ROWS.slice(0, 5), '2023-13,b,99']))).toEqual(['t.csv:12: month: expected a month as YYYY-MM, got "2023-13"']);
  });

  it('rejects a value that is not a number, NaN or infinite', () => {
    expect(messages(good(HEADER, [...ROWS.slice(0, 5), '2023-12,b,n/a']))).toEqual(['t.csv:12: value: expected a finite number, got "n/a"']);
    expect(messages(good(HEADER, [...ROWS.slice(0, 5), '2023-12,b,NaN']))).toEqual(['t.csv:12: value: expected a finite number, got "NaN"']);
    expect(messages(good(HEADER, [...ROWS.slice(0, 5), '2023-12,b,1e999']))).toEqual(['t.csv:12: value: expected a finite number, got "1e999"']);
  });

  it('rejects a negative value', () => {
    expect(messages(good(HEADER, [...ROWS.slice(0, 5), '2023-12,b,-4']))).toEqual(['t.csv:12: value: expected a number >= 0, got "-4"']);
  });

  it('rejects a duplicate month of a series, pointing at the first row', () => {
    expect(messages(good(HEADER, [...ROWS, '2023-11,a,8']))).toEqual(['t.csv:13: month: duplicate row for a in 2023-11; the first is on line 8']);
  });

  it('rejects a gap in the months of a series', () => {
    expect(messages(good(HEADER, [...ROWS, '2024-02,a,8']))).toEqual(['t.csv:13: month: gap in a: 2023-12 is followed by 2024-02 (months must be contiguous, with no gaps)']);
  });

  it('rejects a file with no data rows', () => {
    expect(messages(good(withHeaderLine(4, '# units: a=people/month'), []))).toEqual(['t.csv:6: row: expected at least one data row, got nothing']);
  });

  it('reads annual files one fiscal year apart, dated by September', () => {
    const header = [...withHeaderLine(4, '# units: p=cases'), '# frequency: annual'];
    expect(parseObserved('t.csv', good(header, ['2019-09,p,1', '2020-09,p,2'])).ok).toBe(true);
    expect(messages(good(header, ['2019-09,p,1', '2021-09,p,2']))).toEqual(['t.csv:9: month: gap in p: 2019-09 is followed by 2021-09 (months must be contiguous, with no gaps)']);
  });

  it('rejects an annual row not dated by September', () => {
    const header = [...withHeaderLine(4, '# units: p=cases'), '# frequency: annual'];
    expect(messages(good(header, ['2019-09,p,1', '2020-06,p,2']))).toContain('t.csv:9: month: expected September (an annual file dates each fiscal year by its last month), got "2020-06"');
  });

  it('rejects an unknown frequency', () => {
    expect(messages(good([...HEADER, '# frequency: weekly']))).toEqual(['t.csv:6: frequency: expected one of "monthly", "annual", got "weekly"']);
  });

  it('keeps partial-month notes and rejects one that names a month without data', () => {
    const ok = parseObserved('t.csv', good([...HEADER, '# partial: 2023-12: covers 1-24 December only']));
    expect(ok.ok && ok.data.meta.partial).toEqual([{ month: '2023-12', note: 'covers 1-24 December only' }]);
    expect(messages(good([...HEADER, '# partial: 2024-05: no such month']))).toEqual(['t.csv:6: partial: expected a month of the data, then ":" and the reason ("2022-09: covers 1-24 September"), got "2024-05: no such month"']);
  });

  it('reports every problem at once', () => {
    expect(messages(good(withHeaderLine(0), [...ROWS, '2023-11,a,8', '2024-01,b,-1']))).toHaveLength(3);
  });

  it('loadObserved throws an error listing every message', () => {
    expect(() => loadObserved('t.csv', good(HEADER, [...ROWS, '2023-11,a,8']))).toThrow(ObservedDataError);
    expect(() => loadObserved('t.csv', good(HEADER, [...ROWS, '2023-11,a,8']))).toThrow('t.csv:13: month: duplicate row for a in 2023-11; the first is on line 8');
  });
});
