import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli, tempDir, expectOneLineError, listFiles, ROOT, type CliResult } from './runCli.ts';

const failing = { BORDER_SIM_WORKER_ENTRY: pathToFileURL(join(ROOT, 'test/cli/fixtures/failingWorker.ts')).href };

describe('border-sim run when a replication fails', () => {
  let out: string;
  let result: CliResult;
  beforeAll(async () => {
    out = join(tempDir(), 'results');
    result = await runCli(['run', 'baseline', '--days', '5', '--reps', '3', '--seed', '17', '--workers', '2', '--quiet', '--out', out], failing);
  });

  it('exits with 1 and names the replication and seed that failed, with the command to reproduce it', () => {
    expect(result.code).toBe(1);
    const line = expectOneLineError(result);
    expect(line).toMatch(/replication 1 \(seed 17\) of 'baseline' failed: injected fault on day 3/);
    expect(line).toMatch(/border-sim run baseline --seed 17 --replication 1 --days 5/);
  });

  it('writes no output files, and removes the --out folder it created', () => {
    expect(existsSync(out) ? listFiles(out) : []).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });
});
