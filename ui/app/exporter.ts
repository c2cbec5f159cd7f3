/** The share dialog, the export menu (scenario JSON, summary JSON, CSV) and scenario import. */
import { MAX_SCENARIOS } from '../charts/palette.ts';
import { comparisonTitle } from '../state/appState.ts';
import { clip } from '../state/safeJson.ts';
import { MAX_FILE_BYTES, readScenarioFile, scenarioFileText } from '../state/scenarioFile.ts';
import type { App } from './app.ts';
import { byId, download, el, fileSlug } from './dom.ts';

export class Exporter {
  constructor(private readonly app: App) {}

  wire(): void {
    const button = byId<HTMLButtonElement>('export-button');
    const menu = byId('export-menu');
    const close = () => {
      menu.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    };
    button.addEventListener('click', () => {
      menu.hidden = !menu.hidden;
      button.setAttribute('aria-expanded', String(!menu.hidden));
      if (!menu.hidden) menu.querySelector<HTMLButtonElement>('button')?.focus();
    });
    menu.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        close();
        button.focus();
      }
    });
    document.addEventListener('click', (e) => {
      if (!menu.hidden && !menu.contains(e.target as Node) && e.target !== button) close();
    });
    for (const item of menu.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      item.addEventListener('click', () => {
        close();
        void this.export(item.dataset.export ?? '');
      });
    }
    const file = byId<HTMLInputElement>('import-file');
    byId('import-button').addEventListener('click', () => file.click());
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      file.value = '';
      if (f) void this.importFile(f);
    });
    byId('share-button').addEventListener('click', () => this.openShare());
    byId('copy-link').addEventListener('click', () => void this.copyLink());
    byId<HTMLInputElement>('share-title-input').addEventListener('change', (e) => {
      this.app.commit({ ...this.app.state, title: (e.target as HTMLInputElement).value.slice(0, 140) }, 'no');
      byId<HTMLInputElement>('share-link').value = this.app.shareLink();
    });
  }

  /** Runs an export; results come from the report worker (it holds the finished replications). */
  async export(kind: string): Promise<void> {
    const { app } = this;
    const slug = fileSlug(comparisonTitle(app.state));
    const scenarios = app.reportScenarios();
    const nothing = (what: string): void => void app.messages.show('info', what, [], 'export');
    try {
      switch (kind) {
        case 'scenario': {
          const entry = app.state.scenarios[app.selected];
          download(`${fileSlug(entry.name)}.json`, scenarioFileText(entry), 'application/json');
          return;
        }
        case 'summary-json': {
          const summaries = await app.report.summaries(app.state.seed, scenarios);
          if (!summaries.length) return nothing('There are no finished replications to export yet.');
          download(`${slug}-summary.json`, `${JSON.stringify(summaries, null, 2)}\n`, 'application/json');
          return;
        }
        case 'summary-csv':
        case 'comparison-csv':
        case 'timeseries-csv': {
          const what = kind === 'summary-csv' ? 'summary' : kind === 'comparison-csv' ? 'comparison' : 'timeseries';
          const text = await app.report.csv(what, app.state.seed, scenarios);
          if (text === null) return nothing(what === 'comparison' ? 'Differences need at least two scenarios with finished replications.' : 'There are no finished replications to export yet.');
          download(`${slug}-${what === 'comparison' ? 'differences' : what === 'timeseries' ? 'daily' : 'summary'}.csv`, text, 'text/csv');
          return;
        }
      }
    } catch (error) {
      app.messages.show('error', 'The export failed.', [clip(error instanceof Error ? error.message : String(error), 200)], 'export');
    }
  }

  /** Reads a scenario file and adds it as a scenario (or replaces the selected one when four exist). */
  async importFile(file: File): Promise<void> {
    const { app } = this;
    const label = clip(file.name, 60);
    if (file.size > MAX_FILE_BYTES) {
      app.messages.show('error', `"${label}" was not imported: it is too large (${file.size.toLocaleString('en-US')} bytes; a scenario file is at most ${MAX_FILE_BYTES.toLocaleString('en-US')}).`, [], 'import');
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      app.messages.show('error', `"${label}" could not be read.`, [], 'import');
      return;
    }
    const result = readScenarioFile(text, file.name, app.model);
    if (!result.ok) {
      app.messages.show('error', result.message, result.details, 'import');
      return;
    }
    app.messages.clear('import');
    const { state } = app;
    if (state.scenarios.length < MAX_SCENARIOS) {
      app.selected = state.scenarios.length;
      app.commit({ ...state, scenarios: [...state.scenarios, result.entry] }, 'now');
    } else {
      const i = app.selected;
      app.commit({ ...state, scenarios: state.scenarios.map((s, j) => (j === i ? result.entry : s)) }, 'now');
    }
    app.messages.show('info', `Imported "${result.entry.name}".`, [], 'import');
  }

  private openShare(): void {
    byId<HTMLInputElement>('share-title-input').value = comparisonTitle(this.app.state);
    byId<HTMLInputElement>('share-link').value = this.app.shareLink();
    byId('copy-status').textContent = '';
    byId<HTMLDialogElement>('share-dialog').showModal();
  }

  /** Copies "title + link" as text, and as a titled link for rich-text editors. */
  private async copyLink(): Promise<void> {
    const title = comparisonTitle(this.app.state);
    const link = this.app.shareLink();
    const status = byId('copy-status');
    const plain = `${title}\n${link}`;
    try {
      if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        const a = el('a', { href: link }, title);
        await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([plain], { type: 'text/plain' }), 'text/html': new Blob([a.outerHTML], { type: 'text/html' }) })]);
      } else await navigator.clipboard.writeText(plain);
      status.textContent = 'Copied: the title and the link.';
    } catch {
      const input = byId<HTMLInputElement>('share-link');
      input.focus();
      input.select();
      status.textContent = 'Copying is blocked here; the link is selected, press Ctrl+C (⌘C).';
    }
  }
}
