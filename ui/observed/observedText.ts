/**
 * The text of the shipped observed-data files in `data/observed/`, each file its own small
 * chunk (Vite's `?raw`), fetched only when asked for. Nothing here loads zod: the page reads
 * the texts on its own thread and has them checked in the model worker (see `app.ts`).
 */
import type { ObservedFileDef } from '../../sim/observed/manifest.ts';

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
