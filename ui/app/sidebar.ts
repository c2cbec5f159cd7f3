/** The side panel: the scenario list, the selected scenario's name and preset, and run settings. */
import { MAX_SCENARIOS } from '../charts/palette.ts';
import { LIMITS } from '../state/appState.ts';
import type { App } from './app.ts';
import { byId, el } from './dom.ts';

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

  constructor(private readonly app: App) {
    this.preset.replaceChildren(...app.model.presets.map((p) => el('option', { value: p.name }, p.title || p.name)));
    this.add.addEventListener('click', () => this.addScenario());
    this.name.addEventListener('change', () => this.rename());
    this.preset.addEventListener('change', () => this.changePreset());
    for (const input of [this.reps, this.seed, this.days]) input.addEventListener('change', () => this.changeSettings());
    this.seed.max = String(LIMITS.seed.max);
    const more = byId<HTMLButtonElement>('preset-more');
    more.addEventListener('click', () => {
      const open = byId('preset-description').classList.toggle('clamped') === false;
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open ? 'Less' : 'More';
    });
  }

  render(): void {
    const { state } = this.app;
    const selected = this.app.selected;
    this.list.replaceChildren(
      ...state.scenarios.map((s, i) => {
        const select = el(
          'button',
          { type: 'button', class: 'select-scenario', 'aria-pressed': String(i === selected), 'data-index': i },
          el('span', { class: `swatch swatch-${i}` }),
          s.name,
          i === 0 ? el('span', { class: 'badge' }, ' baseline') : null,
          Object.keys(s.overrides).length ? el('span', { class: 'badge' }, ` · ${Object.keys(s.overrides).length} changed`) : null,
        );
        select.addEventListener('click', () => {
          this.app.selected = i;
          this.app.commit(this.app.state, 'no');
        });
        const remove = el('button', { type: 'button', class: 'remove-scenario', 'aria-label': `Remove ${s.name}`, title: `Remove ${s.name}` }, '×');
        remove.disabled = state.scenarios.length === 1;
        remove.addEventListener('click', () => this.remove(i));
        return el('li', { class: 'scenario-item' }, select, remove);
      }),
    );
    this.add.disabled = state.scenarios.length >= MAX_SCENARIOS;
    const entry = state.scenarios[selected];
    this.name.value = entry.name;
    this.preset.value = entry.base;
    const info = this.app.model.presets.find((p) => p.name === entry.base);
    byId('preset-description').textContent = info ? info.description : 'Schema defaults (no preset).';
    const sources = strings(this.app.model.presetInput(entry.base)?.sources);
    byId('preset-sources-list').replaceChildren(...(sources.length ? sources : ['See each lever\'s description.']).map((s) => el('li', {}, s)));
    this.reps.value = String(state.reps);
    this.seed.value = String(state.seed);
    this.days.value = state.days === null ? '' : String(state.days);
  }

  private addScenario(): void {
    const { state } = this.app;
    if (state.scenarios.length >= MAX_SCENARIOS) return;
    const letter = String.fromCharCode(65 + state.scenarios.length - 1);
    const source = state.scenarios[this.app.selected];
    this.app.selected = state.scenarios.length;
    this.app.commit({ ...state, scenarios: [...state.scenarios, { name: `Scenario ${letter}`, base: source.base, overrides: { ...source.overrides } }] }, 'soon');
  }

  private remove(index: number): void {
    const { state } = this.app;
    if (state.scenarios.length === 1) return;
    if (this.app.selected >= index && this.app.selected > 0) this.app.selected--;
    this.app.commit({ ...state, scenarios: state.scenarios.filter((_, i) => i !== index) }, 'soon');
  }

  private rename(): void {
    const name = this.name.value.trim().slice(0, LIMITS.nameChars);
    const i = this.app.selected;
    const entry = this.app.state.scenarios[i];
    if (!name || name === entry.name) {
      this.name.value = entry.name;
      return;
    }
    this.app.commit({ ...this.app.state, scenarios: this.app.state.scenarios.map((s, j) => (j === i ? { ...s, name } : s)) }, 'no');
  }

  private changePreset(): void {
    const i = this.app.selected;
    const entry = this.app.state.scenarios[i];
    const base = this.preset.value;
    const kept = { ...entry, base };
    const next = this.app.validate(kept).ok ? kept : { ...entry, base, overrides: {} };
    if (next.overrides !== entry.overrides && Object.keys(entry.overrides).length && !Object.keys(next.overrides).length) {
      this.app.messages.show('info', `The changed levers of "${entry.name}" do not fit the preset "${base}" and were reset.`, [], 'preset');
    }
    this.app.updateEntry(i, next);
  }

  private changeSettings(): void {
    const int = (input: HTMLInputElement, min: number, max: number, label: string): number | null | string => {
      const text = input.value.trim();
      if (text === '') return null;
      const n = Number(text);
      return Number.isInteger(n) && n >= min && n <= max ? n : `${label}: expected a whole number from ${min} to ${max}.`;
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
    this.app.commit({ ...this.app.state, reps: reps as number, seed: seed as number, days: days as number | null }, 'soon');
  }
}
