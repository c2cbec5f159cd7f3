/**
 * The model worker: validates scenario input for the page, so the zod schema is built and run
 * off the main thread. The first import turns zod's `new Function` fast path off (the page's
 * Content-Security-Policy has no 'unsafe-eval').
 */
import '../../workers/zodJitless.ts';
import * as Comlink from 'comlink';
import type { Validation } from '../state/modelInfo.ts';
import { validateInput } from './validateInput.ts';

const api = {
  /** Validates each input; answers in the same order. */
  validate(inputs: readonly unknown[]): Validation[] {
    return inputs.map(validateInput);
  },
};

/** The model worker's API. */
export type ModelWorkerApi = typeof api;

Comlink.expose(api);
