/**
 * Where results go, when things go wrong: standard output or error that cannot be written, an
 * empty --out, a folder that already holds another result or is in use by another run, two
 * scenarios whose names make the same file name, a run killed while writing.
 */
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, listFiles, ROOT, runCli, startCli, tempDir, type CliResult } from './runCli.ts';

const QUICK = ['--days', '2', '--reps', '2', '--workers', '1'];

/** Runs the CLI with its stdout or stderr on /dev/full (every write fails with ENOSPC). */
function withFullStream(args: string[], stream: 'stdout' | 'stderr'): Promise<CliResult> {
  const full = openSync('/dev/full', 'w');
  const stdio: ['ignore', 'pipe' | number, 'pipe' | number] = stream === 'stdout' ? ['ignore', full, 'pipe'] : ['ignore', 'pipe', full];
  const child = spawn(process.execPath, [join(ROOT, 'bin/border-sim.mjs'), ...args], { cwd: ROOT, stdio });
  closeSync(full);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** A process id that no process has (a child that has exited). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.on('close', r));
  return child.pid!;
}

describe('border-sim when standard output or error cannot be written', () => {
  it('says so in one line (exit 1), with no stack trace, when stdout is full', async () => {
    for (const args of [['schema'], ['list'], ['list', '--json'], ['run', 'baseline', ...QUICK, '--quiet', '--json']]) {
      const r = await withFullStream(args, 'stdout');
      expect(r.code, args.join(' ')).toBe(1);
      expect(expectOneLineError(r)).toMatch(/^border-sim: error: cannot write the output \(ENOSPC: no space left on device/);
    }
  });

  it('runs to the end and writes its folder when stderr is full', async () => {
    const out = join(tempDir(), 'results');
    const r = await withFullStream(['run', 'baseline', ...QUICK, '--out', out], 'stderr');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^baseline \(2 replications, seed 1\)/);
    expect(listFiles(out)).toEqual(['run.json', 'scenarios/baseline.json', 'summary.csv', 'summary.json', 'timeseries.csv']);
  });
});

describe('border-sim --out', () => {
  it('refuses an empty folder name (an unset variable in --out "$DIR"), instead of writing nothing silently', async () => {
    for (const shard of [[], ['--shard', '1/2']]) {
      const r = await runCli(['run', 'baseline', ...QUICK, '--out', '', ...shard]);
      expect(r.code).toBe(2);
      expect(expectOneLineError(r)).toMatch(/--out '': expected a folder path, got an empty one/);
    }
  });

  it('replaces an earlier result whole: no file of an earlier compare is left beside a new run', async () => {
    const out = join(tempDir(), 'results');
    const compare = await runCli(['compare', 'baseline', 'surge', ...QUICK, '--quiet', '--out', out]);
    expect(compare.code, compare.stderr).toBe(0);
    expect(listFiles(out)).toContain('comparison.csv');
    const run = await runCli(['run', 'baseline', ...QUICK, '--seed', '9', '--quiet', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(listFiles(out)).toEqual(['run.json', 'scenarios/baseline.json', 'summary.csv', 'summary.json', 'timeseries.csv']);
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).seed).toBe(9);
    expect(readdirSync(join(out, '..'))).toEqual(['results']);
  });

  it('refuses a folder that holds other files, instead of mixing results into it', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = await runCli(['run', 'baseline', ...QUICK, '--out', out]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/holds files that are not a border-sim result \('notes\.txt'\)/);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('refuses a second run into a folder in use, so two runs never mix their files', async () => {
    const out = join(tempDir(), 'results');
    const first = startCli(['run', 'baseline', '--days', '20', '--reps', '4', '--workers', '1', '--seed', '1', '--out', out]);
    await new Promise<void>((resolve) => {
      let text = '';
      first.child.stderr!.on('data', (d) => {
        text += d;
        if (text.includes('running')) resolve();
      });
    });
    const second = await runCli(['run', 'baseline', ...QUICK, '--seed', '2', '--out', out]);
    expect(second.code).toBe(2);
    expect(expectOneLineError(second)).toMatch(new RegExp(`--out .*results: the folder is in use by border-sim process ${first.child.pid} on ${hostname()}`));
    const r = await first.done;
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).seed).toBe(1);
    expect(readdirSync(join(out, '..'))).toEqual(['results']); // the lock is gone
  });

  it('takes over a lock left by a process that was killed', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, '.results.border-sim.lock'), JSON.stringify({ pid: await deadPid(), host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
    const r = await runCli(['run', 'baseline', ...QUICK, '--quiet', '--out', join(parent, 'results')]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(parent)).toEqual(['results']);
  });

  it('keeps a copy of every scenario when two names make the same file name', async () => {
    const dir = tempDir();
    for (const name of ['a b.json', 'a_b.json']) writeFileSync(join(dir, name), JSON.stringify({ base: 'baseline' }));
    const out = join(tempDir(), 'results');
    const r = await runCli(['compare', join(dir, 'a b.json'), join(dir, 'a_b.json'), ...QUICK, '--quiet', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(listFiles(out).filter((f) => f.startsWith('scenarios/'))).toEqual(['scenarios/a_b-2.json', 'scenarios/a_b.json']);
  });
});

describe('border-sim after a process was killed while writing (SIGKILL)', () => {
  it('removes the temporary files and folders that killed runs left, and never shows a half folder', async () => {
    const parent = tempDir();
    const out = join(parent, 'results');
    const parts = join(parent, 'parts');
    mkdirSync(parts);
    const host = hostname().replace(/[^\w.-]+/g, '_');
    const dead = await deadPid();
    // What SIGKILL during writing leaves: a result being built aside, and a part file's temporary file.
    mkdirSync(join(parent, `.results.result.${host}.${dead}.0.tmp`));
    writeFileSync(join(parent, `.results.result.${host}.${dead}.0.tmp`, 'summary.json'), '{"half');
    writeFileSync(join(parts, `.part-1-of-2.json.${host}.${dead}.3.tmp`), '{"format":"border-sim-part","ver');
    // One of another machine's process, which may still be writing: left alone.
    writeFileSync(join(parts, `.part-2-of-2.json.elsewhere.${dead}.0.tmp`), '');
    expect(existsSync(out)).toBe(false);
    const run = await runCli(['run', 'baseline', ...QUICK, '--quiet', '--out', out]);
    const shard = await runCli(['run', 'baseline', ...QUICK, '--quiet', '--shard', '1/2', '--out', parts]);
    expect([run.code, shard.code], run.stderr + shard.stderr).toEqual([0, 0]);
    expect(readdirSync(parent).sort()).toEqual(['parts', 'results']);
    expect(readdirSync(parts).sort()).toEqual(['.part-2-of-2.json.elsewhere.' + dead + '.0.tmp', 'part-1-of-2.json']);
  });

  it('leaves either no result folder or a complete one, whenever SIGKILL comes', async () => {
    const reference = join(tempDir(), 'reference');
    const args = ['run', 'baseline', '--days', '15', '--reps', '6', '--workers', '2', '--seed', '3'];
    const ok = await runCli([...args, '--quiet', '--out', reference]);
    expect(ok.code, ok.stderr).toBe(0);
    for (const delayMs of [0, 15]) {
      const parent = tempDir();
      const out = join(parent, 'results');
      const { child, done } = startCli([...args, '--out', out]);
      let text = '';
      child.stderr!.on('data', (d) => {
        text += d;
        // The instant the last replication is done, the files are being written.
        if (/replications done in/.test(text) && !child.killed) setTimeout(() => child.kill('SIGKILL'), delayMs);
      });
      await done;
      if (existsSync(out)) expect(listFiles(out), `killed ${delayMs} ms after the last replication`).toEqual(listFiles(reference));
      // Whatever it left beside the folder, the next run into it cleans up and succeeds.
      const again = await runCli([...args, '--quiet', '--out', out]);
      expect(again.code, again.stderr).toBe(0);
      expect(readdirSync(parent)).toEqual(['results']);
      for (const f of listFiles(reference)) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(reference, f), 'utf8'));
    }
  }, 300_000);
});

describe('border-sim --shard --out', () => {
  it('refuses, before running anything, a shard folder it cannot write in', async () => {
    const parent = tempDir();
    const locked = join(parent, 'parts');
    mkdirSync(locked);
    chmodSync(parent, 0o755);
    chmodSync(locked, 0o555);
    // As root permissions do not apply: run as an unprivileged user then.
    const asRoot = process.getuid?.() === 0;
    const child = spawn(process.execPath, [join(ROOT, 'bin/border-sim.mjs'), 'run', 'baseline', '--reps', '200', '--workers', '1', '--quiet', '--shard', '1/2', '--out', locked], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const started = performance.now();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(2);
    expect(stderr).toMatch(new RegExp(`--out ${locked}: cannot write in the folder \\(EACCES`));
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
