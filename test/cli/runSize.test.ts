/**
 * Runs too large to hold are refused up front, with the estimate, instead of dying of V8's
 * out-of-memory error (exit 134 and a native stack) after minutes: a billion replications, a
 * sweep of a million grid points, a shard whose part file would not fit in a string. Shard
 * counts are bounded so that a part file always reads back.
 */
import { describe, expect, it } from 'vitest';
import { expectOneLineError, runCli, tempDir } from './runCli.ts';

/** Runs the CLI and returns the result and how long it took. */
async function timed(args: string[]) {
  const started = performance.now();
  const r = await runCli(args);
  return { r, seconds: (performance.now() - started) / 1000 };
}

describe('border-sim with counts too large to hold', () => {
  it('refuses a billion replications at once, with the estimated memory', async () => {
    const { r, seconds } = await timed(['run', 'baseline', '--reps', '1000000000', '--days', '1']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/1,000,000,000 replications of 1 scenario \(1 day\) would hold about 8\.4 TB of results in memory; expected at most 1\.0 GB/);
    expect(seconds).toBeLessThan(30);
  });

  it('refuses a 1000 x 1000 sweep before building its grid', async () => {
    const values = Array.from({ length: 1000 }, (_, i) => i).join(',');
    const { r, seconds } = await timed(['sweep', 'baseline', '--set', `detention.beds=${values}`, '--set', `court.judges=${values}`, '--days', '1']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/a grid of 1,000,000 points x 10 replications of 1 day would hold about 84 GB of results in memory/);
    expect(seconds).toBeLessThan(30);
  });

  it('refuses a shard whose part file would be too large, saying how many shards would do', async () => {
    const r = await runCli(['run', 'baseline', '--reps', '3000', '--days', '365', '--shard', '1/1', '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--shard 1\/1: each part file would be about 296 MB; expected at most 250 MB: use more shards \(n >= 2\)/);
  });

  it('refuses a shard count beyond what a merge can read, instead of writing a part merge calls damaged', async () => {
    for (const shard of ['1/99999999999999999999', '1/100001']) {
      const r = await runCli(['run', 'baseline', '--reps', '1', '--days', '1', '--shard', shard, '--out', tempDir()]);
      expect(r.code, shard).toBe(2);
      expect(expectOneLineError(r)).toContain(`'${shard}' is invalid. expected i/n with 1 <= i <= n <= 100000`);
    }
  });
});
