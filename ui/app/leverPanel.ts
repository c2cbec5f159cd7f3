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

/** Levers built in one task when a group is built anew. */
const BUILD_CHUNK = 8;

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

/** A drawn lever: its row, and how to show another scenario's value of the same lever in it. */
interface Row {
  /** What the row shows whatever the value (see `shapeOf`): a row is reused only for a lever of the same shape. */
  readonly shape: string;
  readonly el: HTMLElement;
  update(lever: Lever, scenario: unknown, changed: ReadonlySet<string>): void;
}

/** Everything of a lever that its row shows other than its value, note and changed mark. */
function shapeOf(lever: Lever): string {
  const c = lever.control;
  return JSON.stringify([lever.id, lever.label, lever.unit, lever.paths, c.type, c.info, c.type === 'number' ? [c.step, c.percent, typeof c.sliderMax === 'number' ? c.sliderMax : 'f'] : c.type === 'enum' ? c.options : null]);
}

export class LeverPanel {
  /** True while the form is being replaced: events from the old inputs (a blur's "change") are ignored. */
  private rendering = false;
  /** The rows drawn in each group's root. */
  private readonly rows = new Map<HTMLElement, Row[]>();

  constructor(
    private readonly policyRoot: HTMLElement,
    private readonly assumptionRoot: HTMLElement,
    private readonly handlers: LeverHandlers,
  ) {}

  /** Counts drawings, so a drawing that a newer one overtook stops. */
  private drawing = 0;

  /**
   * Draws the levers for a resolved scenario; `changed` holds the override paths in effect.
   * A group that shows the same levers as before (a lever changed, or another scenario of the
   * same kind selected) is updated in place: rebuilding the form is the page's largest piece of
   * drawing, and the layout it forces took the main thread for over 50 ms beside the
   * simulation workers. Otherwise each group is built over tasks of its own, so input and the
   * charts can run in between; a newer call stops an older one.
   */
  async render(levers: readonly Lever[], scenario: unknown, changed: ReadonlySet<string>): Promise<void> {
    const ticket = ++this.drawing;
    const groups: [HTMLElement, Lever['group']][] = [[this.policyRoot, 'policy'], [this.assumptionRoot, 'assumption']];
    for (const [i, [root, group]] of groups.entries()) {
      if (i > 0) await nextTask();
      if (ticket !== this.drawing) return;
      const mine = levers.filter((l) => l.group === group);
      const shapes = mine.map(shapeOf);
      const drawn = this.rows.get(root);
      if (drawn && drawn.length === mine.length && drawn.every((r, k) => r.shape === shapes[k] && r.el.parentNode === root)) {
        drawn.forEach((r, k) => r.update(mine[k]!, scenario, changed));
        continue;
      }
      // Built BUILD_CHUNK levers a task (a group of 25 built at once took 60 ms on a busy
      // 2-core machine), then put in place at once, so the form never shows half a group.
      const built: Row[] = [];
      for (let k = 0; k < mine.length; k++) {
        if (k > 0 && k % BUILD_CHUNK === 0) {
          await nextTask();
          if (ticket !== this.drawing) return;
        }
        built.push(this.lever(mine[k]!, scenario, changed, shapes[k]!));
      }
      const active = document.activeElement instanceof HTMLElement && document.activeElement.id ? document.activeElement.id : null;
      this.rendering = true;
      try {
        root.replaceChildren(...built.map((r) => r.el));
      } finally {
        this.rendering = false;
      }
      this.rows.set(root, built);
      const again = active ? document.getElementById(active) : null;
      if (again && document.activeElement !== again) again.focus({ preventScroll: true });
    }
  }

  private lever(first: Lever, firstScenario: unknown, firstChanged: ReadonlySet<string>, shape: string): Row {
    /** The lever as last drawn: the handlers apply and reset this one. */
    let lever = first;
    const id = domId(lever);
    const error = el('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' });
    const help = el('p', { class: 'lever-help', id: `${id}-help`, hidden: true }, ...helpText(lever.control.info.description || 'No description.'));
    const info = el('button', { type: 'button', class: 'lever-info', 'aria-expanded': 'false', 'aria-controls': `${id}-help`, 'aria-label': `About ${lever.label}`, title: 'What is this? Where does the default come from?' }, '?');
    info.addEventListener('click', () => {
      help.hidden = !help.hidden;
      info.setAttribute('aria-expanded', String(!help.hidden));
    });
    const reset = el('button', { type: 'button', class: 'lever-reset', title: `Reset "${lever.label}" to the preset's value`, 'aria-label': `Reset ${lever.label}` }, 'reset');
    reset.addEventListener('click', () => this.handlers.reset(lever));
    const showError = (problem: string | null, input?: HTMLElement) => {
      error.textContent = problem ?? '';
      input?.setAttribute('aria-invalid', problem ? 'true' : 'false');
    };

    let controls: HTMLElement;
    let inputId: string;
    /** Shows a scenario's value in the controls. */
    let showValue: (value: LeverValue | null, scenario: unknown) => void;
    const c = lever.control;
    if (c.type === 'number') {
      const scale = c.percent ? 100 : 1;
      const min = c.info.minimum ?? c.info.exclusiveMinimum ?? 0;
      const range = el('input', { type: 'range', id: `${id}-range`, min: min * scale, 'aria-label': `${lever.label} (slider)`, 'aria-describedby': `${id}-error` });
      const number = el('input', {
        type: 'number',
        id: `${id}-number`,
        min: c.info.minimum !== undefined ? c.info.minimum * scale : null,
        max: c.info.maximum !== undefined ? c.info.maximum * scale : null,
        step: 'any',
        'aria-describedby': `${id}-error ${id}-help`,
        inputmode: 'decimal',
      });
      showValue = (value, scenario) => {
        const current = typeof value === 'number' ? value : 0;
        const top = typeof c.sliderMax === 'function' ? c.sliderMax(scenario) : c.sliderMax;
        const sliderMax = Math.max(top, current * (typeof c.sliderMax === 'function' ? 1 : 1.5), min + c.step);
        const onGrid = [current, ...(typeof c.info.default === 'number' ? [c.info.default] : [])].filter((v) => v <= sliderMax);
        const step = gridStep(c.step, min, onGrid);
        // Bounds and step before the value: the value is clamped and snapped to them.
        range.max = String((c.info.maximum !== undefined ? Math.min(c.info.maximum, sliderMax) : sliderMax) * scale);
        range.step = String(typeof step === 'number' ? Math.round(step * scale * 1e9) / 1e9 : step);
        range.value = String(Math.round(current * scale * 1e9) / 1e9);
        number.value = display(lever, current);
      };
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
      inputId = `${id}-number`;
    } else if (c.type === 'enum') {
      const select = el('select', { id: `${id}-select`, 'aria-describedby': `${id}-error ${id}-help` }, ...c.options.map((o) => el('option', { value: o.value }, o.label)));
      select.addEventListener('change', () => {
        if (!this.rendering && select.isConnected) void this.handlers.change(lever, select.value).then((outcome) => showError(outcome, select));
      });
      showValue = (value) => {
        for (const o of select.options) o.selected = o.value === value;
      };
      controls = el('div', { class: 'lever-controls' }, select);
      inputId = `${id}-select`;
    } else {
      const box = el('input', { type: 'checkbox', id: `${id}-check`, 'aria-describedby': `${id}-error ${id}-help` });
      const unit = el('span', { class: 'lever-unit' });
      box.addEventListener('change', () => {
        if (!this.rendering && box.isConnected) void this.handlers.change(lever, box.checked).then((outcome) => showError(outcome, box));
      });
      showValue = (value) => {
        box.checked = value === true;
        unit.textContent = value === true ? 'on' : 'off';
      };
      controls = el('div', { class: 'lever-controls' }, box, unit);
      inputId = `${id}-check`;
    }
    const row = el(
      'div',
      { class: 'lever', 'data-lever': lever.id, id },
      el('div', { class: 'lever-head' }, el('label', { class: 'lever-label', for: inputId }, lever.label), el('span', { class: 'lever-buttons' }, info, reset)),
      controls,
      error,
      help,
    );
    let note: HTMLElement | null = null;
    const update = (next: Lever, scenario: unknown, changed: ReadonlySet<string>) => {
      lever = next;
      const isChanged = lever.paths.some((p) => changed.has(p));
      row.classList.toggle('changed', isChanged);
      reset.hidden = !isChanged;
      // As a rebuilt row would: the value the scenario holds, without the problem of a value it does not.
      showError(null);
      for (const x of controls.querySelectorAll('[aria-invalid]')) x.removeAttribute('aria-invalid');
      showValue(lever.read(scenario), scenario);
      const text = lever.note(scenario);
      if (text && note) note.textContent = text;
      else if (text) row.insertBefore((note = el('p', { class: 'lever-note' }, text)), help);
      else if (note) { note.remove(); note = null; }
    };
    update(first, firstScenario, firstChanged);
    return { shape, el: row, update };
  }
}
