/**
 * `npm run bench`: the performance figures of the project, measured in one process run.
 * Prints readable lines, then as its last line one JSON object.
 */
import { benchKernel } from './kernel.ts';

const kernel = benchKernel();
console.log(JSON.stringify(kernel));
