/**
 * `npm run bench`: the performance figures of the project, measured in one process run.
 * Prints readable lines, then as its last line one JSON object: the kernel figures at the
 * top level (customersPerSec, eventsPerSec, simpyCustomersPerSec, ratioVsSimpy, wq,
 * erlangCWq), the model figures under "model", peak memory under "memory", the command's
 * start-up from its bundle and from the sources under "cli", the time to the
 * browser app's first picture under "firstPicture", and the browser app's figures under
 * "browser" (lever change to answer, stale work stopped, longest main-thread task; both
 * null without Chromium).
 */
import { benchKernel } from './kernel.ts';
import { benchModel } from './model.ts';
import { benchMemory } from './memory.ts';
import { benchBrowser } from './browser.ts';
import { benchCli } from './cli.ts';

const kernel = benchKernel();
const model = await benchModel();
const memory = await benchMemory();
const cli = benchCli();
const browser = await benchBrowser();
console.log(JSON.stringify({ ...kernel, model, memory, cli, firstPicture: browser?.firstPicture ?? null, browser }));
