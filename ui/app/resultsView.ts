/**
 * The results side of the page: the progress bar and status, the charts and the table of
 * differences, redrawn from the report worker's aggregates as replications stream in (at
 * most every {@link REDRAW_MS} ms while a run goes on; at once when it ends, and at once
 * when the first data of a run arrives, so the first picture is not held back).
 */
import { METRIC_IDS } from '../../sim/model/metrics.ts';
import { buildCharts } from '../charts/chartCatalog.ts';
import { scenarioStyle } from '../charts/palette.ts';
import type { ScenarioView } from '../charts/scenarioView.ts';
import type { ViewData } from '../run/aggregate.ts';
import { clip } from '../state/safeJson.ts';
import { differenceTable, KEY_METRICS } from '../tables/differenceTable.ts';
import type { App } from './app.ts';
import { drawDifferences } from './differencesView.ts';
import { byId } from './dom.ts';
import { nextTask } from './nextTask.ts';

/** Minimum time between redraws while results stream in, in ms. */
export const REDRAW_MS = 400;

/**
 * Silence, in ms, after which a running run is said to have stopped answering. Replication 0
 * reports every simulated day, which takes milliseconds to seconds even for the largest
 * scenarios the model accepts.
 */
export const SILENCE_MS = 30_000;

export class ResultsView {
  /** Show every measure in the table, not only the key ones. */
  showAllMetrics = false;
  private redrawing = false;
  private redrawAgain = false;
  private redrawTimer: ReturnType<typeof setTimeout> | null = null;
  private lastRedraw = 0;
  /** The table of differences last drawn (redrawn only when it changes). */
  private tableSignature = '';
  /** Whether the last redraw had any result or partial result to draw. */
  private drewData = false;
  /** Silence after which the page says a run has stopped answering, in ms. */
  silenceMs = SILENCE_MS;
  /** Checks for a silent run while one is running. */
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private silenceShown = false;

  constructor(private readonly app: App) {}

  /** Called on every change of the run: redraws now, or schedules a redraw. */
  onRunChange(): void {
    this.watch();
    const done = this.app.runner.status !== 'running';
    const since = performance.now() - this.lastRedraw;
    const firstData = !this.drewData && this.hasData();
    if (done || firstData || since >= REDRAW_MS) this.redraw();
    else if (!this.redrawTimer) this.redrawTimer = setTimeout(() => this.redraw(), REDRAW_MS - since);
  }

  /**
   * Draws progress, charts and the table of differences from the current run. Aggregates come
   * from the report worker; a redraw asked for while one is in flight runs once it ends.
   */
  redraw(): void {
    const app = this.app;
    if (this.redrawTimer) clearTimeout(this.redrawTimer);
    this.redrawTimer = null;
    this.lastRedraw = performance.now();
    this.drewData = this.hasData();
    this.drawProgress();
    if (this.redrawing) {
      this.redrawAgain = true;
      return;
    }
    this.redrawing = true;
    const state = app.state;
    const plan = app.runner.currentPlan;
    app.report
      .snapshot(state.seed, app.reportScenarios())
      .then((snap) => {
        if (state !== app.state) return; // the comparison changed meanwhile; the next redraw draws it
        const views: ScenarioView[] = snap.views.map((v: ViewData, i: number) => ({ ...v, style: scenarioStyle(i, state.scenarios[i].name) }));
        const horizon = Math.max(1, ...(plan?.scenarios.map((s) => s.days) ?? [state.days ?? 365]));
        app.charts.update(buildCharts(views, { horizonDays: horizon, showBands: state.showBands }));
        const names = state.scenarios.map((s) => s.name);
        const metrics = this.showAllMetrics ? METRIC_IDS.filter((m) => m !== 'conservation.unaccounted') : KEY_METRICS;
        // The table in a task of its own, so no single task both receives results and draws.
        void nextTask().then(() => {
          if (state !== app.state) return;
          const table = differenceTable(names, views.map((v) => v.summary), snap.comparisons, metrics);
          const signature = JSON.stringify(table);
          if (signature === this.tableSignature) return;
          this.tableSignature = signature;
          drawDifferences(byId<HTMLTableElement>('differences-table'), table, names.map((_, i) => i));
        });
        const mark = `${app.runner.status}:${app.runner.counts.finished}`;
        void app.charts.idle().then(() => (document.body.dataset.drawn = mark));
      })
      .catch((error: unknown) => app.messages.show('error', 'The results could not be aggregated.', [clip(error instanceof Error ? error.message : String(error), 200)], 'report'))
      .finally(() => {
        this.redrawing = false;
        if (this.redrawAgain) {
          this.redrawAgain = false;
          this.redraw();
        }
      });
  }

  /**
   * Keeps the watchdog running while a run is: a worker that stops answering without an error
   * (no progress, no result) would otherwise leave the page waiting forever. After
   * {@link SILENCE_MS} of silence the page says so and offers Cancel; the notice goes when the
   * run reports again or ends.
   */
  private watch(): void {
    const runner = this.app.runner;
    if (this.silenceShown && runner.silentFor() < this.silenceMs) {
      this.silenceShown = false;
      this.app.messages.clear('silence');
    }
    if (runner.status === 'running' && !this.watchdog) {
      this.watchdog = setInterval(() => {
        if (runner.status !== 'running') return this.watch();
        if (!this.silenceShown && runner.silentFor() >= this.silenceMs) {
          this.silenceShown = true;
          this.app.messages.show('warning', `The simulation has not reported for ${Math.round(this.silenceMs / 1000)} seconds; it may have stopped. Cancel stops it, and a change or Run starts again.`, [], 'silence');
        }
      }, 1000);
    } else if (runner.status !== 'running' && this.watchdog) {
      clearInterval(this.watchdog);
      this.watchdog = null;
    }
  }

  /** Whether the run has anything to draw: a finished replication or a partial one. */
  private hasData(): boolean {
    for (const s of this.app.runner.scenarios.values()) if (s.results.length > 0 || s.partial !== null) return true;
    return false;
  }

  private drawProgress(): void {
    const app = this.app;
    const r = app.runner;
    const { finished, total } = r.counts;
    byId<HTMLProgressElement>('run-progress').value = r.fraction;
    const status = byId('run-status');
    const text =
      r.status === 'running'
        ? `Running: ${finished} of ${total} replications`
        : r.status === 'done'
          ? `Done: ${total} replications`
          : r.status === 'cancelled'
            ? `Cancelled after ${finished} of ${total}`
            : r.status === 'failed'
              ? 'Some replications failed'
              : '';
    if (status.textContent !== text) status.textContent = text;
    const before = document.body.dataset.runStatus;
    document.body.dataset.runStatus = r.status;
    byId<HTMLButtonElement>('cancel-button').disabled = r.status !== 'running';
    if (r.status === 'failed' && before !== 'failed') {
      const failures = [...r.scenarios.entries()].flatMap(([k, s]) => s.failures.map((f) => `${app.state.scenarios[Number(k)]?.name ?? k}, replication ${f.replication} (seed ${f.seed}): ${clip(f.error, 200)}`));
      app.messages.show('error', 'Some replications failed; the charts show the others.', failures, 'run');
    }
  }
}
