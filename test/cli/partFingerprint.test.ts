/**
 * Part files say what made them: the tool's version and the fingerprint of its model code
 * (every file under sim/), with the fingerprint of the resolved scenarios. `merge` refuses
 * parts of different builds (before: a shard from 0.1.0 and one from a build with a changed
 * model merged with exit 0, into numbers no single run gives), and a shard refuses to resume
 * over a part of another build. The other build here is a real one: a copy of the code with
 * one model file changed (or another version number), run as a separate command.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprintFolder, modelFingerprint } from '../../cli/modelFingerprint.ts';
import { expectOneLineError, ROOT, runCli, tempDir, type CliResult } from './runCli.ts';

/** A copy of the code as another build: `change` edits it (a model file, the version). */
function otherBuild(change: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'border-sim-build-'));
  for (const name of ['bin', 'cli', 'lib', 'sim', 'workers', 'scenarios', 'package.json']) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  change(root);
  return root;
}

/** Runs the command of the build at `root`. */
function runBuild(root: string, args: string[]): Promise<CliResult> {
  const child = spawn(process.execPath, [join(root, 'bin/border-sim.mjs'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

const SHARD = ['run', 'baseline', '--days', '3', '--reps', '2', '--seed', '4', '--workers', '1', '--quiet'];

describe('part files of different builds', () => {
  let changedModel: string;
  let newerVersion: string;
  beforeAll(() => {
    // A change to the model's code that a part file cannot show in its numbers: a comment.
    changedModel = otherBuild((root) => writeFileSync(join(root, 'sim/model/engine/world.ts'), `${readFileSync(join(root, 'sim/model/engine/world.ts'), 'utf8')}\n// changed\n`));
    newerVersion = otherBuild((root) => {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      writeFileSync(join(root, 'package.json'), JSON.stringify({ ...pkg, version: '0.2.0' }));
    });
  });

  it('are refused by merge when the model code differs, naming both fingerprints', async () => {
    const parts = tempDir();
    const [a, b] = await Promise.all([runCli([...SHARD, '--shard', '1/2', '--out', parts]), runBuild(changedModel, [...SHARD, '--shard', '2/2', '--out', parts])]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const m = await runCli(['merge', parts, '--out', join(tempDir(), 'merged')]);
    expect(m.code).toBe(2);
    const ours = modelFingerprint().slice(0, 12);
    const theirs = fingerprintFolder(join(changedModel, 'sim')).slice(0, 12);
    expect(theirs).not.toBe(ours);
    expect(expectOneLineError(m)).toMatch(new RegExp(`part-2-of-2\\.json' and '.*part-1-of-2\\.json' were made by different builds \\(model code ${theirs} against ${ours} \\(the same version 0\\.1\\.0, changed sources\\)\\)`));
  });

  it('are refused by merge when the version differs', async () => {
    const parts = tempDir();
    const [a, b] = await Promise.all([runCli([...SHARD, '--shard', '1/2', '--out', parts]), runBuild(newerVersion, [...SHARD, '--shard', '2/2', '--out', parts])]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const m = await runCli(['merge', parts, '--out', join(tempDir(), 'merged')]);
    expect(m.code).toBe(2);
    expect(expectOneLineError(m)).toMatch(/were made by different builds \(border-sim 0\.2\.0 against 0\.1\.0\)/);
  });

  it('are refused by a merge with another build than the one that made them all', async () => {
    const parts = tempDir();
    const runs = await Promise.all(['1/2', '2/2'].map((s) => runBuild(changedModel, [...SHARD, '--shard', s, '--out', parts])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const m = await runCli(['merge', parts, '--out', join(tempDir(), 'merged')]);
    expect(m.code).toBe(2);
    expect(expectOneLineError(m)).toMatch(/the parts were made by another build than this border-sim/);
    // The build that made them merges them.
    const own = await runBuild(changedModel, ['merge', parts, '--out', join(tempDir(), 'merged'), '--quiet']);
    expect(own.code, own.stderr).toBe(0);
  });

  it('are not resumed over: a shard refuses a part of the same shard made by another build', async () => {
    const parts = tempDir();
    const theirs = await runBuild(changedModel, [...SHARD, '--shard', '1/2', '--out', parts]);
    expect(theirs.code, theirs.stderr).toBe(0);
    const ours = await runCli([...SHARD, '--shard', '1/2', '--out', parts]);
    expect(ours.code).toBe(2);
    expect(expectOneLineError(ours)).toMatch(/part-1-of-2\.json exists but is not a complete part of this run: it was made by another build \(model code/);
  });
});

describe('the model fingerprint', () => {
  it('is recorded in run.json, so a result folder says which model code computed it', async () => {
    const out = join(tempDir(), 'results');
    const r = await runCli([...SHARD, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run.model).toBe(fingerprintFolder(join(ROOT, 'sim')));
    expect(run.model).toMatch(/^[0-9a-f]{64}$/);
  });

  it('covers every file under the folder, its name and content, and not how lines end', () => {
    const make = (files: Record<string, string>) => {
      const dir = tempDir();
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      return fingerprintFolder(dir);
    };
    const base = make({ 'a.ts': 'x\ny\n', 'model/b.ts': 'z\n' });
    expect(make({ 'a.ts': 'x\r\ny\r\n', 'model/b.ts': 'z\r\n' })).toBe(base);
    expect(make({ 'a.ts': 'x\ny\n', 'model/b.ts': 'z \n' })).not.toBe(base);
    expect(make({ 'a.ts': 'x\ny\n', 'model/c.ts': 'z\n' })).not.toBe(base);
    expect(make({ 'a.ts': 'x\ny\n', 'model/b.ts': 'z\n', 'model/new.ts': '' })).not.toBe(base);
  });
});
