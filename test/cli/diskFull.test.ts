/**
 * A disk that fills while the result folder is written: the message names the file and the
 * space the folder needs, no partial folder is left, and the results are still printed (before:
 * "ENOSPC ... write" naming no file, half a folder, no table; the run was lost). The disk is
 * a real one: a 48 kB tmpfs mounted in a private mount namespace (unshare), so nothing outside
 * the test sees it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './runCli.ts';

const asRoot = process.getuid?.() === 0;
/** unshare's options for a private mount namespace this user may mount in. */
const UNSHARE = asRoot ? ['--mount'] : ['--user', '--map-root-user', '--mount'];

/** Why a small file system cannot be mounted here, or null. */
function noTmpfs(): string | null {
  const probe = tempDir();
  const r = spawnSync('unshare', [...UNSHARE, 'sh', '-c', 'mount -t tmpfs -o size=48k tmpfs "$1"', 'sh', probe], { encoding: 'utf8' });
  if (r.error) return `unshare cannot run (${r.error.message})`;
  return r.status === 0 ? null : `cannot mount a tmpfs in a private mount namespace (${r.stderr.trim()})`;
}

const missing = noTmpfs();
if (missing) process.stderr.write(`\n*** SKIPPED: the full-disk test (test/cli/diskFull.test.ts) did not run: ${missing}. ***\n\n`);

/** Runs border-sim with `mount` a fresh 48 kB tmpfs, then lists what is left on it. */
function onFullDisk(args: (mount: string) => string[]): { code: number; stdout: string; stderr: string; left: string[] } {
  const mount = tempDir();
  const script = 'mount -t tmpfs -o size=48k tmpfs "$1" || exit 99; shift; "$@"; code=$?; echo "::left:: $(ls -A "$M")"; exit $code';
  const r = spawnSync('unshare', [...UNSHARE, 'env', `M=${mount}`, 'sh', '-c', script, 'sh', mount, process.execPath, join(ROOT, 'bin/border-sim.mjs'), ...args(mount)], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  const marker = /::left:: (.*)\n?$/.exec(r.stdout);
  return { code: r.status ?? -1, stdout: r.stdout.replace(/::left:: .*\n?$/, ''), stderr: r.stderr, left: marker?.[1]?.split(/\s+/).filter(Boolean) ?? ['(not listed)'] };
}

describe.skipIf(missing !== null)('border-sim when the disk fills while writing --out', () => {
  it('names the file and the space needed, leaves no folder, and still prints the results', () => {
    const r = onFullDisk((mount) => ['run', 'baseline', '--days', '10', '--reps', '3', '--workers', '1', '--quiet', '--out', join(mount, 'results')]);
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length, r.stderr).toBe(1);
    expect(lines[0]).toMatch(/^border-sim: error: --out .*results: no space left on the device while writing (summary\.json|summary\.csv|timeseries\.csv|scenarios\/baseline\.json): the result folder needs \d+ kB, \d+ kB are free; nothing was written$/);
    expect(r.stdout).toMatch(/^baseline \(3 replications, seed 1\)\nmetric +unit +mean +95% CI/);
    expect(r.left).toEqual([]);
  });

  it('writes no part file of a shard when the disk is full, and says so', () => {
    const r = onFullDisk((mount) => ['run', 'baseline', '--days', '120', '--reps', '2', '--workers', '1', '--quiet', '--shard', '1/1', '--out', join(mount, 'parts')]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^border-sim: error: --out .*parts: cannot write part-1-of-1\.json \(no space left on the device\); no part file was written, run the shard again\n$/);
    expect(r.left).toEqual(['parts']);
  });
});
