/**
 * The published series the charts show, read once and lazily: the reader is made the first
 * time a horizon needs a file, and each file is fetched and parsed once, one file per task
 * (the page's reader parses in the model worker, so zod never runs on the page's thread).
 * Asked for a horizon whose files are not all in, the store answers null, reads them, and says
 * when they are in; the charts are then drawn again.
 */
import { OBSERVED_FILES, type ObservedFileDef } from '../../sim/observed/manifest.ts';
import type { ObservedFile } from '../../sim/observed/parseObserved.ts';
import { filesForHorizon, observedOverlay, type ObservedOverlay, type ObservedSource } from '../charts/observedOverlay.ts';

/** What reads a file: its text, then the checked parse (see `readObservedFile.ts`), here or in a worker. */
export interface ObservedReader {
  observedText(def: ObservedFileDef): Promise<string>;
  parseObservedText(def: ObservedFileDef, text: string): ObservedFile | Promise<ObservedFile>;
}

/** A file of the manifest as read: its data, or why it could not be read. */
export type ReadFile = { readonly def: ObservedFileDef; readonly data: ObservedFile } | { readonly def: ObservedFileDef; readonly error: string };

export interface ObservedStoreOptions {
  /** Called once the files a horizon asked for are in (read or failed). */
  readonly onLoaded: () => void;
  /** Called once per file that could not be read. */
  readonly onError: (file: string, message: string) => void;
  /** The reader; by default the lazily imported `readObservedFile.ts`, which parses in this thread. */
  readonly reader?: () => Promise<ObservedReader>;
  /** The files; by default the manifest's. */
  readonly files?: readonly ObservedFileDef[];
  /**
   * Yields to the event loop before each step of reading a file (the page passes `idleTask`,
   * so reading waits for idle time and never delays a chart); by default a zero timeout.
   */
  readonly yieldTask?: () => Promise<void>;
}

export class ObservedStore {
  private reader: Promise<ObservedReader> | null = null;
  private readonly reads = new Map<string, Promise<ReadFile>>();
  private readonly done = new Map<string, ReadFile>();
  /** Horizons whose files are being read (so each says it is done once). */
  private readonly waiting = new Set<string>();
  private last: ObservedOverlay | null = null;
  private readonly defs: readonly ObservedFileDef[];

  constructor(private readonly opts: ObservedStoreOptions) {
    this.defs = opts.files ?? OBSERVED_FILES;
  }

  /**
   * The published series for the horizon of `days` days from `startDate`, once every file it
   * needs is read; until then null (and the files are read, then `onLoaded` is called).
   */
  overlay(startDate: string, days: number): ObservedOverlay | null {
    if (this.last && this.last.startDate === startDate && this.last.days === days) return this.last;
    const needed = filesForHorizon(this.defs, startDate, days);
    const missing = needed.filter((d) => !this.done.has(d.id));
    if (missing.length) {
      const key = `${startDate}|${days}`;
      if (!this.waiting.has(key)) {
        this.waiting.add(key);
        void this.readAll(missing).then(() => {
          this.waiting.delete(key);
          this.opts.onLoaded();
        });
      }
      return null;
    }
    const sources = needed.map((d) => this.done.get(d.id)!).filter((r): r is ObservedSource => 'data' in r);
    this.last = observedOverlay(startDate, days, sources);
    return this.last;
  }

  /** Every file of the manifest, read (for the about panel), in manifest order. */
  all(): Promise<ReadFile[]> {
    return this.readAll(this.defs);
  }

  private async readAll(defs: readonly ObservedFileDef[]): Promise<ReadFile[]> {
    const out: ReadFile[] = [];
    for (const def of defs) out.push(await this.read(def));
    return out;
  }

  private read(def: ObservedFileDef): Promise<ReadFile> {
    let p = this.reads.get(def.id);
    if (!p) {
      p = (async (): Promise<ReadFile> => {
        let result: ReadFile;
        const yieldTask = this.opts.yieldTask ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
        try {
          await yieldTask();
          this.reader ??= this.opts.reader?.() ?? import('./readObservedFile.ts');
          const reader = await this.reader;
          const text = await reader.observedText(def);
          await yieldTask(); // the parse in a task of its own
          result = { def, data: await reader.parseObservedText(def, text) };
        } catch (error) {
          result = { def, error: error instanceof Error ? error.message : String(error) };
          this.opts.onError(def.file, result.error);
        }
        this.done.set(def.id, result);
        return result;
      })();
      this.reads.set(def.id, p);
    }
    return p;
  }
}
