/**
 * Browser Web Worker entry: exposes the simulation worker API with comlink over `self`,
 * exactly as the Node worker thread does over its parent port. The first import turns off
 * zod's `new Function` fast path before the model's schemas are built, so a
 * Content-Security-Policy without 'unsafe-eval' holds in the worker too.
 */
import './zodJitless.ts';
import * as Comlink from 'comlink';
import { simWorkerApi } from './api.ts';

Comlink.expose(simWorkerApi);
