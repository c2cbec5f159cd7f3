/**
 * Faults on the command line, each produced for real: a worker thread that dies mid-run, a
 * model that throws (in a run, a shard and a sweep) or a worker that hangs, and SIGINT / SIGTERM during a sweep, a
 * compare and at random moments of a run. The CLI must name the replication and seed that
 * failed, exit 1 (130 / 143 on a signal) within a second of the signal, leave no file half
 * written, and let a sharded sweep resume where it stopped. (A model that throws in `run` and
 * Ctrl-C during `run`: test/cli/failure.test.ts and test/cli/signal.test.ts.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, listFiles, ROOT, runCli, startCli, tempDir, type CliResult } from '../cli/runCli.ts';

const faulty = (mode: 'throw' | 'exit' | 'hang', replication: number) => ({
  BORDER_SIM_WORKER_ENTRY: pathToFileURL(join(ROOT, 'test/faults/fixtures/faultyWorker.ts')).href,
  FAULT: mode,
  FAULT_REPLICATION: String(replication),
});

/** Files under `dir` (none if it does not exist). */
const filesIn = (dir: string) => (existsSync(dir) ? listFiles(dir) : []);

/** Starts the CLI, waits until it reports running and `afterMs` more, sends `signal`; returns the result and the seconds it took to exit. */
async function interruptAfterStart(args: string[], signal: NodeJS.Signals, afterMs: number): Promise<{ result: CliResult; seconds: number }> {
  const { child, done } = startCli(args);
  await new Promise<void>((resolve) => {
    let text = '';
    child.stderr!.on('data', (d) => {
      text += d;
      if (text.includes('running')) resolve();
    });
    void done.then(() => resolve());
  });
  await new Promise((r) => setTimeout(r, afterMs));
  const sent = performance.now();
  child.kill(signal);
  const result = await done;
  return { result, seconds: (performance.now() - sent) / 1000 };
}

describe('border-sim when a worker fails', () => {
  it('reports a worker thread that dies mid-run with the replication and seed, exits 1 and writes nothing', async () => {
    const out = join(tempDir(), 'results');
    const r = await runCli(['run', 'baseline', '--days', '8', '--reps', '4', '--seed', '23', '--workers', '2', '--quiet', '--out', out], faulty('exit', 2));
    expect(r.code).toBe(1);
    const line = expectOneLineError(r);
    expect(line).toMatch(/replication 2 \(seed 23\) of 'baseline' failed: worker stopped/);
    expect(line).toContain('border-sim run baseline --seed 23 --replication 2 --days 8');
    expect(filesIn(out)).toEqual([]);
  });

  it('writes no part file for a shard whose worker dies, and completes the shard when run again', async () => {
    const out = tempDir();
    const args = ['run', 'baseline', '--days', '5', '--reps', '4', '--seed', '3', '--workers', '1', '--quiet', '--shard', '1/2', '--out', out];
    const failed = await runCli(args, faulty('exit', 2)); // replications 0 and 2 belong to shard 1
    expect(failed.code).toBe(1);
    expect(expectOneLineError(failed)).toMatch(/replication 2 \(seed 3\)/);
    expect(filesIn(out)).toEqual([]);
    const again = await runCli(args);
    expect(again.code, again.stderr).toBe(0);
    expect(filesIn(out)).toEqual(['part-1-of-2.json']);
  });

  it('names the grid point, replication and seed when a replication of a sweep throws, and writes nothing', async () => {
    const out = join(tempDir(), 'results');
    const r = await runCli(['sweep', 'baseline', '--set', 'detention.beds=1000,2000', '--days', '6', '--reps', '2', '--seed', '9', '--workers', '2', '--quiet', '--out', out], faulty('throw', 1));
    expect(r.code).toBe(1);
    const line = expectOneLineError(r);
    expect(line).toMatch(/replication 1 \(seed 9\) of 'baseline\[detention\.beds=1000\]' failed: injected fault on day 3/);
    expect(filesIn(out)).toEqual([]);
  });
});

describe('border-sim when a worker hangs', () => {
  it('notices a replication that stops reporting, stops every worker and names it (exit 1), writing nothing', async () => {
    const out = join(tempDir(), 'results');
    const started = performance.now();
    // The watchdog's own limit is two minutes or more; BORDER_SIM_STALL_SECONDS shortens it.
    const r = await runCli(['run', 'baseline', '--days', '8', '--reps', '3', '--seed', '17', '--workers', '2', '--out', out], { ...faulty('hang', 1), BORDER_SIM_STALL_SECONDS: '10' });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^border-sim: error: replication 1 \(seed 17\) of 'baseline' failed: no progress for 10 s \(its worker seems to hang\); all workers were stopped \(reproduce it alone: border-sim run baseline --seed 17 --replication 1 --days 8\)$/);
    expect((performance.now() - started) / 1000).toBeLessThan(90);
    expect(filesIn(out)).toEqual([]);
  }, 150_000);
});

describe('border-sim on SIGINT and SIGTERM', () => {
  it('stops a sweep within a second on SIGINT with exit code 130 and no file', async () => {
    const out = join(tempDir(), 'results');
    const { result, seconds } = await interruptAfterStart(['sweep', 'baseline', '--set', 'court.judges=600,700,800', '--reps', '50', '--workers', '2', '--out', out], 'SIGINT', 1000);
    expect(result.code).toBe(130);
    expect(seconds).toBeLessThan(1.5);
    expect(result.stderr).toMatch(/interrupted by SIGINT/);
    expect(filesIn(out)).toEqual([]);
  });

  it('stops a compare within a second on SIGTERM with exit code 143 and no file', async () => {
    const out = join(tempDir(), 'results');
    const { result, seconds } = await interruptAfterStart(['compare', 'baseline', 'surge', '--reps', '50', '--workers', '2', '--out', out], 'SIGTERM', 1000);
    expect(result.code).toBe(143);
    expect(seconds).toBeLessThan(1.5);
    expect(filesIn(out)).toEqual([]);
  });

  it('resumes a sharded sweep interrupted in one shard: complete shards are skipped and the merge equals the whole sweep', async () => {
    const parts = tempDir();
    const sweep = ['sweep', 'baseline', '--set', 'detention.beds=20000,60000', '--days', '30', '--reps', '2', '--seed', '12', '--workers', '1'];
    const [first, second] = await Promise.all([runCli([...sweep, '--quiet', '--shard', '1/2', '--out', parts]), interruptAfterStart([...sweep, '--shard', '2/2', '--out', parts], 'SIGTERM', 1500)]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.result.code).toBe(143);
    expect(readdirSync(parts)).toEqual(['part-1-of-2.json']); // no part 2, no temporary file
    const done1 = statSync(join(parts, 'part-1-of-2.json')).mtimeMs;

    const again = await Promise.all([1, 2].map((i) => runCli([...sweep, '--shard', `${i}/2`, '--out', parts])));
    for (const r of again) expect(r.code, r.stderr).toBe(0);
    expect(again[0]!.stderr).toMatch(/shard 1\/2 is already complete .*: skipped/);
    expect(again[1]!.stderr).not.toMatch(/skipped/);
    expect(statSync(join(parts, 'part-1-of-2.json')).mtimeMs).toBe(done1);

    const merged = tempDir();
    const whole = tempDir();
    const [m, w] = await Promise.all([runCli(['merge', parts, '--out', merged, '--quiet']), runCli([...sweep, '--quiet', '--out', whole])]);
    expect(m.code, m.stderr).toBe(0);
    expect(w.code, w.stderr).toBe(0);
    expect(listFiles(merged)).toEqual(listFiles(whole));
    for (const f of listFiles(whole)) expect(readFileSync(join(merged, f), 'utf8'), f).toBe(readFileSync(join(whole, f), 'utf8'));
  });

  it('never leaves a half-written file, whenever the signal comes', async () => {
    const args = ['run', 'baseline', '--days', '20', '--reps', '8', '--seed', '4', '--workers', '2'];
    const reference = tempDir();
    const ok = await runCli([...args, '--quiet', '--out', reference]);
    expect(ok.code, ok.stderr).toBe(0);
    const expected = listFiles(reference);
    // Signals timed by what the run reports on stderr: mid-run, and the instant the last
    // replication is done, when the result files are being written.
    const moments: { after: RegExp; delayMs: number; signal: NodeJS.Signals }[] = [
      { after: /running/, delayMs: 400, signal: 'SIGINT' },
      { after: /replications done in/, delayMs: 0, signal: 'SIGTERM' },
      { after: /replications done in/, delayMs: 0, signal: 'SIGINT' },
      { after: /replications done in/, delayMs: 5, signal: 'SIGTERM' },
    ];
    for (const { after, delayMs, signal } of moments) {
      const out = join(tempDir(), 'results');
      const { child, done } = startCli([...args, '--out', out]);
      let text = '';
      child.stderr!.on('data', (d) => {
        text += d;
        if (after.test(text) && !child.killed) setTimeout(() => child.kill(signal), delayMs);
      });
      const r = await done;
      const when = `${signal} ${delayMs} ms after ${after}`;
      // Finished (0), stopped (130 / 143), or, for a signal in the last instant after the CLI
      // finished and removed its handlers, ended by the signal itself.
      if (r.code === null) expect(r.signal, when).toBe(signal);
      else expect([0, 130, 143], `${when}: ${r.stderr}`).toContain(r.code);
      const written = filesIn(out);
      expect(written.filter((f) => f.endsWith('.tmp')), `temporary files after ${when}`).toEqual([]);
      for (const f of written) {
        expect(expected, `unexpected file ${f}`).toContain(f);
        expect(readFileSync(join(out, f), 'utf8'), `${f} after ${when}`).toBe(readFileSync(join(reference, f), 'utf8'));
      }
      if (r.code === 0) expect(written).toEqual(expected);
      if (r.code === 130 || r.code === 143) expect(written, `${when}: files written by an interrupted run`).toEqual([]);
    }
  }, 180_000);
});
