/**
 * Reads one shipped observed-data file in this thread: its text (`observedText.ts`), then the
 * loader of `sim/observed/`. It brings zod, so the page does not use it (it has the texts
 * checked in the model worker, see `app.ts`); the Node tests and the model worker do. Its
 * first import turns zod's `new Function` fast path off, as the page's Content-Security-Policy
 * has no 'unsafe-eval'.
 */
import '../../workers/zodJitless.ts';
import type { ObservedFileDef } from '../../sim/observed/manifest.ts';
import { loadObserved, type ObservedFile } from '../../sim/observed/parseObserved.ts';

export { observedText, SHIPPED_FILES } from './observedText.ts';

/** Parses a file's text, checked as every observed file is (throws an `ObservedDataError` naming each problem). */
export function parseObservedText(def: ObservedFileDef, text: string): ObservedFile {
  return loadObserved(def.file, text);
}
