// Worker-thread bootstrap: Node 20 cannot start a .ts worker directly, so this plain
// module registers tsx inside the worker and then imports the TypeScript entry given
// as workerData.entry (a file URL).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
