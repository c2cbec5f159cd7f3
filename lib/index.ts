/**
 * border-sim as a library, for scripts and notebooks:
 *
 * ```ts
 * import { runScenario, compareScenarios, loadScenario } from 'border-sim';
 * ```
 *
 * Runs use Node worker threads (one per core by default) through the same worker code as
 * the browser, so results are identical to the CLI's and the UI's for the same scenario
 * and seed.
 */
export { runScenario, type RunScenarioOptions, type ScenarioRun } from './runScenario.ts';
export { compareScenarios, type ScenarioComparisonRun } from './compareScenarios.ts';
export { loadScenario, formatIssue, ScenarioError, type LoadedScenario, type ScenarioIssue } from './loadScenario.ts';
export { backtestScenarios, HISTORY_PRESETS, type ScenarioBacktest } from './backtestScenarios.ts';
export { runBatch, ReplicationFailedError, type BatchProgress, type BatchOptions } from './runBatch.ts';
export { DEFAULT_REPS, DEFAULT_SEED } from './defaults.ts';
export { summarizeScenario, dailyBands, compareResults, summaryCsv, timeseriesCsv, comparisonCsv, sweepCsv, backtest, backtestCsv } from '../sim/report/index.ts';
export type { Backtest, BacktestPoint } from '../sim/report/index.ts';
export type { DailyBand, ScenarioComparison, MetricDifference } from '../sim/report/index.ts';
export type { ReplicationResult, ScenarioSummary, MetricSummary } from '../sim/model/result.ts';
export { METRICS, type MetricId } from '../sim/model/metrics.ts';
export { SERIES, type SeriesId } from '../sim/model/series.ts';
