/** The whole state of the page that a link reproduces: scenarios, run settings, title, what the charts show. */
import { MAX_SCENARIOS } from '../charts/palette.ts';
import type { ScenarioEntry } from './scenarioEntry.ts';

/** What a share link carries. */
export interface AppState {
  /** Comparison title; empty = made from the scenario names. */
  readonly title: string;
  /** 1 to 4 scenarios; the first is the baseline every other one is compared with. */
  readonly scenarios: readonly ScenarioEntry[];
  /** Seed of the random streams; replication k of every scenario uses (seed, k). */
  readonly seed: number;
  /** Replications per scenario. */
  readonly reps: number;
  /** Simulated days; null = each scenario's own horizon. */
  readonly days: number | null;
  /** Draw 95% bands and whiskers. */
  readonly showBands: boolean;
  /**
   * Draw the published (observed) series of the comparison's period on the charts; null: the
   * default, which is on when the baseline scenario replays a history preset (see {@link observedShown}).
   */
  readonly observed: boolean | null;
}

/** Run settings limits (also the share-link checks). */
export const LIMITS = {
  reps: { min: 1, max: 100, default: 10 },
  seed: { min: 0, max: 0xffffffff, default: 1 },
  days: { min: 1, max: 3650 },
  scenarios: { max: MAX_SCENARIOS },
  nameChars: 60,
  titleChars: 140,
} as const;

/** The state on a first visit: the default preset alone. */
export function defaultState(defaultPreset: string): AppState {
  return {
    title: '',
    scenarios: [{ name: 'Baseline', base: defaultPreset, overrides: {} }],
    seed: LIMITS.seed.default,
    reps: LIMITS.reps.default,
    days: null,
    showBands: true,
    observed: null,
  };
}

/**
 * Whether the charts show published series: as the user chose, else when the baseline
 * scenario (the first, whose calendar the charts use) starts from one of `historyPresets`
 * (the presets that replay a year from its published record).
 */
export function observedShown(state: AppState, historyPresets: readonly string[]): boolean {
  return state.observed ?? historyPresets.includes(state.scenarios[0]?.base ?? '');
}

/** The title shown and shared: the user's, or the scenario names joined with "vs". */
export function comparisonTitle(state: AppState): string {
  if (state.title.trim()) return state.title.trim();
  return state.scenarios.map((s) => s.name).join(' vs ');
}
