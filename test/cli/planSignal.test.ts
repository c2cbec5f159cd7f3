/**
 * Signals while the command is still planning: a sweep of 90,000 grid points takes seconds to
 * check point by point, and Ctrl-C must stop it within a second (before, the main thread was
 * busy for 24 s and the signal waited). (Signals while replications run: signal.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startCli, tempDir } from './runCli.ts';

describe('border-sim on Ctrl-C while planning a large sweep', () => {
  it('stops within a second with exit code 130', async () => {
    const values = Array.from({ length: 300 }, (_, i) => 1000 + i).join(',');
    const { child, done } = startCli(['sweep', 'baseline', '--set', `detention.beds=${values}`, '--set', `court.judges=${values}`, '--days', '1', '--reps', '1', '--workers', '1', '--out', join(tempDir(), 'results')]);
    // Planning 90,000 points takes far longer than this; the CLI is up well before.
    await new Promise((r) => setTimeout(r, 4000));
    const sent = performance.now();
    child.kill('SIGINT');
    const r = await done;
    const seconds = (performance.now() - sent) / 1000;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/interrupted by SIGINT/);
    expect(seconds).toBeLessThan(1.5);
  });
});
