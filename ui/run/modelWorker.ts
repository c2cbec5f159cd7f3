/** The model worker, shared by the {@link ModelClient}'s batch validator and the checker of published data files: started on first use. */
import * as Comlink from 'comlink';
import type { ObservedFile } from '../../sim/observed/parseObserved.ts';
import type { ModelWorkerApi } from './model.worker.ts';
import type { ValidateBatch } from './modelClient.ts';

/** Creates the model worker (bundled by Vite as a module worker). */
export function createModelWorker(): Worker {
  return new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'model' });
}

/** The model worker's two uses, sharing one worker. */
export interface ModelWorker {
  readonly validate: ValidateBatch;
  /** Parses and checks an observed-data file's text (rejects naming each problem). */
  readonly parseObserved: (file: string, text: string) => Promise<ObservedFile>;
}

/** The model worker, started on first use; a worker that fails to load fails every call instead of leaving it waiting. */
export function modelWorker(): ModelWorker {
  let api: Comlink.Remote<ModelWorkerApi> | null = null;
  let failed: Promise<never> = new Promise<never>(() => {});
  const started = (): Comlink.Remote<ModelWorkerApi> => {
    if (!api) {
      const worker = createModelWorker();
      api = Comlink.wrap<ModelWorkerApi>(worker);
      failed = new Promise<never>((_, reject) =>
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          reject(new Error(`the model worker stopped (${event.message || 'it failed to load'})`));
        }),
      );
      failed.catch(() => {});
    }
    return api;
  };
  return {
    validate: (inputs) => Promise.race([started().validate(inputs), failed]),
    parseObserved: (file, text) => Promise.race([started().parseObserved(file, text), failed]),
  };
}
