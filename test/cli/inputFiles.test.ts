/**
 * Files named on the command line, read as hostile input: only regular files, of bounded
 * size (before: `run /dev/zero` read 6 GB, and a pipe blocked the process where no signal
 * could stop it); a byte-order mark dropped as the browser's import drops it; a field given
 * twice refused with its path instead of silently losing the first; thousands of errors
 * summarised in a line of bounded length.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, runCli, tempDir, type CliResult } from './runCli.ts';

async function timed(args: string[]): Promise<CliResult & { seconds: number }> {
  const started = performance.now();
  const r = await runCli(args);
  return { ...r, seconds: (performance.now() - started) / 1000 };
}

/** A sparse file of `bytes` bytes (made at once, taking no disk space). */
function sparseFile(name: string, bytes: number): string {
  const path = join(tempDir(), name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

describe('border-sim with files that are not regular files, or too large', () => {
  it('refuses a device given as a scenario at once, instead of reading it without end', async () => {
    const r = await timed(['run', '/dev/zero', '--reps', '1', '--days', '1']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/scenario '\/dev\/zero': .*not a regular file \(a pipe, a device or a socket\)/);
    expect(r.seconds).toBeLessThan(30);
  });

  it('refuses a named pipe given as a scenario or a part file at once, instead of blocking on it', async () => {
    const fifo = join(tempDir(), 'scenario.json');
    execFileSync('mkfifo', [fifo]);
    const run = await timed(['validate', fifo]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a regular file/);
    const merge = await timed(['merge', fifo, '--out', join(tempDir(), 'merged')]);
    expect(merge.code).toBe(2);
    expect(expectOneLineError(merge)).toMatch(/part file '.*scenario\.json': not a regular file/);
    expect(run.seconds + merge.seconds).toBeLessThan(60);
  });

  it('refuses a part file read from /dev/urandom at once', async () => {
    const r = await timed(['merge', '/dev/urandom', '--out', join(tempDir(), 'merged')]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/part file '\/dev\/urandom': not a regular file/);
  });

  it('refuses a scenario file and a part file larger than their caps, saying how large', async () => {
    const scenario = await runCli(['validate', sparseFile('big.json', 17 * 1024 * 1024)]);
    expect(scenario.code).toBe(2);
    expect(scenario.stderr).toMatch(/too large \(18 MB; expected at most 17 MB\)/);
    const part = await runCli(['merge', sparseFile('part-1-of-1.json', 300e6), '--out', join(tempDir(), 'merged')]);
    expect(part.code).toBe(2);
    expect(expectOneLineError(part)).toMatch(/part-1-of-1\.json': too large \(300 MB; expected at most 250 MB\)/);
  });
});

describe('border-sim reading scenario JSON', () => {
  it('accepts a file that starts with a UTF-8 byte-order mark, as the browser does', async () => {
    const file = join(tempDir(), 'bom.json');
    writeFileSync(file, `\ufeff${JSON.stringify({ base: 'baseline', detention: { beds: 30000 } })}`);
    const r = await runCli(['validate', file]);
    expect([r.code, r.stdout.trim()], r.stderr).toEqual([0, `${file}: valid`]);
  });

  it('shows an invisible character in a message as an escape, never as itself', async () => {
    const file = join(tempDir(), 'two-marks.json');
    writeFileSync(file, `\ufeff\ufeff{}`);
    const r = await runCli(['run', file]);
    expect(r.code).toBe(2);
    const line = expectOneLineError(r);
    expect(line).not.toContain('\ufeff');
    expect(line).toContain('\\ufeff');
  });

  it('refuses a field given twice, naming its path, instead of keeping only the last', async () => {
    const file = join(tempDir(), 'twice.json');
    writeFileSync(file, '{"base": "baseline", "detention": {"beds": 1000}, "detention": {"removalsPerDay": 5}}');
    const r = await runCli(['run', file, '--days', '1']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/twice\.json': detention: the field is given twice in one object .*expected each field once/);
    writeFileSync(file, '{"base": "baseline", "policy": {"rules": [{"rule": "parole"}, {"rule": "detain", "share": 0.5, "share": 1}]}}');
    const nested = await runCli(['validate', file]);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toMatch(/policy\.rules\.1\.share: the field is given twice/);
  });

  it('summarises hundreds of errors in one short line, and validate lists the first hundred', async () => {
    // 100 rules (the most a policy may have), each with seven bad numbers: 700 errors.
    const bad = { rule: 'parole', share: 2, atdShare: 2, maxPerDay: -1, when: { bpOccupancyAbove: -1, bpOccupancyBelow: -1, detentionOccupancyBelow: -1, apprehensionsPerDayAbove: -1 } };
    const file = join(tempDir(), 'shares.json');
    writeFileSync(file, JSON.stringify({ base: 'baseline', policy: { rules: Array.from({ length: 100 }, () => bad) } }));
    const r = await runCli(['run', file, '--days', '1']);
    expect(r.code).toBe(2);
    const line = expectOneLineError(r);
    expect(line.length).toBeLessThan(2000);
    expect(line).toMatch(/; and 695 more \(border-sim validate lists them all\)$/);
    const v = await runCli(['validate', file]);
    expect(v.code).toBe(2);
    const lines = v.stderr.trim().split('\n');
    expect(lines.length).toBe(102);
    expect(lines[100]).toMatch(/and 600 more errors in .*shares\.json$/);
    expect(v.stderr.length).toBeLessThan(40_000);
  });
});
