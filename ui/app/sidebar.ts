/** The side panel: the scenario list, the selected scenario's name and preset, and run settings. */
import { MAX_SCENARIOS } from '../charts/palette.ts';
import { LIMITS } from '../state/appState.ts';
import type { ModelInfo } from '../state/modelInfo.ts';
import type { PageState } from '../state/transitions.ts';
import { byId, el } from './dom.ts';
import { swatch } from './swatch.ts';

/** What the side panel asks of the app. */
export interface SidebarHandlers {
  select(index: number): void;
  add(): void;
  remove(index: number): void;
  rename(name: string): void;
  changePreset(base: string): void;
  changeSettings(settings: { reps: number; seed: number; days: number | null }): void;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export class Sidebar {
  private readonly list = byId('scenario-list');
  private readonly add = byId<HTMLButtonElement>('add-scenario');
  private readonly name = byId<HTMLInputElement>('scenario-name');
  private readonly preset = byId<HTMLSelectElement>('preset-select');
  private readonly reps = byId<HTMLInputElement>('reps-input');
  private readonly seed = byId<HTMLInputElement>('seed-input');
  private readonly days = byId<HTMLInputElement>('days-input');
  private readonly settingsError = byId('settings-error');
  private drawn = '';

  constructor(
    private readonly model: ModelInfo,
    private readonly handlers: SidebarHandlers,
  ) {
    this.preset.replaceChildren(...model.presets.map((p) => el('option', { value: p.name }, p.title || p.name)));
    this.add.addEventListener('click', () => handlers.add());
    // The app draws the panel again after each of these (`drawn` reset), so a refused value
    // (an empty name, a preset the changed levers do not fit) shows what is in effect.
    this.name.addEventListener('change', () => {
      this.drawn = '';
      handlers.rename(this.name.value);
    });
    this.preset.addEventListener('change', () => {
      this.drawn = '';
      handlers.changePreset(this.preset.value);
    });
    for (const input of [this.reps, this.seed, this.days]) input.addEventListener('change', () => this.changeSettings());
    this.seed.max = String(LIMITS.seed.max);
    this.list.addEventListener('click', (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-index]');
      if (!button) return;
      const i = Number(button.dataset.index);
      if (button.classList.contains('remove-scenario')) handlers.remove(i);
      else handlers.select(i);
    });
    const more = byId<HTMLButtonElement>('preset-more');
    more.addEventListener('click', () => {
      const open = byId('preset-description').classList.toggle('clamped') === false;
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open ? 'Less' : 'More';
    });
  }

  render(page: PageState): void {
    const { comparison: state, selected } = page;
    const signature = JSON.stringify([state.scenarios, selected, state.reps, state.seed, state.days]);
    if (signature === this.drawn) return;
    this.drawn = signature;
    const focused = document.activeElement instanceof HTMLElement && this.list.contains(document.activeElement) ? document.activeElement.dataset.index : undefined;
    this.list.replaceChildren(
      ...state.scenarios.map((s, i) => {
        const changed = Object.keys(s.overrides).length;
        const select = el(
          'button',
          { type: 'button', class: 'select-scenario', 'aria-pressed': String(i === selected), 'data-index': i },
          swatch(i),
          el('span', { class: 'scenario-label' }, s.name),
          i === 0 ? el('span', { class: 'badge' }, ' baseline') : null,
          changed ? el('span', { class: 'badge' }, ` · ${changed} changed`) : null,
        );
        const remove = el('button', { type: 'button', class: 'remove-scenario', 'data-index': i, 'aria-label': `Remove ${s.name}`, title: `Remove ${s.name}` }, '×');
        remove.disabled = state.scenarios.length === 1;
        return el('li', { class: 'scenario-item' }, select, remove);
      }),
    );
    if (focused !== undefined) this.list.querySelector<HTMLElement>(`.select-scenario[data-index="${focused}"]`)?.focus();
    this.add.disabled = state.scenarios.length >= MAX_SCENARIOS;
    const entry = state.scenarios[selected]!;
    this.name.value = entry.name;
    this.preset.value = entry.base;
    const info = this.model.presets.find((p) => p.name === entry.base);
    byId('preset-description').textContent = info ? info.description : 'Schema defaults (no preset).';
    const sources = strings(this.model.presetInput(entry.base)?.sources);
    byId('preset-sources-list').replaceChildren(...(sources.length ? sources : ["See each lever's description."]).map((s) => el('li', {}, s)));
    this.reps.value = String(state.reps);
    this.seed.value = String(state.seed);
    this.days.value = state.days === null ? '' : String(state.days);
    for (const input of [this.reps, this.seed, this.days]) input.setAttribute('aria-invalid', 'false');
    this.settingsError.textContent = '';
  }

  private changeSettings(): void {
    const int = (input: HTMLInputElement, min: number, max: number, label: string): number | null | string => {
      const text = input.value.trim();
      if (text === '') return null;
      const n = Number(text);
      return Number.isInteger(n) && n >= min && n <= max ? n : `${label}: expected a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}, not "${text.slice(0, 20)}".`;
    };
    const reps = int(this.reps, LIMITS.reps.min, LIMITS.reps.max, 'Replications');
    const seed = int(this.seed, LIMITS.seed.min, LIMITS.seed.max, 'Seed');
    const days = int(this.days, LIMITS.days.min, LIMITS.days.max, 'Days');
    const problems = [reps, seed, days].filter((x): x is string => typeof x === 'string');
    this.reps.setAttribute('aria-invalid', String(typeof reps === 'string' || reps === null));
    this.seed.setAttribute('aria-invalid', String(typeof seed === 'string' || seed === null));
    this.days.setAttribute('aria-invalid', String(typeof days === 'string'));
    if (reps === null) problems.push('Replications: enter a number.');
    if (seed === null) problems.push('Seed: enter a number.');
    this.settingsError.textContent = problems.join(' ');
    if (problems.length) return;
    this.handlers.changeSettings({ reps: reps as number, seed: seed as number, days: days as number | null });
  }
}
