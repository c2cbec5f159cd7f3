/**
 * A short guided tour for a first visit: a few steps pointing at the parts of the page,
 * then the open sandbox. Non-modal; Escape or "Skip" ends it; it is not shown again once
 * finished or skipped (remembered in localStorage when available).
 */
import { byId } from './dom.ts';

interface Step {
  readonly target: string;
  readonly title: string;
  readonly text: string;
}

const STEPS: readonly Step[] = [
  { target: '#scenarios-panel', title: 'Scenarios', text: 'The first scenario is the baseline. Add up to three more to compare them on the same charts; each keeps its colour and line style everywhere.' },
  { target: '#preset-panel', title: 'Presets', text: 'Each scenario starts from a preset. Read what it represents and where its numbers come from.' },
  { target: '#levers-panel', title: 'Levers', text: 'Policy levers (what government chooses) are kept apart from assumptions (what the world is like). Changing a lever of the baseline creates a new scenario, so the baseline stays as the reference. Every lever has a reset.' },
  { target: '#charts', title: 'Charts', text: 'Lines are means across replications; shaded bands are 95% confidence intervals that narrow as replications finish. Hover a chart, or focus it and use the arrow keys, to read exact values. Every chart has a data table and SVG/PNG export.' },
  { target: '.differences', title: 'Differences', text: 'Each measure for every scenario, and its difference from the baseline with a 95% interval (paired: same seed and replications).' },
  { target: '#share-button', title: 'Share', text: 'The link holds the whole comparison: model version, scenarios, changed levers and seed. Presenter mode gives large type and keyboard steps for a talk.' },
];

const KEY = 'border-sim.tour-seen';

function seen(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function remember(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    /* storage unavailable: the tour may show again, which is harmless */
  }
}

export class Tour {
  private index = -1;
  private readonly box = byId('tour');
  private readonly title = byId('tour-title');
  private readonly text = byId('tour-text');
  private readonly count = byId('tour-count');
  private readonly back = byId<HTMLButtonElement>('tour-back');
  private readonly next = byId<HTMLButtonElement>('tour-next');

  constructor() {
    this.next.addEventListener('click', () => (this.index >= STEPS.length - 1 ? this.end() : this.show(this.index + 1)));
    this.back.addEventListener('click', () => this.show(Math.max(0, this.index - 1)));
    byId('tour-skip').addEventListener('click', () => this.end());
    this.box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.end();
    });
    window.addEventListener('resize', () => this.index >= 0 && this.place());
  }

  /** True while the tour is shown. */
  get open(): boolean {
    return this.index >= 0;
  }

  /** Starts the tour on a first visit only. */
  startIfFirstVisit(): void {
    if (!seen()) this.show(0);
  }

  /** Starts the tour from the first step. */
  start(): void {
    this.show(0);
  }

  /** Ends the tour and remembers that it was seen. */
  end(): void {
    this.clearTarget();
    this.index = -1;
    this.box.hidden = true;
    remember();
  }

  private clearTarget(): void {
    document.querySelectorAll('.tour-target').forEach((n) => n.classList.remove('tour-target'));
  }

  private show(i: number): void {
    this.index = i;
    const step = STEPS[i];
    this.clearTarget();
    this.title.textContent = step.title;
    this.text.textContent = step.text;
    this.count.textContent = `${i + 1} of ${STEPS.length}`;
    this.back.disabled = i === 0;
    this.next.textContent = i === STEPS.length - 1 ? 'Done' : 'Next';
    this.box.hidden = false;
    document.querySelector(step.target)?.classList.add('tour-target');
    this.place();
    this.next.focus();
  }

  private place(): void {
    const target = document.querySelector<HTMLElement>(STEPS[this.index].target);
    const box = this.box.getBoundingClientRect();
    if (!target) {
      this.box.style.left = '50%';
      this.box.style.top = '30%';
      return;
    }
    target.scrollIntoView({ block: 'nearest' });
    const r = target.getBoundingClientRect();
    const spaceRight = window.innerWidth - r.right;
    let left = spaceRight > box.width + 24 ? r.right + 16 : Math.max(8, Math.min(window.innerWidth - box.width - 8, r.left));
    let top = spaceRight > box.width + 24 ? Math.max(8, r.top) : r.bottom + 12;
    if (top + box.height > window.innerHeight - 8) top = Math.max(8, window.innerHeight - box.height - 8);
    left = Math.max(8, left);
    this.box.style.left = `${left}px`;
    this.box.style.top = `${top}px`;
  }
}
