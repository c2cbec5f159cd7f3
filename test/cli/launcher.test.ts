/**
 * `npx border-sim` runs border-sim under npm. A signal sent to npx alone must stop border-sim
 * too (before, SIGTERM to npx left border-sim running as an orphan that wrote its folder 16 s
 * later, and SIGINT to npx alone was not passed on): the repository's .npmrc has npm start it
 * directly (no shell in between), so npm passes SIGINT and SIGTERM on; and when what started
 * it is gone (npx killed, or the shell npm starts elsewhere), border-sim stops by itself.
 * Started directly (not by npm), it outlives its parent, as `nohup` users expect.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launcherProcesses } from '../../cli/launcherWatch.ts';
import { listFiles, ROOT, tempDir } from './runCli.ts';

const LONG = ['run', 'baseline', '--reps', '200', '--workers', '1'];

/** The process ids whose parent is `pid`. */
const childrenOf = (pid: number) => execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map(Number).filter((p) => p > 0);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const commandOf = (pid: number) => execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }).trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `npx [npxOptions] border-sim ...args` in the repository and waits until border-sim is running replications; returns npx and border-sim's process ids. */
async function startWithNpx(args: string[], npxOptions: string[] = []): Promise<{ npx: ChildProcess; real: number; closed: Promise<void> }> {
  const npx = spawn('npx', [...npxOptions, 'border-sim', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const closed = new Promise<void>((resolve) => npx.on('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let text = '';
    npx.stderr!.on('data', (d) => {
      text += d;
      if (text.includes('border-sim: running')) resolve();
    });
    void closed.then(() => reject(new Error(`npx ended early: ${text}`)));
  });
  // npm's child is border-sim itself, or the shell that runs it.
  let [real] = childrenOf(npx.pid!);
  if (/^(sh|dash|bash)$/.test(commandOf(real!))) [real] = childrenOf(real!);
  return { npx, real: real!, closed };
}

/** Waits up to `seconds` for process `pid` to end; returns the seconds it took. */
async function endsWithin(pid: number, seconds: number): Promise<number> {
  const started = performance.now();
  while (alive(pid)) {
    if (performance.now() - started > seconds * 1000) {
      process.kill(pid, 'SIGKILL'); // the test's own process: do not leave it running
      throw new Error(`border-sim (pid ${pid}) was still running ${seconds} s later`);
    }
    await sleep(50);
  }
  return (performance.now() - started) / 1000;
}

describe('border-sim started by npx', () => {
  it('runs directly under npm in this repository, with no shell in between', async () => {
    const out = join(tempDir(), 'results');
    const { npx, real, closed } = await startWithNpx([...LONG, '--out', out]);
    try {
      expect(childrenOf(npx.pid!)).toEqual([real]);
      expect(commandOf(real)).toBe('node');
    } finally {
      npx.kill('SIGTERM');
      await endsWithin(real, 5);
      await closed;
    }
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops, writing nothing, when ${signal} is sent to npx alone`, async () => {
      const out = join(tempDir(), 'results');
      const { npx, real, closed } = await startWithNpx([...LONG, '--out', out]);
      npx.kill(signal);
      expect(await endsWithin(real, 5)).toBeLessThan(3);
      await closed;
      expect(existsSync(out) ? listFiles(out) : []).toEqual([]);
    });
  }

  it('stops, writing nothing, when npx is killed outright (SIGKILL)', async () => {
    const out = join(tempDir(), 'results');
    const { npx, real } = await startWithNpx([...LONG, '--out', out]);
    npx.kill('SIGKILL');
    expect(await endsWithin(real, 5)).toBeLessThan(3);
    expect(existsSync(out) ? listFiles(out) : []).toEqual([]);
  });

  it('stops too where npm starts it through sh (outside this repository), whether npx is stopped or killed', async () => {
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      const out = join(tempDir(), 'results');
      const { npx, real } = await startWithNpx([...LONG, '--out', out], ['--script-shell=sh']);
      expect(childrenOf(npx.pid!)).not.toEqual([real]); // a shell in between
      npx.kill(signal);
      expect(await endsWithin(real, 5), signal).toBeLessThan(3);
      expect(existsSync(out) ? listFiles(out) : [], signal).toEqual([]);
    }
  });
});

describe('border-sim started directly', () => {
  it('watches no launcher when its parent is not npm, even with npm in its environment', () => {
    // This test's process was started by vitest (node), whatever started vitest.
    expect(launcherProcesses()).toEqual([]);
  });

  it('outlives the shell that started it in the background, as nohup users expect', async () => {
    const parent = tempDir();
    const out = join(parent, 'results');
    const bin = join(ROOT, 'bin/border-sim.mjs');
    // The shell starts border-sim in the background and exits at once.
    execFileSync('sh', ['-c', `"${process.execPath}" "${bin}" run baseline --days 3 --reps 1 --workers 1 --quiet --out "${out}" >/dev/null 2>&1 &`], { cwd: ROOT });
    const started = performance.now();
    while (!existsSync(join(out, 'run.json'))) {
      expect(performance.now() - started, 'border-sim did not finish its run').toBeLessThan(120_000);
      await sleep(200);
    }
    expect(readdirSync(out)).toContain('summary.json');
  });
});
