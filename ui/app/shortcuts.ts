/**
 * Keyboard shortcuts. Single keys act only when focus is not in a text field, so typing a
 * value never triggers one. In presenter mode the arrow and page keys (what presentation
 * clickers send) step through the prepared comparisons.
 */
import type { App } from './app.ts';
import { byId, el } from './dom.ts';

/** Shortcut keys and what they do (also listed in the help dialog). */
export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['R', 'Run the comparison'],
  ['X', 'Cancel the run'],
  ['P', 'Presenter mode on/off'],
  ['F', 'Fullscreen (presenter mode)'],
  ['→ / PageDown', 'Next prepared comparison (presenter mode)'],
  ['← / PageUp', 'Previous prepared comparison (presenter mode)'],
  ['B', 'Show/hide 95% bands'],
  ['1 – 9', 'Go to chart 1 – 9'],
  ['← → on a chart', 'Read values day by day (Shift: 10 days)'],
  ['?', 'This help'],
  ['Esc', 'Leave presenter mode, close a dialog'],
];

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'range'].includes(target.type);
}

export function installShortcuts(app: App): void {
  byId('help-list').replaceChildren(...SHORTCUTS.flatMap(([k, what]) => [el('dt', {}, k), el('dd', {}, what)]));
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const presenting = app.presenter.active;
    const onChart = e.target instanceof HTMLElement && e.target.classList.contains('chart-holder');
    const key = e.key;
    let handled = true;
    if (key === 'r' || key === 'R') app.runNow();
    else if (key === 'x' || key === 'X') app.cancel();
    else if (key === 'p' || key === 'P') app.togglePresenter();
    else if (key === 'b' || key === 'B') app.commit({ ...app.state, showBands: !app.state.showBands }, 'no');
    else if (key === '?') byId<HTMLDialogElement>('help-dialog').showModal();
    else if (/^[1-9]$/.test(key)) app.charts.focusChart(Number(key) - 1);
    else if (presenting && (key === 'f' || key === 'F')) app.presenter.toggleFullscreen();
    else if (presenting && !onChart && (key === 'ArrowRight' || key === 'PageDown' || key === ' ')) app.presenter.step(1);
    else if (presenting && !onChart && (key === 'ArrowLeft' || key === 'PageUp')) app.presenter.step(-1);
    else if (presenting && key === 'Escape') app.presenter.exit();
    else handled = false;
    if (handled) e.preventDefault();
  });
}
