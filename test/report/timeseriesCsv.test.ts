import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { SERIES } from '../../sim/model/series.ts';
import { timeseriesCsv, timeseriesCsvHeader, timeseriesCsvRows } from '../../sim/report/timeseriesCsv.ts';
import { makeResult } from './fixtures.ts';

const days = 4;
const results = [1, 0].map((r) => makeResult(r, 1, days, () => 0, (s, d) => r * 1e6 + s * 1000 + d + 0.1));

describe('timeseriesCsv', () => {
  it('has the tidy long columns scenario, replication, day, metric, value', () => {
    expect(timeseriesCsvHeader()).toBe('scenario,replication,day,metric,value\n');
  });

  it('has one row per scenario, replication, day and series', () => {
    const rows = csvParse(timeseriesCsv([{ scenario: 'a', results }, { scenario: 'b', results: results.slice(0, 1) }]));
    expect(rows.length).toBe(3 * days * SERIES.length);
  });

  it('puts replications in index order', () => {
    const rows = csvParse(timeseriesCsv([{ scenario: 'a', results }]));
    expect(rows[0].replication).toBe('0');
    expect(rows[rows.length - 1].replication).toBe('1');
  });

  it('writes each value so that it reads back exactly', () => {
    const rows = csvParse(timeseriesCsv([{ scenario: 'a', results }]));
    for (const row of rows) {
      const r = results.find((x) => x.replication === Number(row.replication))!;
      expect(Number(row.value)).toBe(r.daily[row.metric as (typeof SERIES)[number]['id']][Number(row.day)]);
    }
  });

  it('quotes a scenario name that holds a comma', () => {
    const text = timeseriesCsvRows('base[a=1,b=2]', results[0]);
    expect(text.startsWith('"base[a=1,b=2]",1,0,')).toBe(true);
    expect(csvParse(timeseriesCsvHeader() + text)[0].scenario).toBe('base[a=1,b=2]');
  });
});
