/**
 * The lever form of the selected scenario: a slider and an exact number input per numeric
 * lever, a select per choice, a checkbox per switch; policy levers and assumptions in
 * separate groups. A value outside what the schema allows is explained beside its field and
 * never leaves the form.
 */
import { checkNumber } from '../state/schemaFields.ts';
import { gridStep } from '../state/sliderGrid.ts';
import type { Lever, LeverValue } from '../state/levers.ts';
import { el } from './dom.ts';
import { nextTask } from './nextTask.ts';

/** What the panel asks of the app. */
export interface LeverHandlers {
  /** Applies a value; resolves with a problem to show beside the field, or null when applied. */
  change(lever: Lever, value: LeverValue): Promise<string | null>;
  /** Removes the lever's overrides. */
  reset(lever: Lever): void;
}

const domId = (lever: Lever) => `lever-${lever.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Help text with the schema's `code` spans set as code (as text nodes: nothing is parsed as markup). */
function helpText(text: string): (string | HTMLElement)[] {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? el('code', {}, part) : part));
}

function display(lever: Lever, v: number): string {
  if (lever.control.type === 'number' && lever.control.percent) return String(Math.round(v * 1000) / 10);
  return String(Math.round(v * 1000) / 1000);
}

export class LeverPanel {
  /** True while the form is being replaced: events from the old inputs (a blur's "change") are ignored. */
  private rendering = false;

  constructor(
    private readonly policyRoot: HTMLElement,
    private readonly assumptionRoot: HTMLElement,
    private readonly handlers: LeverHandlers,
  ) {}

  /** Counts drawings, so a drawing that a newer one overtook stops. */
  private drawing = 0;

  /**
   * Draws the levers for a resolved scenario; `changed` holds the override paths in effect.
   * Each group is built in a task of its own (the form is the page's largest piece of
   * drawing), so input and the charts can run in between; a newer call stops an older one.
   */
  async render(levers: readonly Lever[], scenario: unknown, changed: ReadonlySet<string>): Promise<void> {
    const ticket = ++this.drawing;
    const groups: [HTMLElement, Lever['group']][] = [[this.policyRoot, 'policy'], [this.assumptionRoot, 'assumption']];
    for (const [i, [root, group]] of groups.entries()) {
      if (i > 0) await nextTask();
      if (ticket !== this.drawing) return;
      const active = document.activeElement instanceof HTMLElement && document.activeElement.id ? document.activeElement.id : null;
      const built = levers.filter((l) => l.group === group).map((l) => this.lever(l, scenario, changed));
      this.rendering = true;
      try {
        root.replaceChildren(...built);
      } finally {
        this.rendering = false;
      }
      const again = active ? document.getElementById(active) : null;
      if (again && document.activeElement !== again) again.focus();
    }
  }

  private lever(lever: Lever, scenario: unknown, changed: ReadonlySet<string>): HTMLElement {
    const id = domId(lever);
    const value = lever.read(scenario);
    const isChanged = lever.paths.some((p) => changed.has(p));
    const error = el('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' });
    const help = el('p', { class: 'lever-help', id: `${id}-help`, hidden: true }, ...helpText(lever.control.info.description || 'No description.'));
    const info = el('button', { type: 'button', class: 'lever-info', 'aria-expanded': 'false', 'aria-controls': `${id}-help`, 'aria-label': `About ${lever.label}`, title: 'What is this? Where does the default come from?' }, '?');
    info.addEventListener('click', () => {
      help.hidden = !help.hidden;
      info.setAttribute('aria-expanded', String(!help.hidden));
    });
    const noteText = lever.note(scenario);
    const reset = el('button', { type: 'button', class: 'lever-reset', title: `Reset "${lever.label}" to the preset's value`, 'aria-label': `Reset ${lever.label}` }, 'reset');
    reset.hidden = !isChanged;
    reset.addEventListener('click', () => this.handlers.reset(lever));
    const showError = (problem: string | null, input?: HTMLElement) => {
      error.textContent = problem ?? '';
      input?.setAttribute('aria-invalid', problem ? 'true' : 'false');
    };

    let controls: HTMLElement;
    const c = lever.control;
    if (c.type === 'number') {
      const scale = c.percent ? 100 : 1;
      const min = c.info.minimum ?? c.info.exclusiveMinimum ?? 0;
      const current = typeof value === 'number' ? value : 0;
      const top = typeof c.sliderMax === 'function' ? c.sliderMax(scenario) : c.sliderMax;
      const sliderMax = Math.max(top, current * (typeof c.sliderMax === 'function' ? 1 : 1.5), min + c.step);
      const onGrid = [current, ...(typeof c.info.default === 'number' ? [c.info.default] : [])].filter((v) => v <= sliderMax);
      const step = gridStep(c.step, min, onGrid);
      const range = el('input', {
        type: 'range',
        id: `${id}-range`,
        min: min * scale,
        max: (c.info.maximum !== undefined ? Math.min(c.info.maximum, sliderMax) : sliderMax) * scale,
        step: typeof step === 'number' ? Math.round(step * scale * 1e9) / 1e9 : step,
        value: Math.round(current * scale * 1e9) / 1e9,
        'aria-label': `${lever.label} (slider)`,
        'aria-describedby': `${id}-error`,
      });
      const number = el('input', {
        type: 'number',
        id: `${id}-number`,
        min: c.info.minimum !== undefined ? c.info.minimum * scale : null,
        max: c.info.maximum !== undefined ? c.info.maximum * scale : null,
        step: 'any',
        value: display(lever, current),
        'aria-describedby': `${id}-error ${id}-help`,
        inputmode: 'decimal',
      });
      const apply = (raw: string, source: HTMLInputElement) => {
        if (this.rendering || !source.isConnected) return;
        const text = raw.trim();
        const parsed = text === '' ? Number.NaN : Number(text);
        const v = parsed / scale;
        const problem = checkNumber(c.info, v);
        if (problem) return showError(`${lever.label}: ${problem}${Number.isFinite(parsed) ? '' : ` (got "${text.slice(0, 24)}")`}.`, number);
        void this.handlers.change(lever, v).then((outcome) => showError(outcome, source === range ? number : source));
      };
      range.addEventListener('input', () => {
        number.value = range.value;
        showError(null, number);
      });
      range.addEventListener('change', () => apply(range.value, range));
      number.addEventListener('change', () => apply(number.value, number));
      controls = el('div', { class: 'lever-controls' }, range, number, el('span', { class: 'lever-unit' }, lever.unit));
      return this.wrap(lever, id, `${id}-number`, isChanged, [info, reset], controls, error, help, noteText);
    }
    if (c.type === 'enum') {
      const select = el('select', { id: `${id}-select`, 'aria-describedby': `${id}-error ${id}-help` }, ...c.options.map((o) => el('option', { value: o.value, selected: o.value === value }, o.label)));
      select.addEventListener('change', () => {
        if (!this.rendering && select.isConnected) void this.handlers.change(lever, select.value).then((outcome) => showError(outcome, select));
      });
      controls = el('div', { class: 'lever-controls' }, select);
      return this.wrap(lever, id, `${id}-select`, isChanged, [info, reset], controls, error, help, noteText);
    }
    const box = el('input', { type: 'checkbox', id: `${id}-check`, checked: value === true, 'aria-describedby': `${id}-error ${id}-help` });
    box.addEventListener('change', () => {
      if (!this.rendering && box.isConnected) void this.handlers.change(lever, box.checked).then((outcome) => showError(outcome, box));
    });
    controls = el('div', { class: 'lever-controls' }, box, el('span', { class: 'lever-unit' }, value === true ? 'on' : 'off'));
    return this.wrap(lever, id, `${id}-check`, isChanged, [info, reset], controls, error, help, noteText);
  }

  private wrap(lever: Lever, id: string, inputId: string, changed: boolean, buttons: HTMLElement[], controls: HTMLElement, error: HTMLElement, help: HTMLElement, note: string | null): HTMLElement {
    return el(
      'div',
      { class: `lever${changed ? ' changed' : ''}`, 'data-lever': lever.id, id },
      el('div', { class: 'lever-head' }, el('label', { class: 'lever-label', for: inputId }, lever.label), el('span', { class: 'lever-buttons' }, ...buttons)),
      controls,
      error,
      note ? el('p', { class: 'lever-note' }, note) : null,
      help,
    );
  }
}
