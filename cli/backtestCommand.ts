/** `backtest`: history presets (or any scenarios) beside the published record, month by month. */
import { join } from 'node:path';
import { backtestScenarios, HISTORY_PRESETS } from '../lib/backtestScenarios.ts';
import { ReplicationFailedError } from '../lib/runBatch.ts';
import { loadScenario, ScenarioError, formatIssue } from '../lib/loadScenario.ts';
import { backtestCsv, type BacktestPoint } from '../sim/report/backtest.ts';
import { backtestHtml } from '../sim/report/backtestHtml.ts';
import { HISTORY_TOLERANCE } from '../sim/observed/historyTargets.ts';
import { makeDirectory, writeFileAtomic } from './atomicWrite.ts';
import { RunError, UsageError } from './errors.ts';
import { formatNumber, renderTable } from './formatTable.ts';
import { createProgressReporter, progressMode } from './progressReporter.ts';
import { VERSION } from './version.ts';

export interface BacktestFlags {
  readonly reps: number;
  readonly seed: number;
  readonly workers?: number;
  readonly out?: string;
  readonly quiet: boolean;
  readonly signal: AbortSignal;
}

const pct = (e: number | null) => (e === null ? '—' : `${e >= 0 ? '+' : ''}${(100 * e).toFixed(1)}%`);

function rows(points: readonly BacktestPoint[]): string[][] {
  return points.map((p) => [p.quantity, p.period, formatNumber(p.observed), formatNumber(p.model), `${formatNumber(p.low)}–${formatNumber(p.high)}`, pct(p.error), p.inside ? 'yes' : 'NO']);
}

/** Runs the backtests, prints model against published for each series and writes CSV and an HTML report to `--out`. Exit 0 for a completed run, whatever the errors. */
export async function backtestCommand(sources: readonly string[], o: BacktestFlags): Promise<void> {
  const list = sources.length ? sources : [...HISTORY_PRESETS];
  for (const s of list) {
    try { loadScenario(s); } catch (error) {
      if (error instanceof ScenarioError) throw new UsageError(error.issues.length ? `${s}: ${formatIssue(error.issues[0]!)}` : error.message);
      throw error;
    }
  }
  const reporter = createProgressReporter(progressMode(o.quiet), list.length * o.reps, `${list.length * o.reps} replications of ${list.length} history scenario${list.length === 1 ? '' : 's'}`);
  let runs;
  try {
    runs = await backtestScenarios(list, { reps: o.reps, seed: o.seed, workers: o.workers, signal: o.signal, onProgress: (p) => reporter.update(p) });
  } catch (error) {
    reporter.stop(false);
    if (error instanceof ReplicationFailedError) throw new RunError(`replication ${error.replication} (seed ${error.seed}) failed: ${error.detail}`);
    throw error;
  }
  reporter.stop(true);
  const header = ['published series', 'period', 'published', 'model mean', 'model band', 'error', 'inside'];
  for (const r of runs) {
    process.stdout.write(`\n${r.scenario.label}: ${r.scenario.scenario.title ?? r.scenario.label} (${r.startDate}, ${r.days} days, ${r.reps} replications)\n`);
    if (r.result.months.length === 0) { process.stdout.write('no published series covers a whole month of this horizon\n'); continue; }
    process.stdout.write(renderTable(header, rows(r.result.years), new Set([2, 3, 4, 5])) + '\n');
    // Month by month: how many published months lie inside the band, and the largest miss, per series.
    const bySeries = new Map<string, BacktestPoint[]>();
    for (const p of r.result.months) bySeries.set(p.quantity, [...(bySeries.get(p.quantity) ?? []), p]);
    const monthRows = [...bySeries].map(([quantity, ps]) => {
      const worst = ps.reduce((a, b) => (Math.abs(b.error ?? 0) > Math.abs(a.error ?? 0) ? b : a));
      return [quantity, `${ps.filter((p) => p.inside).length} of ${ps.length}`, `${worst.period} ${pct(worst.error)}`];
    });
    process.stdout.write(renderTable(['published series', 'months inside the band', 'largest monthly miss'], monthRows));
    if (r.targets.length) {
      process.stdout.write(`\ntargets stated for FY${r.targets[0]!.fiscalYear} (docs/model.md, "How well it replays history"):\n`);
      process.stdout.write(renderTable(['quantity', 'published', 'model mean', 'error', `within ±${HISTORY_TOLERANCE * 100}%`], r.targets.map((t) => [
        t.label, typeof t.published === 'number' ? formatNumber(t.published) : t.published, typeof t.model === 'number' ? formatNumber(t.model) : t.model, pct(t.error), t.within ? 'yes' : 'NO',
      ])) + '\n');
    }
  }
  if (o.out) {
    makeDirectory(o.out);
    writeFileAtomic(join(o.out, 'backtest.csv'), backtestCsv(runs.map((r) => ({ scenario: r.scenario.label, result: r.result }))));
    const reproduce = `border-sim backtest ${list.join(' ')} --reps ${o.reps} --seed ${o.seed} (border-sim ${VERSION})`;
    writeFileAtomic(join(o.out, 'backtest.html'), backtestHtml(runs.map((r) => ({ scenario: r.scenario.label, title: r.scenario.scenario.title ?? r.scenario.label, reps: r.reps, seed: o.seed, result: r.result })), `Made by ${reproduce}.`));
    if (!o.quiet) process.stderr.write(`border-sim: wrote backtest.csv and backtest.html to ${o.out}\n`);
  }
}
