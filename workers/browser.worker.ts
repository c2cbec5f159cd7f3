/**
 * Browser Web Worker entry: exposes the simulation worker API with comlink over `self`,
 * exactly as the Node worker thread does over its parent port. zod runs without its
 * `new Function` fast path, so the page's Content-Security-Policy needs no 'unsafe-eval'.
 */
import * as Comlink from 'comlink';
import { z } from 'zod';
import { simWorkerApi } from './api.ts';

z.config({ jitless: true });
Comlink.expose(simWorkerApi);
