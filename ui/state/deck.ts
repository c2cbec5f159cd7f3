/**
 * The prepared comparisons of presenter mode: the comparison on screen when the mode starts,
 * then the default preset against each other preset. Each runs over its scenarios' own
 * horizons (a preset's dated change, such as MPP on day 120, always falls inside it).
 */
import type { AppState } from './appState.ts';
import type { ModelInfo } from './modelInfo.ts';

/** One prepared comparison. */
export interface DeckStep {
  readonly title: string;
  readonly state: AppState;
}

/** A scenario name from a preset title: the part before a colon, whole (legends wrap long names). */
export function shortName(title: string): string {
  return title.split(':')[0]!.trim() || title.trim();
}

/** The prepared comparisons for a talk, starting with `current`. */
export function buildDeck(current: AppState, currentTitle: string, model: Pick<ModelInfo, 'presets' | 'defaultPreset'>): DeckStep[] {
  const base = model.presets.find((p) => p.name === model.defaultPreset);
  const baseName = shortName(base?.title || model.defaultPreset);
  const steps: DeckStep[] = [{ title: currentTitle, state: current }];
  for (const p of model.presets) {
    if (p.name === model.defaultPreset) continue;
    const name = shortName(p.title || p.name);
    steps.push({
      title: p.title || name,
      state: {
        ...current,
        title: p.title || name,
        days: null,
        scenarios: [
          { name: baseName, base: model.defaultPreset, overrides: {} },
          { name, base: p.name, overrides: {} },
        ],
      },
    });
  }
  return steps;
}
