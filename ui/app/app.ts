/**
 * The page: holds the state a link reproduces, keeps the URL in step with it, validates every
 * change with the model before anything runs, starts runs in the worker pool and draws what
 * comes back. The main thread only validates and draws: simulation runs in the worker pool,
 * aggregation (through `sim/report`) in the report worker.
 */
import { buildCharts } from '../charts/chartCatalog.ts';
import { scenarioStyle, MAX_SCENARIOS } from '../charts/palette.ts';
import { comparisonTitle, defaultState, LIMITS, type AppState } from '../state/appState.ts';
import { buildLevers, type Lever, type LeverValue } from '../state/levers.ts';
import type { ModelInfo } from '../state/modelInfo.ts';
import { clip } from '../state/safeJson.ts';
import { canonicalJson, getAtPath, toScenarioInput, type JsonValue, type ScenarioEntry } from '../state/scenarioEntry.ts';
import { decodeState, encodeState } from '../state/urlState.ts';
import { ReportClient, type ReportScenario } from '../run/reportClient.ts';
import { RunController, type PoolLike, type RunPlan } from '../run/runController.ts';
import { fillAbout } from './aboutPanel.ts';
import { ChartsView } from './chartsView.ts';
import { byId, el } from './dom.ts';
import { Exporter } from './exporter.ts';
import { LeverPanel } from './leverPanel.ts';
import { Messages } from './messages.ts';
import { ResultsView } from './resultsView.ts';
import { buildDeck, Presenter } from './presenter.ts';
import { installShortcuts } from './shortcuts.ts';
import { Sidebar } from './sidebar.ts';
import { Tour } from './tour.ts';

type Validation = ReturnType<ModelInfo['validate']>;

/** How long after the last change a run starts, in ms (slider drags and typing settle first). */
const RUN_DELAY_MS = 350;

export class App {
  state: AppState;
  selected = 0;
  readonly messages = new Messages(byId('messages'));
  readonly runner: RunController;
  readonly charts: ChartsView;
  readonly tour = new Tour();
  readonly presenter: Presenter;
  private readonly validations = new Map<string, Validation>();
  private readonly levers: LeverPanel;
  private readonly sidebar: Sidebar;
  private readonly exporter: Exporter;
  /** The results side of the page (public for tests, which shorten its watchdog). */
  readonly results: ResultsView;
  private runTimer: ReturnType<typeof setTimeout> | null = null;
  private lastHash = '';
  private forkNoticeShown = false;

  constructor(
    readonly model: ModelInfo,
    pool: PoolLike,
    readonly report: ReportClient,
  ) {
    this.state = defaultState(model.defaultPreset);
    this.runner = new RunController(pool, { onChange: () => this.results.onRunChange() });
    this.charts = new ChartsView(byId('charts'), () => this.stampContext());
    this.levers = new LeverPanel(byId('policy-lever-list'), byId('assumption-lever-list'), {
      change: (lever, value) => this.changeLever(lever, value),
      reset: (lever) => this.resetLever(lever),
    });
    this.sidebar = new Sidebar(this);
    this.results = new ResultsView(this);
    this.exporter = new Exporter(this);
    this.presenter = new Presenter((state) => {
      this.selected = 0;
      this.commit(state, 'now');
    });
  }

  /** Reads the link, draws the page and runs the comparison at once. */
  start(): void {
    byId('model-version').textContent = `model ${this.model.version}`;
    fillAbout(byId('about-body'), this.model);
    this.wireStatic();
    this.charts.prepare(buildCharts([], { horizonDays: 1, showBands: true }));
    this.applyHash(location.hash, true);
    window.addEventListener('hashchange', () => {
      if (location.hash.slice(1) !== this.lastHash) this.applyHash(location.hash, false);
    });
    installShortcuts(this);
    this.tour.startIfFirstVisit();
  }

  // ---- state -------------------------------------------------------------------------

  /** Validates scenario input with the model (memoized by canonical text). */
  validate(entry: ScenarioEntry): Validation {
    const key = canonicalJson(toScenarioInput(entry));
    let v = this.validations.get(key);
    if (!v) {
      v = this.model.validate(toScenarioInput(entry));
      if (this.validations.size > 500) this.validations.clear();
      this.validations.set(key, v);
    }
    return v;
  }

  /** The resolved preset a scenario starts from (schema defaults for ''). */
  presetScenario(base: string): Record<string, unknown> | null {
    const v = this.validate({ name: base || 'defaults', base, overrides: {} });
    return v.ok ? v.scenario : null;
  }

  /** Replaces the state, updates the URL and the page, and (re)runs as asked. */
  commit(next: AppState, run: 'now' | 'soon' | 'no'): void {
    this.state = next;
    this.selected = Math.min(this.selected, next.scenarios.length - 1);
    this.writeHash();
    this.renderState();
    if (run === 'now') this.runNow();
    else if (run === 'soon') this.runSoon();
  }

  private applyHash(hash: string, initial: boolean): void {
    const fallback = defaultState(this.model.defaultPreset);
    if (!hash || hash === '#') {
      if (!initial) this.messages.clear('link');
      this.commit(fallback, 'now');
      return;
    }
    const decoded = decodeState(hash, fallback, new Set(this.model.presets.map((p) => p.name)));
    const problems = [...decoded.problems];
    const scenarios = decoded.state.scenarios.map((entry, i) => this.repair(entry, i, problems));
    if (decoded.modelVersion && decoded.modelVersion !== this.model.version) {
      this.messages.show('warning', `This link was made with model version ${decoded.modelVersion}; this page runs version ${this.model.version}. Results may differ from those the link's author saw.`, [], 'version');
    }
    if (problems.length) this.messages.show('error', 'Parts of this link could not be used; the rest of the comparison is shown.', problems.map((p) => clip(p, 200)), 'link');
    else this.messages.clear('link');
    this.selected = 0;
    this.commit({ ...decoded.state, scenarios }, 'now');
  }

  /** Drops overrides the model rejects (each named in `problems`), keeping the rest. */
  private repair(entry: ScenarioEntry, index: number, problems: string[]): ScenarioEntry {
    let v = this.validate(entry);
    if (v.ok) return entry;
    const bad = new Set<string>();
    for (const e of v.errors) {
      const hit = Object.keys(entry.overrides).find((p) => e.path === p || e.path.startsWith(`${p}.`) || p.startsWith(`${e.path}.`) || e.path === '');
      if (hit) bad.add(hit);
      problems.push(`Scenario ${index + 1} (${clip(entry.name, 30)}): ${clip(e.message, 160)}`);
    }
    let overrides = Object.fromEntries(Object.entries(entry.overrides).filter(([p]) => !bad.has(p)));
    v = this.validate({ ...entry, overrides });
    if (!v.ok) overrides = {};
    problems.push(`Scenario ${index + 1}: ${v.ok ? 'the fields above were ignored' : 'all its changed levers were ignored'}.`);
    return { ...entry, overrides };
  }

  private writeHash(): void {
    const hash = encodeState(this.state, this.model.version);
    this.lastHash = hash;
    if (location.hash.slice(1) !== hash) history.replaceState(null, '', `#${hash}`);
    document.title = `${comparisonTitle(this.state)} · Border capacity simulator`;
  }

  /** The link that reopens the current comparison. */
  shareLink(): string {
    return `${location.origin}${location.pathname}#${encodeState(this.state, this.model.version)}`;
  }

  // ---- levers ------------------------------------------------------------------------

  private changeLever(lever: Lever, value: LeverValue): string | null {
    let index = this.selected;
    let state = this.state;
    const forking = index === 0 && state.scenarios.length < MAX_SCENARIOS;
    if (forking) {
      const baseline = state.scenarios[0];
      const letter = String.fromCharCode(65 + state.scenarios.length - 1);
      state = { ...state, scenarios: [...state.scenarios, { name: `Scenario ${letter}`, base: baseline.base, overrides: { ...baseline.overrides } }] };
      index = state.scenarios.length - 1;
    }
    const entry = state.scenarios[index];
    const resolved = this.validate(entry);
    if (!resolved.ok) return 'This scenario is not valid; reset it first.';
    const preset = this.presetScenario(entry.base);
    const overrides: Record<string, JsonValue> = { ...entry.overrides };
    for (const [path, v] of Object.entries(lever.write(value, resolved.scenario))) {
      if (preset && canonicalJson(getAtPath(preset, path)) === canonicalJson(v)) delete overrides[path];
      else overrides[path] = v;
    }
    const candidate = { ...entry, overrides };
    const checked = this.validate(candidate);
    if (!checked.ok) {
      const mine = checked.errors.filter((e) => lever.paths.some((p) => e.path === p || e.path.startsWith(`${p}.`)));
      return clip((mine[0] ?? checked.errors[0]).message, 200);
    }
    if (forking) {
      this.selected = index;
      if (!this.forkNoticeShown) {
        this.forkNoticeShown = true;
        this.messages.show('info', `Your change went into a new scenario, "${entry.name}", so the baseline stays as the reference.`, [], 'fork');
      }
    }
    this.commit({ ...state, scenarios: state.scenarios.map((s, i) => (i === index ? candidate : s)) }, 'soon');
    return null;
  }

  private resetLever(lever: Lever): void {
    const entry = this.state.scenarios[this.selected];
    const overrides = Object.fromEntries(Object.entries(entry.overrides).filter(([p]) => !lever.paths.includes(p)));
    this.updateEntry(this.selected, { ...entry, overrides });
  }

  /** Replaces one scenario (after validation) and re-runs soon. */
  updateEntry(index: number, entry: ScenarioEntry): boolean {
    if (!this.validate(entry).ok) return false;
    this.commit({ ...this.state, scenarios: this.state.scenarios.map((s, i) => (i === index ? entry : s)) }, 'soon');
    return true;
  }

  /** Resets the whole page to the default preset and settings. */
  resetAll(): void {
    this.presenter.exit();
    this.selected = 0;
    this.messages.clear('link');
    this.messages.clear('version');
    this.commit(defaultState(this.model.defaultPreset), 'now');
  }

  // ---- drawing state -----------------------------------------------------------------

  private renderState(): void {
    this.sidebar.render();
    const entry = this.state.scenarios[this.selected];
    const v = this.validate(entry);
    if (v.ok) this.levers.render(buildLevers(this.model.jsonSchema, v.scenario), v.scenario, new Set(Object.keys(entry.overrides)));
    byId('levers-hint').textContent =
      this.selected === 0 && this.state.scenarios.length < MAX_SCENARIOS
        ? 'Showing the baseline. Changing a lever here creates a new scenario, so the baseline stays as the reference.'
        : `Showing "${entry.name}". A dot marks a changed lever.`;
    byId('comparison-title').textContent = comparisonTitle(this.state);
    byId<HTMLInputElement>('bands-toggle').checked = this.state.showBands;
    const legend = byId('legend');
    legend.replaceChildren(
      ...this.state.scenarios.map((s, i) =>
        el('span', { class: `legend-item${i === 0 ? ' reference' : ''}`, 'data-scenario': i }, el('span', { class: `swatch swatch-${i}` }), i === 0 ? `${s.name} (baseline)` : s.name),
      ),
    );
    this.redraw();
  }

  // ---- running -----------------------------------------------------------------------

  /** The plan for the current state (every scenario is valid by construction). */
  plan(): RunPlan | null {
    const scenarios = [];
    for (const [i, entry] of this.state.scenarios.entries()) {
      const v = this.validate(entry);
      if (!v.ok) {
        this.messages.show('error', `Scenario "${entry.name}" is not valid and was not run.`, v.errors.map((e) => clip(e.message, 200)), 'run');
        return null;
      }
      // The worker gets the resolved scenario, as the CLI sends it. Its name is the preset's,
      // so renaming a scenario neither re-runs it nor changes its numbers.
      const input = { ...v.scenario, name: entry.base || 'custom' };
      const days = this.state.days ?? (typeof v.scenario.days === 'number' ? v.scenario.days : 365);
      scenarios.push({ key: String(i), input, inputKey: canonicalJson(input), days });
    }
    return { scenarios, seed: this.state.seed, reps: this.state.reps, daysOverride: this.state.days ?? undefined };
  }

  runNow(): void {
    if (this.runTimer) clearTimeout(this.runTimer);
    this.runTimer = null;
    const plan = this.plan();
    if (!plan) return;
    this.messages.clear('run');
    this.runner.start(plan);
  }

  private runSoon(): void {
    if (this.runTimer) clearTimeout(this.runTimer);
    this.runTimer = setTimeout(() => this.runNow(), RUN_DELAY_MS);
  }

  cancel(): void {
    if (this.runTimer) clearTimeout(this.runTimer);
    this.runTimer = null;
    this.runner.cancel();
  }

  /** The scenarios as the report worker sees them. */
  reportScenarios(): ReportScenario[] {
    return this.state.scenarios.map((entry, i) => {
      const run = this.runner.scenarios.get(String(i));
      return { tag: run?.tag ?? `none:${i}`, name: entry.name, results: run?.results ?? [], partial: run?.partial ?? null };
    });
  }

  /** Draws progress, charts and the table of differences from the current run. */
  redraw(): void {
    this.results.redraw();
  }

  /** What every exported chart is stamped with. */
  stampContext() {
    const sources = new Set<string>();
    for (const s of this.state.scenarios) {
      const v = this.validate(s);
      const list = v.ok && Array.isArray(v.scenario.sources) ? (v.scenario.sources as unknown[]) : [];
      for (const x of list) if (typeof x === 'string') sources.add(x);
    }
    return {
      comparisonTitle: comparisonTitle(this.state),
      modelVersion: this.model.version,
      seed: this.state.seed,
      reps: this.state.reps,
      scenarios: this.state.scenarios.map((s, i) => scenarioStyle(i, s.name)),
      sources: sources.size ? [...sources].slice(0, 6) : ['border-sim scenario defaults (public CBP, ICE, EOIR, DHS figures; see About)'],
      link: this.shareLink(),
    };
  }

  // ---- static controls ---------------------------------------------------------------

  private wireStatic(): void {
    byId('run-button').addEventListener('click', () => this.runNow());
    byId('cancel-button').addEventListener('click', () => this.cancel());
    byId('reset-button').addEventListener('click', () => this.resetAll());
    byId('about-button').addEventListener('click', () => byId<HTMLDialogElement>('about-dialog').showModal());
    byId('tour-button').addEventListener('click', () => this.tour.start());
    byId('presenter-button').addEventListener('click', () => this.togglePresenter());
    byId<HTMLInputElement>('bands-toggle').addEventListener('change', (e) => this.commit({ ...this.state, showBands: (e.target as HTMLInputElement).checked }, 'no'));
    byId<HTMLInputElement>('all-metrics-toggle').addEventListener('change', (e) => {
      this.results.showAllMetrics = (e.target as HTMLInputElement).checked;
      this.redraw();
    });
    const titleDialog = byId<HTMLDialogElement>('title-dialog');
    const titleInput = byId<HTMLInputElement>('title-input');
    byId('edit-title').addEventListener('click', () => {
      titleInput.value = this.state.title;
      titleDialog.showModal();
    });
    const saveTitle = () => {
      titleDialog.close();
      this.commit({ ...this.state, title: titleInput.value.slice(0, LIMITS.titleChars) }, 'no');
    };
    byId('title-save').addEventListener('click', saveTitle);
    titleInput.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') saveTitle();
    });
    this.exporter.wire();
  }

  togglePresenter(): void {
    if (this.presenter.active) this.presenter.exit();
    else this.presenter.enter(buildDeck(this.state, comparisonTitle(this.state), this.model));
  }
}
