// Using border-sim from a script: run a preset, then compare it with a variant using
// common random numbers. Run it with: node bin/tsnode.mjs docs/examples/library.ts
import { compareScenarios, loadScenario, runScenario } from 'border-sim';

// A preset name, a path to a scenario JSON file, or scenario data all work.
const { scenario } = loadScenario('baseline');
console.log(`baseline: ${scenario.days} days from ${scenario.startDate}`);

// Three replications of the first 10 days (short, to keep the example quick);
// replication k uses seed 1 and index k.
const run = await runScenario('baseline', { reps: 3, days: 10, seed: 1 });
const custody = run.summary.metrics['bp.occupancy.mean'];
console.log(`Border Patrol custody, mean: ${custody.mean.toFixed(1)} people (95% CI ${custody.ci95[0].toFixed(1)} to ${custody.ci95[1].toFixed(1)})`);

// The same 10 days with 20,000 more detention beds. Each metric's difference from the
// first scenario comes with a paired 95% confidence interval.
const { comparisons } = await compareScenarios(['baseline', { base: 'baseline', detention: { beds: 61500 } }], { reps: 3, days: 10, seed: 1 });
const d = comparisons[0].metrics['detention.occupancy.mean'];
console.log(`ICE detention, mean, more beds minus baseline: ${d.mean.toFixed(1)} people (95% CI ${d.ci95[0].toFixed(1)} to ${d.ci95[1].toFixed(1)})`);
