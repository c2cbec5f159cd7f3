/** The share dialog, the export menu (scenario JSON, summary JSON, CSV) and scenario import. */
import { comparisonTitle } from '../state/appState.ts';
import type { ModelInfo, Validate } from '../state/modelInfo.ts';
import { clip } from '../state/safeJson.ts';
import type { ScenarioEntry } from '../state/scenarioEntry.ts';
import { MAX_FILE_BYTES, readScenarioFile, scenarioFileText } from '../state/scenarioFile.ts';
import type { PageState } from '../state/transitions.ts';
import type { ReportClient, ReportScenario } from '../run/reportClient.ts';
import { byId, download, el, fileSlug } from './dom.ts';
import type { Messages } from './messages.ts';

/** What the export menu and the share dialog ask of the app. */
export interface ExportHandlers {
  /** The page state now. */
  page(): PageState;
  /** The link that reopens the current comparison. */
  shareLink(): string;
  setTitle(title: string): void;
  /** Adds (or puts in place of the selected one) an imported scenario. */
  importEntry(entry: ScenarioEntry): void;
  /** The scenarios as the report worker sees them. */
  reportScenarios(): ReportScenario[];
}

export class Exporter {
  constructor(
    private readonly model: ModelInfo,
    private readonly validate: Validate,
    private readonly report: ReportClient,
    private readonly messages: Messages,
    private readonly handlers: ExportHandlers,
  ) {}

  wire(): void {
    const button = byId<HTMLButtonElement>('export-button');
    const menu = byId('export-menu');
    const items = () => [...menu.querySelectorAll<HTMLButtonElement>('[data-export]')];
    const close = (focusButton: boolean) => {
      menu.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      if (focusButton) button.focus();
    };
    button.addEventListener('click', () => {
      menu.hidden = !menu.hidden;
      button.setAttribute('aria-expanded', String(!menu.hidden));
      if (!menu.hidden) items()[0]?.focus();
    });
    menu.addEventListener('keydown', (e) => {
      const list = items();
      const at = list.indexOf(document.activeElement as HTMLButtonElement);
      if (e.key === 'Escape') close(true);
      else if (e.key === 'ArrowDown') list[(at + 1) % list.length]?.focus();
      else if (e.key === 'ArrowUp') list[(at - 1 + list.length) % list.length]?.focus();
      else if (e.key === 'Home') list[0]?.focus();
      else if (e.key === 'End') list[list.length - 1]?.focus();
      else if (e.key === 'Tab') close(false);
      else return;
      e.preventDefault();
    });
    document.addEventListener('click', (e) => {
      if (!menu.hidden && !menu.contains(e.target as Node) && e.target !== button) close(false);
    });
    for (const item of items()) {
      item.addEventListener('click', () => {
        close(true);
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
      this.handlers.setTitle((e.target as HTMLInputElement).value);
      byId<HTMLInputElement>('share-link').value = this.handlers.shareLink();
    });
  }

  /** Runs an export; results come from the report worker (it holds the finished replications). */
  async export(kind: string): Promise<void> {
    const page = this.handlers.page();
    const slug = fileSlug(comparisonTitle(page.comparison));
    const scenarios = this.handlers.reportScenarios();
    const seed = page.comparison.seed;
    const nothing = (what: string): void => void this.messages.show('info', what, [], 'export');
    try {
      switch (kind) {
        case 'scenario': {
          const entry = page.comparison.scenarios[page.selected]!;
          download(`${fileSlug(entry.name)}.json`, scenarioFileText(entry), 'application/json');
          return;
        }
        case 'summary-json': {
          const summaries = await this.report.summaries(seed, scenarios);
          if (!summaries.length) return nothing('There are no finished replications to export yet.');
          download(`${slug}-summary.json`, `${JSON.stringify(summaries, null, 2)}\n`, 'application/json');
          return;
        }
        case 'summary-csv':
        case 'comparison-csv':
        case 'timeseries-csv': {
          const what = kind === 'summary-csv' ? 'summary' : kind === 'comparison-csv' ? 'comparison' : 'timeseries';
          const text = await this.report.csv(what, seed, scenarios);
          if (text === null) return nothing(what === 'comparison' ? 'Differences need at least two scenarios with finished replications.' : 'There are no finished replications to export yet.');
          download(`${slug}-${what === 'comparison' ? 'differences' : what === 'timeseries' ? 'daily' : 'summary'}.csv`, text, 'text/csv');
          return;
        }
      }
    } catch (error) {
      this.messages.show('error', 'The export failed.', [clip(error instanceof Error ? error.message : String(error), 200)], 'export');
    }
  }

  /** Reads a scenario file and adds it as a scenario (or replaces the selected one when four exist). */
  async importFile(file: File): Promise<void> {
    const label = clip(file.name, 60);
    if (file.size > MAX_FILE_BYTES) {
      this.messages.show('error', `"${label}" was not imported: it is too large (${file.size.toLocaleString('en-US')} bytes; a scenario file is at most ${MAX_FILE_BYTES.toLocaleString('en-US')}).`, [], 'import');
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.messages.show('error', `"${label}" could not be read.`, [], 'import');
      return;
    }
    const result = await readScenarioFile(text, file.name, this.model, this.validate);
    if (!result.ok) {
      this.messages.show('error', result.message, result.details, 'import');
      return;
    }
    this.messages.clear('import');
    this.handlers.importEntry(result.entry);
    this.messages.show('info', `Imported "${result.entry.name}".`, [], 'import');
  }

  private openShare(): void {
    byId<HTMLInputElement>('share-title-input').value = comparisonTitle(this.handlers.page().comparison);
    byId<HTMLInputElement>('share-link').value = this.handlers.shareLink();
    byId('copy-status').textContent = '';
    byId<HTMLDialogElement>('share-dialog').showModal();
  }

  /** Copies "title + link" as text, and as a titled link for rich-text editors. */
  private async copyLink(): Promise<void> {
    const title = comparisonTitle(this.handlers.page().comparison);
    const link = this.handlers.shareLink();
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
