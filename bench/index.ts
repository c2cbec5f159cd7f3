/**
 * `npm run bench`: the performance figures of the project, measured in one process run.
 * Prints readable lines, then as its last line one JSON object: the kernel figures at the
 * top level (customersPerSec, eventsPerSec, simpyCustomersPerSec, ratioVsSimpy, wq,
 * erlangCWq), the model figures under "model".
 */
import { benchKernel } from './kernel.ts';
import { benchModel } from './model.ts';

const kernel = benchKernel();
const model = await benchModel();
console.log(JSON.stringify({ ...kernel, model }));
