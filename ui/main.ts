/**
 * Entry point of the browser app: starts the page over the real model and worker pool. The
 * workers start loading first, so the model is compiled in them while the page builds itself;
 * the page's own thread never builds the model's schema (see `state/modelInfo.ts`).
 */
import './styles.css';
import { App } from './app/app.ts';
import { byId } from './app/dom.ts';
import { BrowserPool } from '../workers/browserPool.ts';
import { ModelClient } from './run/modelClient.ts';
import { modelWorker } from './run/modelWorker.ts';
import { ReportClient } from './run/reportClient.ts';
import { modelInfo } from './state/modelInfo.ts';
import { FIRST_PICTURE_MARK } from './app/marks.ts';
import { nextTask } from './app/nextTask.ts';

function fail(error: unknown): void {
  const p = document.createElement('p');
  p.className = 'message message-error';
  p.textContent = `The app could not start: ${error instanceof Error ? error.message : String(error)}`;
  byId('messages').append(p);
}

/** Longest the page runs on one worker while it waits for its first picture, in ms. */
const ONE_WORKER_MS = 2000;

try {
  // One worker first: the model compiles in it (and in the model and report workers) while the
  // page builds itself, and the first picture does not share the cores with the other workers'
  // start. The others start once it is drawn.
  const pool = new BrowserPool();
  pool.warm(1);
  pool.limit(1);
  let seen: PerformanceObserver | null = null;
  let drawn = () => {};
  /** Settles once the first picture is drawn (or after ONE_WORKER_MS). */
  const firstPicture = new Promise<void>((resolve) => (drawn = resolve));
  const timer = setTimeout(() => all(), ONE_WORKER_MS);
  const all = () => {
    drawn();
    clearTimeout(timer);
    seen?.disconnect();
    pool.limit();
  };
  if (typeof PerformanceObserver === 'function') {
    seen = new PerformanceObserver((list) => {
      if (list.getEntriesByName(FIRST_PICTURE_MARK).length) all();
    });
    seen.observe({ type: 'mark' });
  }
  // The page builds itself over the next tasks, one part per task: this module's evaluation and
  // the start of the first simulation worker and the model worker already take a task of 40-60
  // ms of the main thread's wall time on a busy 2-core machine, and starting the report worker
  // and building the app in the same task made it 90-140 ms (the Long Tasks API's limit is 50).
  // The model worker starts in this task all the same: the first run waits for its check of the
  // scenario, and starting it a task later delayed the first picture by 130-160 ms.
  const worker = modelWorker();
  const models = new ModelClient(worker.validate);
  void models.validate({ base: 'baseline', name: 'baseline' }); // the model worker starts now
  const starting = async () => {
    await nextTask();
    const report = new ReportClient();
    await nextTask();
    // The published data's texts are read here and checked in the model worker, so zod never
    // loads on this thread; after the first picture, so the check does not take a core from it.
    const observedReader = async () => {
      await firstPicture;
      const { observedText } = await import('./observed/observedText.ts');
      return { observedText, parseObservedText: (def: { file: string }, text: string) => worker.parseObserved(def.file, text) };
    };
    const app = new App(modelInfo(), models, pool, report, observedReader);
    (globalThis as { borderSim?: App }).borderSim = app;
    await nextTask();
    await app.start();
  };
  starting().catch((error: unknown) => {
    fail(error);
    throw error;
  });
} catch (error) {
  fail(error);
  throw error;
}
