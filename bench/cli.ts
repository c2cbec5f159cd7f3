/**
 * Command start-up: how long `border-sim --version` and a one-day run with two workers take,
 * from the bundle in build/cli/ (what the command runs while it matches the sources) and from
 * the sources through tsx (`BORDER_SIM_SOURCES=1`). Median of three trials each, in seconds.
 * The bundle is built first if it does not match the sources.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshBundle } from '../bin/freshBundle.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface CliFigures {
  readonly versionSeconds: { readonly bundle: number; readonly sources: number };
  readonly oneDayRunSeconds: { readonly bundle: number; readonly sources: number };
}

function seconds(args: readonly string[], env: Record<string, string>): number {
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const out = mkdtempSync(join(tmpdir(), 'border-sim-bench-'));
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/border-sim.mjs'), ...args.map((a) => (a === 'OUT' ? out : a))], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
    times.push((performance.now() - t) / 1000);
    rmSync(out, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`border-sim ${args.join(' ')} failed (exit ${r.status})`);
  }
  return times.sort((a, b) => a - b)[1]!;
}

export function benchCli(): CliFigures {
  if (!freshBundle(undefined, {})) execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--quiet'], { cwd: ROOT });
  const run = ['run', 'baseline', '--days', '1', '--reps', '2', '--workers', '2', '--quiet', '--out', 'OUT'];
  const figures: CliFigures = {
    versionSeconds: { bundle: seconds(['--version'], { BORDER_SIM_SOURCES: '' }), sources: seconds(['--version'], { BORDER_SIM_SOURCES: '1' }) },
    oneDayRunSeconds: { bundle: seconds(run, { BORDER_SIM_SOURCES: '' }), sources: seconds(run, { BORDER_SIM_SOURCES: '1' }) },
  };
  console.log(`command start-up: --version ${figures.versionSeconds.bundle.toFixed(2)} s from the bundle, ${figures.versionSeconds.sources.toFixed(2)} s from the sources; one-day run with 2 workers ${figures.oneDayRunSeconds.bundle.toFixed(2)} s, ${figures.oneDayRunSeconds.sources.toFixed(2)} s`);
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) console.log(JSON.stringify({ cli: benchCli() }));
