// Worker-thread bootstrap: Node 20 cannot start a .ts worker directly, so this plain
// module registers tsx inside the worker and then imports the TypeScript entry given
// as workerData.entry (a file URL). A JavaScript entry (the bundled worker of build/cli/)
// needs no loader and is imported as it is.
import { workerData } from 'node:worker_threads';

if (!/\.m?js$/.test(workerData.entry)) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
