import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli, tempDir, expectOneLineError, listFiles, ROOT } from './runCli.ts';

const failing = { BORDER_SIM_WORKER_ENTRY: pathToFileURL(join(ROOT, 'test/cli/fixtures/failingWorker.ts')).href };

describe('border-sim run when a replication fails', () => {
  it('exits with 1 and names the replication and seed that failed, with the command to reproduce it', async () => {
    const out = tempDir();
    const r = await runCli(['run', 'baseline', '--days', '10', '--reps', '3', '--seed', '17', '--workers', '2', '--quiet', '--out', out], failing);
    expect(r.code).toBe(1);
    const line = expectOneLineError(r);
    expect(line).toMatch(/replication 1 \(seed 17\) of 'baseline' failed: injected fault on day 3/);
    expect(line).toMatch(/border-sim run baseline --seed 17 --replication 1 --days 10/);
  });

  it('writes no output files', async () => {
    const out = join(tempDir(), 'results');
    await runCli(['run', 'baseline', '--days', '10', '--reps', '3', '--workers', '2', '--quiet', '--out', out], failing);
    expect(existsSync(out) ? listFiles(out) : []).toEqual([]);
  });
});
