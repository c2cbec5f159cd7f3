/**
 * Determinism across machines: a `compare` and a `sweep` split into shards (each run as its own
 * process, with different worker counts, as a job array would) and merged give exactly the
 * files, byte for byte, of the same command run whole. A shard that gets no replication (more
 * shards than replications) still merges. (`run` with shards: test/cli/merge.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, runCli, tempDir } from '../cli/runCli.ts';

/** Runs `args` whole and as `n` shards (worker counts cycling 1, 2, 4), merges, and returns both folders. */
async function wholeAndSharded(args: string[], n: number): Promise<{ whole: string; merged: string; parts: string }> {
  const whole = tempDir();
  const parts = tempDir();
  const merged = tempDir();
  const runs = await Promise.all([
    runCli([...args, '--workers', '4', '--quiet', '--out', whole]),
    ...Array.from({ length: n }, (_, i) => runCli([...args, '--workers', String([1, 2, 4][i % 3]), '--quiet', '--shard', `${i + 1}/${n}`, '--out', parts])),
  ]);
  for (const r of runs) expect(r.code, r.stderr).toBe(0);
  const m = await runCli(['merge', parts, '--out', merged, '--quiet']);
  expect(m.code, m.stderr).toBe(0);
  return { whole, merged, parts };
}

function expectSameFiles(a: string, b: string): void {
  expect(listFiles(b)).toEqual(listFiles(a));
  for (const f of listFiles(a)) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
}

describe('sharded runs merged', () => {
  it('give a compare identical to the whole run, time series and differences included', async () => {
    const { whole, merged } = await wholeAndSharded(['compare', 'baseline', 'detention-cut', '--days', '3', '--reps', '2', '--seed', '31'], 3);
    expect(listFiles(whole)).toEqual(expect.arrayContaining(['comparison.csv', 'summary.json', 'timeseries.csv']));
    expectSameFiles(whole, merged);
  });

  it('give a sweep identical to the whole run, even with a shard left empty', async () => {
    // 3 grid points x 1 replication = 3 units over 4 shards: shard 4 gets none.
    const { whole, merged, parts } = await wholeAndSharded(['sweep', 'baseline', '--set', 'detention.beds=0,20000,80000', '--days', '3', '--reps', '1', '--seed', '8'], 4);
    expect(listFiles(parts)).toEqual(['part-1-of-4.json', 'part-2-of-4.json', 'part-3-of-4.json', 'part-4-of-4.json']);
    expect(listFiles(whole)).toEqual(expect.arrayContaining(['sweep.csv', 'sweep.json']));
    expectSameFiles(whole, merged);
  });
});
