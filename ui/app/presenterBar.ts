/**
 * Presenter mode on the page: large type and high contrast (the `presenter` class on the
 * body), the bar naming the prepared comparison on screen, and fullscreen on request. The
 * deck and its steps are page state (`ui/state/transitions.ts`); this only shows them.
 */
import type { PresenterState } from '../state/transitions.ts';
import { byId } from './dom.ts';

export class PresenterBar {
  private readonly bar = byId('presenter-bar');
  private readonly stepLabel = byId('presenter-step');
  private readonly button = byId<HTMLButtonElement>('presenter-button');

  /** Shows presenter mode as `state` says (null: not presenting). */
  render(state: PresenterState | null): void {
    const on = state !== null;
    if (document.body.classList.contains('presenter') !== on) {
      document.body.classList.toggle('presenter', on);
      this.button.setAttribute('aria-pressed', String(on));
      this.button.textContent = on ? 'Leave presenter' : 'Presenter';
      this.bar.hidden = !on;
      if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    }
    if (state) this.stepLabel.textContent = `Comparison ${state.index + 1} of ${state.deck.length}: ${state.deck[state.index]?.title ?? ''}`;
  }

  toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  }
}
