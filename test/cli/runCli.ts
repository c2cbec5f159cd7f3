/** Runs the border-sim command as a child process, as a user would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/border-sim.mjs');

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `node bin/border-sim.mjs ...args` without waiting for it. */
export function startCli(args: readonly string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Runs `node bin/border-sim.mjs ...args` and resolves when it exits. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return startCli(args, env).done;
}

/** A new empty temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'border-sim-test-'));
}

/** Every file under `dir`, as sorted relative paths (temporary files included). */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** The one-line error contract: a single `border-sim: ...` line on stderr and no stack trace. */
export function expectOneLineError(r: CliResult): string {
  const lines = r.stderr.trim().split('\n');
  if (lines.length !== 1) throw new Error(`expected one error line, got:\n${r.stderr}`);
  if (!lines[0].startsWith('border-sim: ')) throw new Error(`expected a border-sim: prefix, got: ${lines[0]}`);
  if (/\n\s+at |node:internal|\.ts:\d+/.test(r.stderr)) throw new Error(`stack trace in stderr:\n${r.stderr}`);
  return lines[0];
}

/** Short run settings that keep tests fast. */
export const FAST_DAYS = 6;
export const FAST_REPS = 3;
export const FAST = ['--days', String(FAST_DAYS), '--reps', String(FAST_REPS), '--workers', '2', '--quiet'];
