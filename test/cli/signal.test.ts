import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startCli, tempDir, listFiles } from './runCli.ts';

/** Starts a run far too long to finish, waits until its workers are simulating, then signals it. */
async function interrupt(signal: NodeJS.Signals, extra: string[] = []) {
  const out = join(tempDir(), 'results');
  const { child, done } = startCli(['run', 'baseline', '--reps', '200', '--workers', '2', '--out', out, ...extra]);
  await new Promise<void>((resolve) => {
    let text = '';
    child.stderr!.on('data', (d) => {
      text += d;
      if (text.includes('running')) resolve();
    });
  });
  await new Promise((r) => setTimeout(r, 1500));
  const sent = performance.now();
  child.kill(signal);
  const result = await done;
  return { result, seconds: (performance.now() - sent) / 1000, out };
}

describe('border-sim on Ctrl-C', () => {
  it('stops promptly with exit code 130 and leaves no file behind', async () => {
    const { result, seconds, out } = await interrupt('SIGINT');
    expect(result.code).toBe(130);
    // The CLI exits at most 1 s after handling the signal (a fallback timer); the margin
    // covers process teardown on a loaded machine.
    expect(seconds).toBeLessThan(2);
    expect(result.stderr).toMatch(/interrupted by SIGINT/);
    expect(existsSync(out) ? listFiles(out) : []).toEqual([]);
  });

  it('stops on SIGTERM with exit code 143 and leaves no part file behind', async () => {
    const { result, out } = await interrupt('SIGTERM', ['--shard', '1/2']);
    expect(result.code).toBe(143);
    expect(existsSync(out) ? listFiles(out) : []).toEqual([]);
  });
});
