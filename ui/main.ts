/** Entry point of the browser app: starts the page over the real model and worker pool. */
import { z } from 'zod';
import './styles.css';
import { App } from './app/app.ts';
import { byId } from './app/dom.ts';
import { BrowserPool } from './run/browserPool.ts';
import { ReportClient } from './run/reportClient.ts';
import { realModel } from './state/modelInfo.ts';

// zod's fast path compiles validators with `new Function`; the page's Content-Security-Policy
// forbids that (no 'unsafe-eval'), so validation runs without it.
z.config({ jitless: true });

try {
  const app = new App(realModel(), new BrowserPool(), new ReportClient());
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
