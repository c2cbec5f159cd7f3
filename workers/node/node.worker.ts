/**
 * Node worker-thread entry: exposes the simulation worker API over the thread's parent
 * port with comlink, exactly as the browser worker does over `self`. Started by
 * {@link NodePool} through the tsx bootstrap `bin/ts-worker.mjs`.
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { simWorkerApi } from '../api.ts';

if (!parentPort) throw new Error('node.worker.ts must run in a worker thread');
Comlink.expose(simWorkerApi, nodeEndpoint(parentPort));
