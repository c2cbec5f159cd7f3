/**
 * Every change of the page's state, as pure functions from one state to the next. Views call
 * the app through handler interfaces; the app applies one of these and draws the result, so
 * the state has one owner and each change can be tested without a page.
 */
import { MAX_SCENARIOS } from '../charts/palette.ts';
import { defaultState, LIMITS, type AppState } from './appState.ts';
import { buildDeck, shortName, type DeckStep } from './deck.ts';
import type { Lever, LeverValue } from './leverTypes.ts';
import type { ModelInfo } from './modelInfo.ts';
import { canonicalJson, getAtPath, type JsonValue, type ScenarioEntry } from './scenarioEntry.ts';

/** Presenter mode: its prepared comparisons, the one shown, and what leaving it restores. */
export interface PresenterState {
  readonly deck: readonly DeckStep[];
  readonly index: number;
  readonly saved: AppState;
  readonly savedSelected: number;
}

/** What "Undo" puts back, and the name of the change it undoes. */
export interface UndoState {
  readonly label: string;
  readonly comparison: AppState;
  readonly selected: number;
}

/** The whole state of the page: the comparison a link carries, and how it is being viewed. */
export interface PageState {
  readonly comparison: AppState;
  /** The scenario whose levers are shown. */
  readonly selected: number;
  /** Show every measure in the table of differences, not only the key ones. */
  readonly allMetrics: boolean;
  readonly presenter: PresenterState | null;
  readonly undo: UndoState | null;
}

/** The state of a first visit. */
export function initialPage(defaultPreset: string): PageState {
  return { comparison: defaultState(defaultPreset), selected: 0, allMetrics: false, presenter: null, undo: null };
}

const clampSelected = (selected: number, comparison: AppState) => Math.max(0, Math.min(selected, comparison.scenarios.length - 1));

/** Replaces the comparison (keeping the selection in range). */
export function withComparison(page: PageState, comparison: AppState, selected = page.selected): PageState {
  return { ...page, comparison, selected: clampSelected(selected, comparison) };
}

/** The name the next new scenario gets: "Scenario A", "Scenario B"… by its place. */
function newName(comparison: AppState): string {
  return `Scenario ${String.fromCharCode(64 + comparison.scenarios.length)}`;
}

export function selectScenario(page: PageState, index: number): PageState {
  return { ...page, selected: clampSelected(index, page.comparison) };
}

/** Adds a copy of the selected scenario and selects it (at most {@link MAX_SCENARIOS}). */
export function addScenario(page: PageState): PageState {
  const { comparison } = page;
  if (comparison.scenarios.length >= MAX_SCENARIOS) return page;
  const source = comparison.scenarios[page.selected]!;
  const scenarios = [...comparison.scenarios, { name: newName(comparison), base: source.base, overrides: { ...source.overrides } }];
  return withComparison(page, { ...comparison, scenarios }, scenarios.length - 1);
}

/** Removes a scenario (never the last one). */
export function removeScenario(page: PageState, index: number): PageState {
  const { comparison } = page;
  if (comparison.scenarios.length === 1 || index < 0 || index >= comparison.scenarios.length) return page;
  const selected = page.selected >= index && page.selected > 0 ? page.selected - 1 : page.selected;
  return withComparison(page, { ...comparison, scenarios: comparison.scenarios.filter((_, i) => i !== index) }, selected);
}

/** Renames the selected scenario; an empty name keeps the old one. */
export function renameScenario(page: PageState, name: string): PageState {
  const clean = name.trim().slice(0, LIMITS.nameChars);
  const entry = page.comparison.scenarios[page.selected]!;
  if (!clean || clean === entry.name) return page;
  return replaceEntry(page, page.selected, { ...entry, name: clean });
}

/** Replaces scenario `index`. */
export function replaceEntry(page: PageState, index: number, entry: ScenarioEntry): PageState {
  return withComparison(page, { ...page.comparison, scenarios: page.comparison.scenarios.map((s, i) => (i === index ? entry : s)) });
}

/** The short name of a preset ('' = the schema defaults). */
export function presetName(model: Pick<ModelInfo, 'presets'>, base: string): string {
  const p = model.presets.find((x) => x.name === base);
  return p ? shortName(p.title || p.name) : 'Schema defaults';
}

/** True for a name the page gave (not one the user typed): the preset's name, "Baseline", "Scenario B". */
function givenName(model: Pick<ModelInfo, 'presets'>, entry: ScenarioEntry): boolean {
  return entry.name === presetName(model, entry.base) || entry.name === 'Baseline' || /^Scenario [A-Z]$/.test(entry.name);
}

/**
 * The selected scenario on another preset. Overrides are kept when `keepOverrides` (the
 * caller validated them against the new preset); a name the page gave follows the preset.
 */
export function changePreset(page: PageState, model: Pick<ModelInfo, 'presets'>, base: string, keepOverrides: boolean): PageState {
  const entry = page.comparison.scenarios[page.selected]!;
  const name = givenName(model, entry) ? presetName(model, base) : entry.name;
  return replaceEntry(page, page.selected, { name, base, overrides: keepOverrides ? entry.overrides : {} });
}

/** Run settings: replications, seed, and a horizon (null = each scenario's own). */
export function setSettings(page: PageState, settings: { reps: number; seed: number; days: number | null }): PageState {
  return withComparison(page, { ...page.comparison, ...settings });
}

export function setBands(page: PageState, showBands: boolean): PageState {
  return withComparison(page, { ...page.comparison, showBands });
}

/** Shows (true) or hides (false) the published series on the charts, whatever the default. */
export function setObserved(page: PageState, observed: boolean): PageState {
  return withComparison(page, { ...page.comparison, observed });
}

export function setTitle(page: PageState, title: string): PageState {
  return withComparison(page, { ...page.comparison, title: title.slice(0, LIMITS.titleChars) });
}

export function setAllMetrics(page: PageState, allMetrics: boolean): PageState {
  return { ...page, allMetrics };
}

/** Adds an imported scenario, or replaces the selected one when the comparison is full. */
export function importEntry(page: PageState, entry: ScenarioEntry): PageState {
  const { comparison } = page;
  if (comparison.scenarios.length < MAX_SCENARIOS) return withComparison(page, { ...comparison, scenarios: [...comparison.scenarios, entry] }, comparison.scenarios.length);
  return replaceEntry(page, page.selected, entry);
}

/** Back to the default comparison; Undo brings back what was there. */
export function resetAll(page: PageState, defaultPreset: string): PageState {
  return { ...initialPage(defaultPreset), allMetrics: page.allMetrics, undo: { label: 'Reset all', comparison: page.comparison, selected: page.selected } };
}

/** Undoes the last undoable change. */
export function undo(page: PageState): PageState {
  if (!page.undo) return page;
  return { ...withComparison(page, page.undo.comparison, page.undo.selected), undo: null };
}

/** Forgets the undo offer (a later change makes it stale). */
export function dropUndo(page: PageState): PageState {
  return page.undo ? { ...page, undo: null } : page;
}

/** What a lever edit gives: the next state and the scenario it changed (to validate before committing). */
export interface LeverEdit {
  readonly page: PageState;
  readonly index: number;
  readonly entry: ScenarioEntry;
  /** True when the edit went into a new scenario, so the baseline stays as the reference. */
  readonly forked: boolean;
}

/**
 * Sets a lever of the selected scenario to `value`. `resolved` is the selected scenario
 * resolved, `preset` its preset resolved (an override equal to the preset's value is
 * dropped). An edit of the baseline goes into a new scenario while there is room for one.
 */
export function editLever(page: PageState, lever: Lever, value: LeverValue, resolved: unknown, preset: unknown): LeverEdit {
  let comparison = page.comparison;
  let index = page.selected;
  const forked = index === 0 && comparison.scenarios.length < MAX_SCENARIOS;
  if (forked) {
    const baseline = comparison.scenarios[0]!;
    comparison = { ...comparison, scenarios: [...comparison.scenarios, { name: newName(comparison), base: baseline.base, overrides: { ...baseline.overrides } }] };
    index = comparison.scenarios.length - 1;
  }
  const entry = comparison.scenarios[index]!;
  const overrides: Record<string, JsonValue> = { ...entry.overrides };
  for (const [path, v] of Object.entries(lever.write(value, resolved))) {
    if (preset !== undefined && canonicalJson(getAtPath(preset, path)) === canonicalJson(v)) delete overrides[path];
    else overrides[path] = v;
  }
  const changed = { ...entry, overrides };
  const next = withComparison(page, { ...comparison, scenarios: comparison.scenarios.map((s, i) => (i === index ? changed : s)) }, index);
  return { page: next, index, entry: changed, forked };
}

/** Removes a lever's overrides from the selected scenario. */
export function resetLever(page: PageState, lever: Lever): PageState {
  const entry = page.comparison.scenarios[page.selected]!;
  const overrides = Object.fromEntries(Object.entries(entry.overrides).filter(([p]) => !lever.paths.includes(p)));
  return replaceEntry(page, page.selected, { ...entry, overrides });
}

/** Enters presenter mode: the current comparison is saved, and is the first step of the deck. */
export function enterPresenter(page: PageState, model: Pick<ModelInfo, 'presets' | 'defaultPreset'>, currentTitle: string): PageState {
  if (page.presenter) return page;
  const deck = buildDeck(page.comparison, currentTitle, model);
  return { ...page, presenter: { deck, index: 0, saved: page.comparison, savedSelected: page.selected } };
}

/** Shows step `index` of the deck (clamped). */
export function presenterGoTo(page: PageState, index: number): PageState {
  const p = page.presenter;
  if (!p) return page;
  const i = Math.max(0, Math.min(p.deck.length - 1, index));
  if (i === p.index && page.comparison === p.deck[i]!.state) return page;
  return { ...withComparison(page, p.deck[i]!.state, 0), presenter: { ...p, index: i } };
}

/** Leaves presenter mode and brings back the comparison saved on entering it. */
export function exitPresenter(page: PageState): PageState {
  const p = page.presenter;
  if (!p) return page;
  return { ...withComparison(page, p.saved, p.savedSelected), presenter: null };
}
