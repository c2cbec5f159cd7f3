/**
 * Backtests from a script or the CLI: runs scenarios (history presets by default) and sets each
 * beside the published series shipped in `data/observed/` for its period.
 */
import { readFileSync } from 'node:fs';
import { backtest, type Backtest } from '../sim/report/backtest.ts';
import { loadObserved, OBSERVED_FILES, type ObservedFile, type ObservedFileDef } from '../sim/observed/index.ts';
import { HISTORY_TARGETS } from '../sim/observed/historyTargets.ts';
import { historyChecks, type HistoryCheck } from '../sim/report/historyCheck.ts';
import { wholeMonths } from '../sim/report/backtest.ts';
import { fiscalYearOf } from '../sim/observed/months.ts';
import { HISTORY_PRESETS } from '../sim/model/presets.ts';
import { loadScenario, type LoadedScenario } from './loadScenario.ts';
import { runLoaded, type RunScenarioOptions } from './runScenario.ts';

export { HISTORY_PRESETS };

/** One scenario's backtest. */
export interface ScenarioBacktest {
  readonly scenario: LoadedScenario;
  readonly startDate: string;
  readonly days: number;
  readonly reps: number;
  readonly result: Backtest;
  /**
   * The targets stated for the year this scenario replays (`sim/observed/historyTargets.ts`),
   * checked: for a history preset whose fiscal year lies whole in the horizon; empty otherwise.
   */
  readonly targets: readonly HistoryCheck[];
}

let shipped: { def: ObservedFileDef; data: ObservedFile }[] | undefined;
/** Every shipped observed file, loaded and validated once. */
export function shippedObserved(): readonly { readonly def: ObservedFileDef; readonly data: ObservedFile }[] {
  shipped ??= OBSERVED_FILES.map((def) => ({ def, data: loadObserved(def.file, readFileSync(new URL(`../data/observed/${def.file}`, import.meta.url), 'utf8')) }));
  return shipped;
}

/**
 * Runs each of `sources` (preset names, files or scenario data) with `options.reps`
 * replications and compares it with every shipped series that has a whole month in its horizon.
 */
export async function backtestScenarios(sources: readonly (string | object)[] = HISTORY_PRESETS, options: RunScenarioOptions = {}): Promise<ScenarioBacktest[]> {
  const scenarios = sources.map((s) => loadScenario(s));
  const out: ScenarioBacktest[] = [];
  // One scenario at a time, so a progress bar and memory follow one year.
  for (const s of scenarios) {
    const [run] = await runLoaded([s], options);
    const days = options.days ?? s.scenario.days;
    const year = HISTORY_TARGETS.find((y) => y.preset === s.scenario.name);
    const whole = year && wholeMonths(s.scenario.startDate, days).filter((m) => fiscalYearOf(m.month) === year.fiscalYear).length === 12;
    const targets = year && whole ? historyChecks(year, s.scenario.startDate, days, run!.results) : [];
    out.push({ scenario: s, startDate: s.scenario.startDate, days, reps: run!.results.length, result: backtest(s.scenario.startDate, days, run!.results, shippedObserved()), targets });
  }
  return out;
}
