/** The whole state of the page that a link reproduces: scenarios, run settings, title. */
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
  };
}

/** The title shown and shared: the user's, or the scenario names joined with "vs". */
export function comparisonTitle(state: AppState): string {
  if (state.title.trim()) return state.title.trim();
  return state.scenarios.map((s) => s.name).join(' vs ');
}
