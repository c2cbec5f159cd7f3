/** Entry point of the browser app: starts the page over the real model and worker pool. */
import '../workers/zodJitless.ts';
import './styles.css';
import { App } from './app/app.ts';
import { byId } from './app/dom.ts';
import { BrowserPool } from '../workers/browserPool.ts';
import { ReportClient } from './run/reportClient.ts';
import { realModel } from './state/modelInfo.ts';

try {
  const pool = new BrowserPool();
  pool.warm(); // the workers load while the page builds itself
  const app = new App(realModel(), pool, new ReportClient());
  app.start();
  (globalThis as { borderSim?: App }).borderSim = app;
} catch (error) {
  const box = byId('messages');
  const p = document.createElement('p');
  p.className = 'message message-error';
  p.textContent = `The app could not start: ${error instanceof Error ? error.message : String(error)}`;
  box.append(p);
  throw error;
}
