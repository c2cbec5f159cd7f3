/**
 * Reads one shipped observed-data file in the browser: its text from `data/observed/` (each
 * file its own small chunk, imported with Vite's `?raw` and fetched only when asked for), then
 * the loader of `sim/observed/`. This module is imported lazily (see `observedStore.ts`): it
 * brings zod, which the page needs only once the published series are shown. Its first import
 * turns zod's `new Function` fast path off, as the page's Content-Security-Policy has no
 * 'unsafe-eval'.
 */
import '../../workers/zodJitless.ts';
import type { ObservedFileDef } from '../../sim/observed/manifest.ts';
import { loadObserved, type ObservedFile } from '../../sim/observed/parseObserved.ts';

/** The text of every file in `data/observed/`, by path, each loaded on first use. */
const TEXTS = import.meta.glob<string>('../../data/observed/*.csv', { query: '?raw', import: 'default' });

/** The path under which {@link TEXTS} holds a manifest file. */
const pathOf = (file: string) => `../../data/observed/${file}`;

/** Names of the files the app ships, as found in `data/observed/`. */
export const SHIPPED_FILES: readonly string[] = Object.keys(TEXTS).map((p) => p.slice(p.lastIndexOf('/') + 1));

/** The text of a manifest file. */
export function observedText(def: ObservedFileDef): Promise<string> {
  const load = TEXTS[pathOf(def.file)];
  if (!load) return Promise.reject(new Error(`${def.file} is in the manifest but not in data/observed/`));
  return load();
}

/** Parses a file's text, checked as every observed file is (throws an `ObservedDataError` naming each problem). */
export function parseObservedText(def: ObservedFileDef, text: string): ObservedFile {
  return loadObserved(def.file, text);
}
