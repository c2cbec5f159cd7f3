import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, expectOneLineError, tempDir } from './runCli.ts';

/** Bad input: exit code 2 and one line naming the flag or field, the value and what was expected. */
describe('border-sim bad input', () => {
  it('rejects an unknown flag', async () => {
    const r = await runCli(['run', 'baseline', '--repz', '3']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/unknown option '--repz'/);
  });

  it('rejects an unknown command', async () => {
    const r = await runCli(['rnu', 'baseline']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/unknown command 'rnu'/);
  });

  it('rejects a count that is not a positive integer, naming the flag, value and expectation', async () => {
    for (const [flag, value] of [['--reps', 'abc'], ['--reps', '0'], ['--workers', '-1'], ['--days', '2.5']]) {
      const r = await runCli(['run', 'baseline', flag, value]);
      expect(r.code).toBe(2);
      const line = expectOneLineError(r);
      expect(line).toContain(flag);
      expect(line).toContain(`'${value}'`);
      expect(line).toMatch(/expected a positive integer/);
    }
  });

  it('rejects a replication index that is not an integer from 0 up', async () => {
    const r = await runCli(['run', 'baseline', '--replication', '-1']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--replication.*'-1'.*expected an integer >= 0/);
  });

  it('rejects a seed out of range', async () => {
    const r = await runCli(['run', 'baseline', '--seed', '4294967296']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--seed.*'4294967296'.*expected an integer from 0 to 4294967295/);
  });

  it('rejects a shard outside 1..n', async () => {
    const r = await runCli(['run', 'baseline', '--shard', '5/4', '--out', 'x']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--shard.*'5\/4'.*expected i\/n with 1 <= i <= n/);
  });

  it('rejects --shard without --out', async () => {
    const r = await runCli(['run', 'baseline', '--shard', '1/4', '--days', '5']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--shard needs --out/);
  });

  it('rejects a scenario that is neither a preset nor a file, listing the presets', async () => {
    const r = await runCli(['run', 'no-such-scenario']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/scenario 'no-such-scenario': not a preset \(baseline.*\) and not a readable JSON file \(no such file\)/);
  });

  it('rejects an invalid scenario before running anything', async () => {
    const r = await runCli(['run', 'test/cli/fixtures/invalid.json', '--days', '5']);
    expect(r.code).toBe(2);
    const line = expectOneLineError(r);
    expect(line).toMatch(/invalid\.json' is invalid: detention\.beds: .*-1/);
  });

  it('rejects an output folder that cannot be created, before running anything', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const r = await runCli(['run', 'baseline', '--days', '2', '--out', join(file, 'results')]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--out .*a-file\/results: cannot create the folder \('.*a-file' is a file, not a folder\)/);
  });

  it('rejects a missing scenario argument', async () => {
    const r = await runCli(['run']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/missing required argument 'scenario'/);
  });

  it('prints help with exit code 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['run', 'compare', 'sweep', 'merge', 'validate', 'schema', 'list']) expect(r.stdout).toMatch(new RegExp(`^  ${cmd} `, 'm'));
  });
});
