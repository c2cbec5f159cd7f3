/**
 * The side panel on a phone: below the results, folded to one button until asked for, so the
 * results come first. The top bar's "Levers" button unfolds it and goes there. On wider
 * screens the panel is always open beside the results.
 */
import { byId } from './dom.ts';

/** Widths at which the panel folds (the layout's breakpoint in styles.css). */
const NARROW = '(max-width: 900px)';

export function installSidebarToggle(): void {
  const toggle = byId<HTMLButtonElement>('sidebar-toggle');
  const body = byId('sidebar-body');
  const set = (open: boolean) => {
    body.classList.toggle('folded', !open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  const narrow = typeof matchMedia === 'function' ? matchMedia(NARROW) : null;
  set(!narrow?.matches);
  narrow?.addEventListener('change', (e) => set(!e.matches));
  toggle.addEventListener('click', () => set(body.classList.contains('folded')));
  byId('levers-link').addEventListener('click', () => {
    set(true);
    byId('levers-panel').scrollIntoView({ block: 'start' });
    toggle.focus({ preventScroll: true });
  });
}
