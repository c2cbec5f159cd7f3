/**
 * The model worker: validates scenario input and checks the published data files for the
 * page, so zod and the scenario schema are built and run off the main thread. The first
 * import turns zod's `new Function` fast path off (the page's Content-Security-Policy has no
 * 'unsafe-eval').
 */
import '../../workers/zodJitless.ts';
import * as Comlink from 'comlink';
import type { Validation } from '../state/modelInfo.ts';
import { loadObserved, type ObservedFile } from '../../sim/observed/parseObserved.ts';
import { validateInput } from './validateInput.ts';

const api = {
  /** Validates each input; answers in the same order. */
  validate(inputs: readonly unknown[]): Validation[] {
    return inputs.map(validateInput);
  },
  /** Parses and checks the text of the observed-data file `file` (throws naming each problem, as `loadObserved` does). */
  parseObserved(file: string, text: string): ObservedFile {
    return loadObserved(file, text);
  },
};

/** The model worker's API. */
export type ModelWorkerApi = typeof api;

Comlink.expose(api);
