/**
 * Tidy long CSV of the daily series: `scenario,replication,day,metric,value`, one row per
 * scenario, replication, day and series. Day 0 is the first simulated day. Large runs
 * produce many rows, so the header and each replication's rows are separate strings that
 * a caller can write one after the other instead of building one huge string.
 */
import { SERIES } from '../model/series.ts';
import type { ReplicationResult } from '../model/result.ts';
import { csvField, csvLine, csvNumber } from './csvFormat.ts';
import { byReplication } from './summarizeScenario.ts';

/** Column names of the time-series CSV. */
export const TIMESERIES_CSV_COLUMNS = ['scenario', 'replication', 'day', 'metric', 'value'] as const;

/** The header line of the time-series CSV. */
export function timeseriesCsvHeader(): string {
  return csvLine(TIMESERIES_CSV_COLUMNS);
}

/** The rows (no header) of one replication: days in order, series in the model's order within a day. */
export function timeseriesCsvRows(scenario: string, result: ReplicationResult): string {
  const prefix = `${csvField(scenario)},${result.replication},`;
  const parts: string[] = [];
  for (let day = 0; day < result.days; day++) {
    for (const def of SERIES) parts.push(`${prefix}${day},${def.id},${csvNumber(result.daily[def.id][day]!)}\n`);
  }
  return parts.join('');
}

/** The whole time-series CSV of one or more scenarios, replications in index order. */
export function timeseriesCsv(runs: readonly { readonly scenario: string; readonly results: readonly ReplicationResult[] }[]): string {
  let out = timeseriesCsvHeader();
  for (const run of runs) for (const r of byReplication(run.results)) out += timeseriesCsvRows(run.scenario, r);
  return out;
}
