/** Reports over replications: summaries, daily bands, paired comparisons and tidy CSV. */
export { summarizeScenario, byReplication } from './summarizeScenario.ts';
export { dailyBands, type DailyBand } from './dailyBands.ts';
export { compareResults, type MetricDifference, type ScenarioComparison, type NamedResults } from './compareResults.ts';
export { csvField, csvLine, csvNumber, type CsvValue } from './csvFormat.ts';
export { summaryCsv, SUMMARY_CSV_COLUMNS } from './summaryCsv.ts';
export { comparisonCsv, COMPARISON_CSV_COLUMNS } from './comparisonCsv.ts';
export { timeseriesCsv, timeseriesCsvHeader, timeseriesCsvRows, TIMESERIES_CSV_COLUMNS } from './timeseriesCsv.ts';
export { sweepCsv, type SweepPoint } from './sweepCsv.ts';
export { backtest, backtestCsv, wholeMonths, BACKTEST_CSV_COLUMNS, type Backtest, type BacktestPoint, type BacktestReplication, type MonthSpan } from './backtest.ts';
