/** The model worker as the {@link ModelClient}'s batch validator: started on first use. */
import * as Comlink from 'comlink';
import type { ModelWorkerApi } from './model.worker.ts';
import type { ValidateBatch } from './modelClient.ts';

/** Creates the model worker (bundled by Vite as a module worker). */
export function createModelWorker(): Worker {
  return new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'model' });
}

/** Batches to the model worker, started on first use; a worker that fails to load fails every call instead of leaving it waiting. */
export function modelWorkerBatch(): ValidateBatch {
  let api: Comlink.Remote<ModelWorkerApi> | null = null;
  let failed: Promise<never> = new Promise<never>(() => {});
  return (inputs) => {
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
    return Promise.race([api.validate(inputs), failed]);
  };
}
