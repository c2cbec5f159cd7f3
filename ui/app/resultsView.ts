/**
 * The results side of the page: the progress bar and status, the charts and the table of
 * differences, redrawn from the report worker's aggregates as replications stream in (while a
 * run goes on, no sooner than {@link redrawGap} allows after the last redraw's cost; at once
 * when it ends, when the first data of a run arrives, and when a scenario's first replication
 * completes, so neither the first picture nor the first complete answer is held back).
 */
import { METRIC_IDS } from '../../sim/model/metrics.ts';
import { buildCharts, type ChartOptions } from '../charts/chartCatalog.ts';
import { scenarioStyle } from '../charts/palette.ts';
import type { ScenarioView } from '../charts/scenarioView.ts';
import type { ViewData } from '../run/aggregate.ts';
import type { ReportClient, ReportScenario } from '../run/reportClient.ts';
import type { RunController } from '../run/runController.ts';
import { clip } from '../state/safeJson.ts';
import type { PageState } from '../state/transitions.ts';
import { differenceTable, KEY_METRICS } from '../tables/differenceTable.ts';
import { headline } from '../tables/headline.ts';
import type { ChartList } from './chartList.ts';
import { drawDifferences } from './differencesView.ts';
import { byId, el } from './dom.ts';
import type { Messages } from './messages.ts';
import { nextTask } from './nextTask.ts';
import { REDRAW_MS, redrawGap } from './redrawGap.ts';

/**
 * Silence, in ms, after which a running run is said to have stopped answering. A replication
 * reports at the first day's end after PROGRESS_EVERY_MS (runController.ts) of computing since
 * its last report, and a day takes milliseconds to seconds even for the largest scenarios the
 * model accepts.
 */
export const SILENCE_MS = 30_000;

/** What the results view reads from the app. */
export interface ResultsSource {
  page(): PageState;
  reportScenarios(): ReportScenario[];
  /** Options of the charts of the current comparison (horizon, bands, the scenarios' dates and changes). */
  chartOptions(): ChartOptions;
  /** A run held back for its length: the estimated computing time in ms, or null. */
  held(): number | null;
  /** What each scenario changes against the baseline, in a few words ('' for the baseline). */
  changes(): string[];
}

/** "about 4 minutes", "about 40 seconds". */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 90) return `about ${Math.max(1, Math.round(s / 5) * 5 || 1)} seconds`;
  const min = s / 60;
  if (min < 90) return `about ${Math.round(min)} minutes`;
  return `about ${Math.round((min / 60) * 10) / 10} hours`;
}

export class ResultsView {
  private redrawing = false;
  private redrawAgain = false;
  private redrawTimer: ReturnType<typeof setTimeout> | null = null;
  private lastRedraw = 0;
  /** Least time to the next redraw while a run goes on (see {@link redrawGap}). */
  private gapMs = REDRAW_MS;
  /** The table of differences last drawn (redrawn only when it changes). */
  private tableSignature = '';
  /** Whether the last redraw had any result or partial result to draw. */
  private drewData = false;
  /** Finished replications per scenario at the last redraw. */
  private drewResults: number[] = [];
  /** Silence after which the page says a run has stopped answering, in ms. */
  silenceMs = SILENCE_MS;
  /** Number of the latest snapshot asked of the report worker (its charts are drawn there). */
  private generation = 0;
  /** Checks for a silent run while one is running. */
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private silenceShown = false;

  constructor(
    private readonly source: ResultsSource,
    private readonly runner: RunController,
    private readonly report: ReportClient,
    private readonly charts: ChartList,
    private readonly messages: Messages,
  ) {}

  /** Called on every change of the run: redraws now, or schedules a redraw. */
  onRunChange(): void {
    this.watch();
    const done = this.runner.status !== 'running';
    const since = performance.now() - this.lastRedraw;
    const firstData = !this.drewData && this.hasData();
    if (done || firstData || this.firstResult() || since >= this.gapMs) this.redraw();
    else if (!this.redrawTimer) this.redrawTimer = setTimeout(() => this.redraw(), this.gapMs - since);
  }

  /** True when some scenario has its first finished replication since the last redraw. */
  private firstResult(): boolean {
    const keys = [...this.runner.scenarios.values()];
    return keys.some((s, i) => s.results.length > 0 && !(this.drewResults[i]! > 0));
  }

  /**
   * Draws progress, charts and the table of differences from the current run. Aggregates come
   * from the report worker; a redraw asked for while one is in flight runs once it ends.
   */
  redraw(): void {
    if (this.redrawTimer) clearTimeout(this.redrawTimer);
    this.redrawTimer = null;
    const started = (this.lastRedraw = performance.now());
    this.drewData = this.hasData();
    this.drewResults = [...this.runner.scenarios.values()].map((s) => s.results.length);
    this.drawProgress();
    if (this.redrawing) {
      this.redrawAgain = true;
      return;
    }
    this.redrawing = true;
    const page = this.source.page();
    const state = page.comparison;
    const options = this.source.chartOptions();
    const names = state.scenarios.map((s) => s.name);
    const generation = ++this.generation;
    this.report
      .snapshot(state.seed, this.source.reportScenarios(), { generation, options, names })
      .then((snap) => {
        if (page !== this.source.page()) return; // the page changed meanwhile; the next redraw draws it
        const views: ScenarioView[] = snap.views.map((v: ViewData, i: number) => ({ ...v, style: scenarioStyle(i, names[i]!) }));
        this.charts.update(buildCharts(views, { ...options, comparisons: snap.comparisons }), generation);
        const metrics = page.allMetrics ? METRIC_IDS.filter((m) => m !== 'conservation.unaccounted') : KEY_METRICS;
        // The table in a task of its own, so no single task both receives results and draws.
        void nextTask().then(() => {
          if (page !== this.source.page()) return;
          const changes = this.source.changes();
          const lines = headline(views.map((v, i) => ({ name: names[i]!, change: changes[i] ?? '', summary: v.summary })), snap.comparisons);
          const table = differenceTable(names, views.map((v) => v.summary), snap.comparisons, metrics);
          const signature = JSON.stringify([table, lines]);
          if (signature === this.tableSignature) return;
          this.tableSignature = signature;
          const box = byId('headline');
          box.replaceChildren(...lines.map((l) => el('p', {}, l)));
          box.hidden = lines.length === 0;
          drawDifferences(byId<HTMLTableElement>('differences-table'), table, names.map((_, i) => i));
        });
        const mark = `${this.runner.status}:${this.runner.counts.finished}`;
        void this.charts.idle().then(() => {
          this.gapMs = redrawGap(performance.now() - started);
          // Only the latest redraw says what is drawn: a run that ended while this one's
          // aggregates were being made has its final redraw still to come.
          if (generation === this.generation) document.body.dataset.drawn = mark;
        });
      })
      .catch((error: unknown) => this.messages.show('error', 'The results could not be aggregated.', [clip(error instanceof Error ? error.message : String(error), 200)], 'report'))
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
    const runner = this.runner;
    if (this.silenceShown && runner.silentFor() < this.silenceMs) {
      this.silenceShown = false;
      this.messages.clear('silence');
    }
    if (runner.status === 'running' && !this.watchdog) {
      this.watchdog = setInterval(() => {
        if (runner.status !== 'running') return this.watch();
        if (!this.silenceShown && runner.silentFor() >= this.silenceMs) {
          this.silenceShown = true;
          this.messages.show('warning', `The simulation has not reported for ${Math.round(this.silenceMs / 1000)} seconds; it may have stopped. Cancel stops it, and a change or Run starts again.`, [], 'silence');
        }
      }, 1000);
    } else if (runner.status !== 'running' && this.watchdog) {
      clearInterval(this.watchdog);
      this.watchdog = null;
    }
  }

  /** Whether the run has anything to draw: a finished replication or a partial one. */
  private hasData(): boolean {
    for (const s of this.runner.scenarios.values()) if (s.results.length > 0 || s.partial !== null) return true;
    return false;
  }

  private drawProgress(): void {
    const r = this.runner;
    const { finished, total } = r.counts;
    const held = this.source.held();
    byId<HTMLProgressElement>('run-progress').value = held === null ? r.fraction : 0;
    const status = byId('run-status');
    const text =
      held !== null
        ? `Not started: ${formatDuration(held)} of computing`
        : r.status === 'running'
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
    document.body.dataset.runStatus = held !== null ? 'held' : r.status;
    byId<HTMLButtonElement>('cancel-button').disabled = r.status !== 'running';
    if (r.status === 'failed' && before !== 'failed') {
      const names = this.source.page().comparison.scenarios;
      const failures = [...r.scenarios.entries()].flatMap(([k, s]) => s.failures.map((f) => `${names[Number(k)]?.name ?? k}, replication ${f.replication} (seed ${f.seed}): ${clip(f.error, 200)}`));
      this.messages.show('error', 'Some replications failed; the charts show the others.', failures, 'run');
    }
  }
}
