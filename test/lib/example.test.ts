import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compareScenarios, runScenario } from '../../lib/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('docs/examples/library.ts', () => {
  it('runs and prints the numbers the library gives for the same calls', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/tsnode.mjs', 'docs/examples/library.ts'], { cwd: root });
    const run = await runScenario('baseline', { reps: 3, days: 10, seed: 1, workers: 2 });
    const c = run.summary.metrics['bp.occupancy.mean'];
    const { comparisons } = await compareScenarios(['baseline', { base: 'baseline', detention: { beds: 61500 } }], { reps: 3, days: 10, seed: 1, workers: 2 });
    const d = comparisons[0].metrics['detention.occupancy.mean'];
    expect(stdout).toBe(
      `baseline: ${run.scenario.scenario.days} days from ${run.scenario.scenario.startDate}\n` +
        `Border Patrol custody, mean: ${c.mean.toFixed(1)} people (95% CI ${c.ci95[0].toFixed(1)} to ${c.ci95[1].toFixed(1)})\n` +
        `ICE detention, mean, more beds minus baseline: ${d.mean.toFixed(1)} people (95% CI ${d.ci95[0].toFixed(1)} to ${d.ci95[1].toFixed(1)})\n`,
    );
  });
});
