/**
 * Presenter mode: large type, high contrast, no side panel, fullscreen on request, and
 * keyboard steps through prepared comparisons (the comparison on screen when the mode
 * started, then the default preset against each other preset).
 */
import type { AppState } from '../state/appState.ts';
import type { ModelInfo } from '../state/modelInfo.ts';
import { byId } from './dom.ts';

/** One prepared comparison. */
export interface DeckStep {
  readonly title: string;
  readonly state: AppState;
}

/** A short scenario name from a preset title: the part before a colon, cut at a word to about 36 characters. */
export function shortName(title: string): string {
  const head = title.split(':')[0].trim();
  if (head.length <= 40) return head;
  const space = head.lastIndexOf(' ', 36);
  return `${head.slice(0, space > 16 ? space : 36)}…`;
}

/** The prepared comparisons for a talk. */
export function buildDeck(current: AppState, currentTitle: string, model: Pick<ModelInfo, 'presets' | 'defaultPreset'>): DeckStep[] {
  const base = model.presets.find((p) => p.name === model.defaultPreset);
  const baseTitle = shortName(base?.title || model.defaultPreset);
  const steps: DeckStep[] = [{ title: currentTitle, state: current }];
  for (const p of model.presets) {
    if (p.name === model.defaultPreset) continue;
    const name = shortName(p.title || p.name);
    steps.push({
      title: `${baseTitle} vs ${name}`,
      state: {
        ...current,
        title: '',
        scenarios: [
          { name: baseTitle, base: model.defaultPreset, overrides: {} },
          { name, base: p.name, overrides: {} },
        ],
      },
    });
  }
  return steps;
}

export class Presenter {
  private deck: DeckStep[] = [];
  private index = 0;
  private readonly bar = byId('presenter-bar');
  private readonly stepLabel = byId('presenter-step');
  private readonly button = byId<HTMLButtonElement>('presenter-button');

  constructor(private readonly apply: (state: AppState) => void) {}

  get active(): boolean {
    return document.body.classList.contains('presenter');
  }

  /** Enters presenter mode with a deck starting at the current comparison. */
  enter(deck: DeckStep[]): void {
    this.deck = deck;
    this.index = 0;
    document.body.classList.add('presenter');
    this.bar.hidden = false;
    this.button.setAttribute('aria-pressed', 'true');
    this.button.textContent = 'Leave presenter';
    this.label();
  }

  exit(): void {
    document.body.classList.remove('presenter');
    this.bar.hidden = true;
    this.button.setAttribute('aria-pressed', 'false');
    this.button.textContent = 'Presenter';
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  }

  /** Goes to the next (+1) or previous (−1) prepared comparison. */
  step(delta: number): void {
    if (!this.deck.length) return;
    const next = Math.max(0, Math.min(this.deck.length - 1, this.index + delta));
    if (next === this.index) return;
    this.index = next;
    this.apply(this.deck[next].state);
    this.label();
  }

  toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }

  private label(): void {
    this.stepLabel.textContent = `Comparison ${this.index + 1} of ${this.deck.length}: ${this.deck[this.index]?.title ?? ''}`;
  }
}
