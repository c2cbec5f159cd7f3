/**
 * The page's controller: it owns the page state (`ui/state/transitions.ts` says how it
 * changes), keeps the URL and the history in step with it, has every scenario validated by the
 * model worker before anything runs, starts runs in the worker pool and hands what comes back
 * to the views. Views reach it only through their handler interfaces. The main thread only
 * validates through a worker and draws: simulation runs in the worker pool, aggregation
 * (through `sim/report`) in the report worker.
 */
import { buildCharts, type ChartOptions } from '../charts/chartCatalog.ts';
import { dataFileEntry } from '../observed/dataFileEntry.ts';
import { ObservedStore, type ObservedReader } from '../observed/observedStore.ts';
import { comparisonTitle, defaultState, observedShown, type AppState } from '../state/appState.ts';
import { buildLevers, type Lever, type LeverValue } from '../state/levers.ts';
import type { ModelInfo, Validation } from '../state/modelInfo.ts';
import { clip } from '../state/safeJson.ts';
import { canonicalJson, toScenarioInput, type ScenarioEntry } from '../state/scenarioEntry.ts';
import { describeChange } from '../state/describeChange.ts';
import { problemText } from '../state/fieldLabels.ts';
import * as T from '../state/transitions.ts';
import { decodeState, encodeState } from '../state/urlState.ts';
import type { ModelClient } from '../run/modelClient.ts';
import type { ReportClient, ReportScenario } from '../run/reportClient.ts';
import { RunController, type PoolLike, type RunPlan } from '../run/runController.ts';
import { DATA_FILES_ID, fillAbout, fillDataFiles } from './aboutPanel.ts';
import { chartOptionsFor, planFor, planSignature, stampFor } from './planning.ts';
import { ChartList } from './chartList.ts';
import { byId, el } from './dom.ts';
import { Exporter } from './exporter.ts';
import { LeverPanel } from './leverPanel.ts';
import { Messages } from './messages.ts';
import { idleTask, nextTask } from './nextTask.ts';
import { PresenterBar } from './presenterBar.ts';
import { formatDuration, ResultsView } from './resultsView.ts';
import { installShortcuts } from './shortcuts.ts';
import { Sidebar } from './sidebar.ts';
import { installSidebarToggle } from './sidebarToggle.ts';
import { swatch } from './swatch.ts';
import { Tour } from './tour.ts';

/** Runs estimated to compute for longer than this, in ms, wait for the user's word. */
export const LONG_RUN_MS = 60_000;

/** How a state change goes into the browser history. */
type HistoryMode = 'replace' | 'push' | 'none';

/** Whether a state change starts a run: when the plan changed, always, or never. */
type RunMode = 'auto' | 'force' | 'none';

export class App {
  private page: T.PageState;
  readonly messages = new Messages(byId('messages'));
  readonly runner: RunController;
  readonly charts: ChartList;
  readonly tour = new Tour();
  /** The results side of the page (public for tests, which shorten its watchdog). */
  readonly results: ResultsView;
  private readonly levers: LeverPanel;
  private readonly sidebar: Sidebar;
  private readonly exporter: Exporter;
  private readonly presenterBar = new PresenterBar();
  private lastHash = '';
  private leversDrawn = '';
  private leversQueued = false;
  private forkNoticeShown = false;
  /** Signature of the plan last started, and of a long plan the user agreed to run. */
  private started = '';
  private confirmed = '';
  /** Estimated computing time of the plan held back for its length, or null. */
  private heldMs: number | null = null;
  /** Signature of the plan held back, if any. */
  private held = '';
  /** The published series, read once the charts (or the about panel) first need them. */
  private readonly observed: ObservedStore;
  private dataFilesListed = false;

  constructor(
    readonly model: ModelInfo,
    private readonly models: ModelClient,
    pool: PoolLike,
    readonly report: ReportClient,
    /** Reads the published data files (default: in this thread, see `ObservedStore`). */
    observedReader?: () => Promise<ObservedReader>,
  ) {
    this.page = T.initialPage(model.defaultPreset);
    this.observed = new ObservedStore({
      ...(observedReader ? { reader: observedReader } : {}),
      yieldTask: () => idleTask(),
      onLoaded: () => {
        this.renderObservedStatus();
        this.results.redraw();
      },
      onError: (file, message) => this.messages.show('error', `The published data in ${file} could not be read; the charts show the rest.`, [clip(message, 200)], `observed-${file}`),
    });
    this.runner = new RunController(pool, { onChange: () => this.results.onRunChange() });
    this.charts = new ChartList(byId('charts'), () => this.stampContext(), (generation, id, width, known) => report.draw(generation, id, width, known));
    this.levers = new LeverPanel(byId('policy-lever-list'), byId('assumption-lever-list'), {
      change: (lever, value) => this.changeLever(lever, value),
      reset: (lever) => this.dispatch(T.resetLever(this.page, lever)),
    });
    this.sidebar = new Sidebar(model, {
      select: (i) => this.dispatch(T.selectScenario(this.page, i), { run: 'none' }),
      add: () => this.dispatch(T.addScenario(this.page)),
      remove: (i) => this.dispatch(T.removeScenario(this.page, i)),
      rename: (name) => this.dispatch(T.renameScenario(this.page, name)),
      changePreset: (base) => void this.changePreset(base),
      changeSettings: (s) => this.dispatch(T.setSettings(this.page, s)),
    });
    this.results = new ResultsView(
      {
        page: () => this.page,
        reportScenarios: () => this.reportScenarios(),
        chartOptions: () => this.chartOptions(),
        held: () => this.heldMs,
        changes: () => this.page.comparison.scenarios.map((s, i) => (i === 0 ? '' : describeChange(s, this.page.comparison.scenarios[0]!, model))),
      },
      this.runner,
      report,
      this.charts,
      this.messages,
    );
    this.exporter = new Exporter(model, (input) => models.validate(input), report, this.messages, {
      page: () => this.page,
      shareLink: () => this.shareLink(),
      setTitle: (title) => this.dispatch(T.setTitle(this.page, title), { run: 'none' }),
      importEntry: (entry) => this.dispatch(T.importEntry(this.page, entry), { run: 'force' }),
      reportScenarios: () => this.reportScenarios(),
    });
  }

  /** The page state now. */
  get state(): T.PageState {
    return this.page;
  }

  /**
   * Reads the link, draws the page and runs the comparison at once. Each step is a task of
   * its own, so the page answers input between them.
   */
  async start(): Promise<void> {
    byId('model-version').textContent = `model ${this.model.version}`;
    this.wireStatic();
    await nextTask();
    fillAbout(byId('about-body'), this.model);
    await nextTask();
    const specs = buildCharts([], this.chartOptions());
    await nextTask();
    await this.charts.prepare(specs);
    await nextTask();
    installShortcuts({
      run: () => this.runNow(),
      cancel: () => this.cancel(),
      togglePresenter: () => this.togglePresenter(),
      toggleBands: () => this.dispatch(T.setBands(this.page, !this.page.comparison.showBands), { run: 'none' }),
      toggleObserved: () => this.dispatch(T.setObserved(this.page, !this.observedOn()), { run: 'none' }),
      showChart: (i) => this.charts.showChart(i, !this.page.presenter),
      presenting: () => this.page.presenter !== null,
      step: (delta) => this.step(delta),
      fullscreen: () => this.presenterBar.toggleFullscreen(),
      exitPresenter: () => this.togglePresenter(),
    });
    const onLocation = () => {
      if (location.hash.slice(1) !== this.lastHash) void this.applyLocation(location.hash, false);
    };
    window.addEventListener('hashchange', onLocation);
    window.addEventListener('popstate', onLocation);
    await this.applyLocation(location.hash, true);
    // The tour measures the page (a full layout): after the first picture is on its way.
    setTimeout(() => this.tour.startIfFirstVisit(), 0);
  }

  // ---- state -------------------------------------------------------------------------

  /**
   * Replaces the page state, updates the URL and the page, and runs the comparison once
   * every scenario is validated (only if its plan changed, unless `run` says otherwise).
   */
  private dispatch(next: T.PageState, opts: { run?: RunMode; history?: HistoryMode } = {}): void {
    if (next === this.page) {
      this.render();
      return;
    }
    if (this.page.undo && next.undo === this.page.undo && next.comparison !== this.page.comparison) next = T.dropUndo(next);
    this.page = next;
    this.writeHash(opts.history ?? 'replace');
    this.render();
    void this.settle(next, opts.run ?? 'auto');
  }

  /** Once every scenario of `page` is validated: levers, then the run. */
  private async settle(page: T.PageState, run: RunMode): Promise<void> {
    await Promise.all(page.comparison.scenarios.map((e) => this.models.validate(toScenarioInput(e))));
    if (page !== this.page) return; // a newer state settles itself
    if (run !== 'none') this.run(run === 'force');
    this.results.redraw();
    this.renderObservedStatus();
    if (page === this.page) this.scheduleLevers();
  }

  /** The validation of a scenario if known (every scenario of a settled state is). */
  private known(entry: ScenarioEntry): Validation | undefined {
    return this.models.peek(toScenarioInput(entry));
  }

  private async applyLocation(hash: string, initial: boolean): Promise<void> {
    const fallback = defaultState(this.model.defaultPreset);
    // Back and Forward within presenter mode go to the step the entry holds.
    const presenter = this.page.presenter;
    if (presenter && !initial) {
      const text = hash.startsWith('#') ? hash.slice(1) : hash;
      const k = presenter.deck.findIndex((s) => encodeState(s.state, this.model.version) === text);
      if (k >= 0) return this.dispatch(T.presenterGoTo(this.page, k), { history: 'none' });
    }
    if (!hash || hash === '#') {
      if (!initial) this.messages.clear('link');
      return this.dispatch({ ...T.initialPage(this.model.defaultPreset), allMetrics: this.page.allMetrics }, { run: 'force', history: 'replace' });
    }
    const decoded = decodeState(hash, fallback, new Set(this.model.presets.map((p) => p.name)));
    const problems = [...decoded.problems];
    const scenarios = await Promise.all(decoded.state.scenarios.map((entry, i) => this.repair(entry, i, problems)));
    if (decoded.modelVersion && decoded.modelVersion !== this.model.version) {
      this.messages.show('warning', `This link was made with model version ${decoded.modelVersion}; this page runs version ${this.model.version}. Results may differ from those the link's author saw.`, [], 'version');
    }
    if (problems.length) this.messages.show('error', 'Parts of this link could not be used; the rest of the comparison is shown.', problems.map((p) => clip(p, 200)), 'link');
    else this.messages.clear('link');
    const comparison: AppState = { ...decoded.state, scenarios };
    this.dispatch({ ...T.initialPage(this.model.defaultPreset), comparison, allMetrics: this.page.allMetrics }, { run: 'force', history: 'replace' });
  }

  /** Drops overrides the model rejects (each named in `problems`), keeping the rest. */
  private async repair(entry: ScenarioEntry, index: number, problems: string[]): Promise<ScenarioEntry> {
    let v = await this.models.validate(toScenarioInput(entry));
    if (v.ok) return entry;
    const bad = new Set<string>();
    for (const e of v.errors) {
      const hit = Object.keys(entry.overrides).find((p) => e.path === p || e.path.startsWith(`${p}.`) || p.startsWith(`${e.path}.`) || e.path === '');
      if (hit) bad.add(hit);
      problems.push(`Scenario ${index + 1} (${clip(entry.name, 30)}): ${clip(problemText(e), 160)}`);
    }
    let overrides = Object.fromEntries(Object.entries(entry.overrides).filter(([p]) => !bad.has(p)));
    v = await this.models.validate(toScenarioInput({ ...entry, overrides }));
    if (!v.ok) overrides = {};
    problems.push(`Scenario ${index + 1}: ${v.ok ? 'the fields above were ignored' : 'all its changed levers were ignored'}.`);
    return { ...entry, overrides };
  }

  private writeHash(mode: HistoryMode): void {
    const hash = encodeState(this.page.comparison, this.model.version);
    this.lastHash = hash;
    if (mode !== 'none' && location.hash.slice(1) !== hash) {
      if (mode === 'push') history.pushState(null, '', `#${hash}`);
      else history.replaceState(null, '', `#${hash}`);
    }
    document.title = `${comparisonTitle(this.page.comparison)} · Border capacity simulator`;
  }

  /** The link that reopens the current comparison. */
  shareLink(): string {
    return `${location.origin}${location.pathname}#${encodeState(this.page.comparison, this.model.version)}`;
  }

  // ---- levers and presets ------------------------------------------------------------

  private async changeLever(lever: Lever, value: LeverValue): Promise<string | null> {
    const page = this.page;
    const selected = page.comparison.scenarios[page.selected]!;
    const resolved = await this.models.validate(toScenarioInput(selected));
    if (!resolved.ok) return 'This scenario is not valid; reset it first.';
    const preset = await this.models.validate({ name: selected.base || 'defaults', ...(selected.base ? { base: selected.base } : {}) });
    const edit = T.editLever(page, lever, value, resolved.scenario, preset.ok ? preset.scenario : undefined);
    // The scenario edited in place has stale work: withdrawn now, not once the edit is validated.
    const stale = !edit.forked && page === this.page && canonicalJson(toScenarioInput(edit.entry)) !== canonicalJson(toScenarioInput(selected));
    if (stale) this.runner.withdrawScenario(String(page.selected));
    const checked = await this.models.validate(toScenarioInput(edit.entry));
    // The edit did not stand (or the page moved on): what was withdrawn runs again, unless the run was held, not running.
    if (stale && this.started !== '' && (!checked.ok || page !== this.page)) this.run(true);
    if (!checked.ok) {
      const mine = checked.errors.filter((e) => lever.paths.some((p) => e.path === p || e.path.startsWith(`${p}.`)));
      // Beside its own field the lever's label says which field; another field's problem is named.
      return mine[0] ? `${lever.label}: ${clip(problemText(mine[0], false), 200)}` : clip(problemText(checked.errors[0]!), 200);
    }
    if (page !== this.page) return null; // the page moved on while this was checked; the newer state stands
    if (edit.forked && !this.forkNoticeShown) {
      this.forkNoticeShown = true;
      this.messages.show('info', `Your change went into a new scenario, "${edit.entry.name}", so the baseline stays as the reference.`, [], 'fork');
    }
    this.dispatch(edit.page);
    return null;
  }

  private async changePreset(base: string): Promise<void> {
    const page = this.page;
    const entry = page.comparison.scenarios[page.selected]!;
    const kept = await this.models.validate(toScenarioInput({ ...entry, base }));
    if (page !== this.page) return;
    if (!kept.ok && Object.keys(entry.overrides).length) {
      this.messages.show('info', `The changed levers of "${entry.name}" do not fit the preset "${base}" and were reset.`, [], 'preset');
    }
    this.dispatch(T.changePreset(page, this.model, base, kept.ok));
  }

  /** Resets the whole page to the default preset and settings; the message offers Undo. */
  resetAll(): void {
    this.messages.clear('link');
    this.messages.clear('version');
    const next = T.resetAll(this.page, this.model.defaultPreset);
    this.dispatch(next, { run: 'force' });
    this.messages.show('info', 'Everything was reset to the default comparison.', [], 'undo', [
      {
        label: 'Undo',
        run: () => {
          if (this.page.undo === next.undo) this.dispatch(T.undo(this.page));
        },
      },
    ]);
  }

  // ---- presenter mode ----------------------------------------------------------------

  togglePresenter(): void {
    if (this.page.presenter) this.dispatch(T.exitPresenter(this.page), { history: 'replace' });
    else {
      this.dispatch(T.enterPresenter(this.page, this.model, comparisonTitle(this.page.comparison)), { run: 'none' });
      // Keys go to the page, not to the button that was pressed (Space would press it again).
      byId('results').focus({ preventScroll: true });
    }
  }

  /** The next (+1) or previous (−1) prepared comparison, as a new history entry. */
  private step(delta: number): void {
    const p = this.page.presenter;
    if (!p) return;
    const next = T.presenterGoTo(this.page, p.index + delta);
    if (next !== this.page) this.dispatch(next, { history: 'push' });
  }

  // ---- drawing -----------------------------------------------------------------------

  private render(): void {
    const { comparison, selected } = this.page;
    this.presenterBar.render(this.page.presenter);
    this.sidebar.render(this.page);
    this.scheduleLevers();
    byId('levers-hint').textContent =
      selected === 0 && comparison.scenarios.length < 4
        ? 'Showing the baseline. Changing a lever here creates a new scenario, so the baseline stays as the reference.'
        : `Showing "${comparison.scenarios[selected]!.name}". A dot marks a changed lever.`;
    byId('comparison-title').textContent = comparisonTitle(comparison);
    byId<HTMLInputElement>('bands-toggle').checked = comparison.showBands;
    byId<HTMLInputElement>('observed-toggle').checked = this.observedOn();
    this.renderObservedStatus();
    byId<HTMLInputElement>('all-metrics-toggle').checked = this.page.allMetrics;
    byId('legend').replaceChildren(
      ...comparison.scenarios.map((s, i) => el('span', { class: `legend-item${i === 0 ? ' reference' : ''}`, 'data-scenario': i }, swatch(i), i === 0 ? `${s.name} (baseline)` : s.name)),
    );
  }

  /** Whether the charts show the published series now. */
  private observedOn(): boolean {
    return observedShown(this.page.comparison, this.model.historyPresets);
  }

  /** Beside the toggle: whether the period has published data, or that it is being read. */
  private renderObservedStatus(): void {
    const options = this.observedOn() ? this.chartOptions() : null;
    const overlay = options?.observed;
    const files = overlay ? new Set(Object.values(overlay.bySeries).flatMap((tracks) => tracks.map((t) => t.file))).size : 0;
    const facts = options?.scenarios?.[0];
    const text = !options || !facts // off, or the baseline not yet validated
      ? ''
      : facts.startDate === null
        ? 'The baseline has no start date, so no month to compare.'
        : !overlay
          ? 'Reading the published files…'
          : files === 0
            ? 'None published for the months of this period.'
            : `From ${files} published file${files === 1 ? '' : 's'} (see About), marked "Observed" on the charts.`;
    const status = byId('observed-status');
    if (status.textContent !== text) status.textContent = text;
  }

  /** Lists the data files in the about panel, once, after reading them all. */
  private async listDataFiles(): Promise<void> {
    if (this.dataFilesListed) return;
    this.dataFilesListed = true;
    const files = await this.observed.all();
    fillDataFiles(byId(DATA_FILES_ID), files.map(dataFileEntry));
  }

  /**
   * The lever form in tasks of its own, after the drawing in hand: building it is the
   * page's longest piece of drawing. Several requests in one task draw once.
   */
  private scheduleLevers(): void {
    if (this.leversQueued) return;
    this.leversQueued = true;
    void nextTask().then(() => {
      this.leversQueued = false;
      this.renderLevers();
    });
  }

  /** The lever form of the selected scenario, drawn again only when what it shows changed. */
  private renderLevers(): void {
    const entry = this.page.comparison.scenarios[this.page.selected]!;
    const v = this.known(entry);
    if (!v?.ok) return;
    const signature = canonicalJson([v.scenario, entry.overrides, this.page.selected]);
    if (signature === this.leversDrawn) return;
    this.leversDrawn = signature;
    void this.levers.render(buildLevers(this.model.jsonSchema, v.scenario), v.scenario, new Set(Object.keys(entry.overrides)));
  }

  // ---- running -----------------------------------------------------------------------

  /** The plan for the current state, or null (with a message) when a scenario is not valid. */
  plan(): RunPlan | null {
    const r = planFor(this.page.comparison, (e) => this.known(e));
    if (r && 'invalid' in r) this.messages.show('error', `Scenario "${r.invalid.name}" is not valid and was not run.`, r.errors.map((e) => clip(problemText(e), 200)), 'run');
    return r && 'plan' in r ? r.plan : null;
  }

  /** Starts the current plan if it changed (or always, when `force`), unless it is long and not yet agreed to. */
  private run(force: boolean): void {
    const plan = this.plan();
    if (!plan) return;
    const signature = planSignature(plan);
    if (!force && signature === this.started) return;
    const estimate = this.runner.estimateMs(plan);
    if (estimate > LONG_RUN_MS && signature !== this.confirmed && !(force && this.heldMs !== null && this.held === signature)) {
      this.hold(plan, signature, estimate);
      return;
    }
    this.heldMs = null;
    this.held = '';
    this.messages.clear('long-run');
    this.messages.clear('run');
    this.started = signature;
    this.runner.start(plan);
  }

  private hold(plan: RunPlan, signature: string, estimate: number): void {
    const jobs = this.runner.uncached(plan);
    this.runner.halt(); // what runs now belongs to an older state; the workers stay loaded
    this.started = '';
    this.heldMs = estimate;
    this.held = signature;
    const days = Math.max(...plan.scenarios.map((s) => s.days));
    this.messages.show(
      'warning',
      `This run would take ${formatDuration(estimate)} of computing: ${jobs} replications of up to ${days.toLocaleString('en-US')} days. Fewer replications or a shorter horizon give an answer sooner; the numbers of a shorter run are as valid, with wider intervals.`,
      [],
      'long-run',
      [
        {
          label: 'Run anyway',
          run: () => {
            this.confirmed = signature;
            this.run(true);
          },
        },
        ...(plan.reps > 10 ? [{ label: 'Use 10 replications', run: () => this.dispatch(T.setSettings(this.page, { reps: 10, seed: this.page.comparison.seed, days: this.page.comparison.days })) }] : []),
      ],
    );
    this.results.redraw();
  }

  /** Runs now (the Run button and the R key): a long run held back starts on this second request. */
  runNow(): void {
    this.run(true);
  }

  cancel(): void {
    this.runner.cancel();
  }

  /** The scenarios as the report worker sees them. */
  reportScenarios(): ReportScenario[] {
    return this.page.comparison.scenarios.map((entry, i) => {
      const run = this.runner.scenarios.get(String(i));
      return { tag: run?.tag ?? `none:${i}`, name: entry.name, results: run?.results ?? [], partial: run?.partial ?? null };
    });
  }

  /** Options of the charts: horizon, bands, and each scenario's start date and dated changes. */
  private chartOptions(): ChartOptions {
    return chartOptionsFor(this.page.comparison, this.runner.currentPlan, (e) => this.known(e), { historyPresets: this.model.historyPresets, overlay: (start, days) => this.observed.overlay(start, days) });
  }

  /** What every exported chart is stamped with. */
  stampContext() {
    return stampFor(this.page.comparison, (e) => this.known(e), this.model.version, this.shareLink());
  }

  // ---- static controls ---------------------------------------------------------------

  private wireStatic(): void {
    installSidebarToggle();
    byId('run-button').addEventListener('click', () => this.runNow());
    byId('cancel-button').addEventListener('click', () => this.cancel());
    byId('reset-button').addEventListener('click', () => this.resetAll());
    byId('about-button').addEventListener('click', () => {
      byId<HTMLDialogElement>('about-dialog').showModal();
      void this.listDataFiles();
    });
    byId('tour-button').addEventListener('click', () => this.tour.start());
    byId('presenter-button').addEventListener('click', () => this.togglePresenter());
    byId<HTMLInputElement>('bands-toggle').addEventListener('change', (e) => this.dispatch(T.setBands(this.page, (e.target as HTMLInputElement).checked), { run: 'none' }));
    byId<HTMLInputElement>('observed-toggle').addEventListener('change', (e) => this.dispatch(T.setObserved(this.page, (e.target as HTMLInputElement).checked), { run: 'none' }));
    byId<HTMLInputElement>('all-metrics-toggle').addEventListener('change', (e) => this.dispatch(T.setAllMetrics(this.page, (e.target as HTMLInputElement).checked), { run: 'none' }));
    const titleDialog = byId<HTMLDialogElement>('title-dialog');
    const titleInput = byId<HTMLInputElement>('title-input');
    byId('edit-title').addEventListener('click', () => {
      titleInput.value = this.page.comparison.title;
      titleDialog.showModal();
    });
    const saveTitle = () => {
      titleDialog.close();
      this.dispatch(T.setTitle(this.page, titleInput.value), { run: 'none' });
    };
    byId('title-save').addEventListener('click', saveTitle);
    titleInput.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') saveTitle();
    });
    this.exporter.wire();
  }
}
