/**
 * Keyboard shortcuts. Single keys act only when focus is not in a text field, so typing a
 * value never triggers one. In presenter mode the page keys and Space (what presentation
 * clickers send) always step through the prepared comparisons, and the arrow keys do too
 * unless a chart has focus (then they read its values); going to a chart with 1–9 there
 * keeps those keys working.
 */
import { byId, el } from './dom.ts';

/** Shortcut keys and what they do (also listed in the help dialog). */
export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['R', 'Run the comparison'],
  ['X', 'Cancel the run'],
  ['P', 'Presenter mode on/off'],
  ['F', 'Fullscreen (presenter mode)'],
  ['→ / PageDown / Space', 'Next prepared comparison (presenter mode)'],
  ['← / PageUp', 'Previous prepared comparison (presenter mode)'],
  ['B', 'Show/hide 95% bands'],
  ['O', 'Show/hide published (observed) data'],
  ['1 – 9', 'Go to chart 1 – 9'],
  ['← → on a chart', 'Read values day by day (Shift: 10 days)'],
  ['?', 'This help'],
  ['Esc', 'Leave presenter mode, close a dialog'],
];

/** What the shortcuts ask of the app. */
export interface ShortcutHandlers {
  run(): void;
  cancel(): void;
  togglePresenter(): void;
  toggleBands(): void;
  toggleObserved(): void;
  /** Goes to chart `index` (0-based). */
  showChart(index: number): void;
  presenting(): boolean;
  step(delta: number): void;
  fullscreen(): void;
  exitPresenter(): void;
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'range'].includes(target.type);
}

/** Installs the shortcuts and fills the help dialog's list. */
export function installShortcuts(handlers: ShortcutHandlers): void {
  byId('help-list').replaceChildren(...SHORTCUTS.flatMap(([k, what]) => [el('dt', {}, k), el('dd', {}, what)]));
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const presenting = handlers.presenting();
    const onChart = e.target instanceof HTMLElement && e.target.classList.contains('chart-holder');
    const key = e.key;
    let handled = true;
    if (presenting && (key === 'PageDown' || key === ' ')) handlers.step(1);
    else if (presenting && key === 'PageUp') handlers.step(-1);
    else if (presenting && !onChart && key === 'ArrowRight') handlers.step(1);
    else if (presenting && !onChart && key === 'ArrowLeft') handlers.step(-1);
    else if (presenting && key === 'Escape') handlers.exitPresenter();
    else if (presenting && (key === 'f' || key === 'F')) handlers.fullscreen();
    else if (key === 'r' || key === 'R') handlers.run();
    else if (key === 'x' || key === 'X') handlers.cancel();
    else if (key === 'p' || key === 'P') handlers.togglePresenter();
    else if (key === 'b' || key === 'B') handlers.toggleBands();
    else if (key === 'o' || key === 'O') handlers.toggleObserved();
    else if (key === '?') byId<HTMLDialogElement>('help-dialog').showModal();
    else if (/^[1-9]$/.test(key)) handlers.showChart(Number(key) - 1);
    else handled = false;
    if (handled) e.preventDefault();
  });
}
