/**
 * `npm run bench`: the performance figures of the project, measured in one process run.
 * Prints readable lines, then as its last line one JSON object: the kernel figures at the
 * top level (customersPerSec, eventsPerSec, simpyCustomersPerSec, ratioVsSimpy, wq,
 * erlangCWq), the model figures under "model", peak memory under "memory", and the time to
 * the browser app's first picture under "firstPicture" (null without Chromium).
 */
import { benchKernel } from './kernel.ts';
import { benchModel } from './model.ts';
import { benchMemory } from './memory.ts';
import { benchFirstPicture } from './firstPicture.ts';

const kernel = benchKernel();
const model = await benchModel();
const memory = await benchMemory();
const firstPicture = await benchFirstPicture();
console.log(JSON.stringify({ ...kernel, model, memory, firstPicture }));
