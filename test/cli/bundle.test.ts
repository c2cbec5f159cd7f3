/**
 * The bundled command (scripts/build-cli.mjs): it gives exactly the files the sources give,
 * its workers included, and the command uses it only while every source it was built from is
 * unchanged. The test builds its own bundle, so the command's (which other tests use) is left
 * alone.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBundle } from '../../bin/freshBundle.mjs';
import { listFiles, ROOT, runCli, tempDir, type CliResult } from './runCli.ts';

const ARGS = ['run', 'baseline', '--days', '4', '--reps', '3', '--seed', '8', '--workers', '2', '--quiet'];

/** Runs the bundled `main.mjs` in `dir` with `args`, as bin/border-sim.mjs would. */
function runBundle(dir: string, args: readonly string[]): Promise<CliResult> {
  // A file, not `node -e`: worker threads inherit the process's options, and `--input-type` fails them.
  const runner = join(dir, 'run.mjs');
  writeFileSync(runner, "const { main } = await import('./main.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n");
  const child = spawn(process.execPath, [runner, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (c, signal) => resolve({ code: c, signal, stdout, stderr })));
}

describe('the bundled command', () => {
  let dir: string;
  beforeAll(() => {
    // Inside the repository, so the bundle finds node_modules as the command's own does.
    mkdirSync(join(ROOT, 'build'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'build/test-bundle-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--out', dir, '--quiet'], { cwd: ROOT });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes exactly the files the sources write, with its own workers', async () => {
    const fromBundle = tempDir(), fromSources = tempDir();
    const [a, b] = await Promise.all([
      runBundle(dir, [...ARGS, '--out', fromBundle]),
      runCli([...ARGS, '--out', fromSources], { BORDER_SIM_SOURCES: '1' }),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const files = listFiles(fromSources);
    expect(files.length).toBeGreaterThan(3);
    expect(listFiles(fromBundle)).toEqual(files);
    for (const f of files) expect(readFileSync(join(fromBundle, f), 'utf8'), f).toBe(readFileSync(join(fromSources, f), 'utf8'));
    // The bundle's workers are its own, started without a TypeScript loader.
    expect(readFileSync(join(dir, 'main.mjs'), 'utf8')).toContain('node.worker.mjs');
  }, 300_000);

  it('lists every source it bundles, and the script that built it, with the hash of its content', () => {
    const { files } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    for (const p of ['cli/main.ts', 'workers/node/node.worker.ts', 'sim/kernel/calendar.ts', 'sim/model/engine/world.ts', 'bin/freshBundle.mjs', 'scripts/build-cli.mjs']) {
      expect(files[p], p).toBe(createHash('sha256').update(readFileSync(join(ROOT, p))).digest('hex'));
    }
  });
});

describe('which the command runs', () => {
  const root = tempDir();
  const source = join(root, 'cli/main.ts');
  const write = (text: string) => { mkdirSync(join(root, 'cli'), { recursive: true }); writeFileSync(source, text); };
  const manifest = (files: Record<string, string>) => { mkdirSync(join(root, 'build/cli'), { recursive: true }); writeFileSync(join(root, 'build/cli/manifest.json'), JSON.stringify({ files })); };
  const url = pathToFileURL(`${root}/`);
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  it('is the bundle while every source it was built from is unchanged', () => {
    write('export const x = 1;\n');
    manifest({ 'cli/main.ts': sha('export const x = 1;\n') });
    expect(freshBundle(url, {})).toBe(pathToFileURL(join(root, 'build/cli/main.mjs')).href);
  });

  it('is the sources once one is edited or gone, with no bundle, or when BORDER_SIM_SOURCES=1 asks for them', () => {
    write('export const x = 1;\n');
    manifest({ 'cli/main.ts': sha('export const x = 1;\n') });
    expect(freshBundle(url, { BORDER_SIM_SOURCES: '1' })).toBeNull();
    write('export const x = 2;\n');
    expect(freshBundle(url, {})).toBeNull();
    manifest({ 'cli/main.ts': sha('export const x = 2;\n'), 'cli/gone.ts': sha('') });
    expect(freshBundle(url, {})).toBeNull();
    rmSync(join(root, 'build'), { recursive: true });
    expect(freshBundle(url, {})).toBeNull();
  });
});
