/**
 * The model's speed against an earlier commit's, side by side: both trees' baseline year,
 * one replication each, run in turn (old, new, old, new, …) in fresh Node processes, so
 * that a machine shared with other work slows both alike. Figures of runs made minutes
 * apart on such a machine differ by a third or more, which is more than most changes to
 * the code; only runs made side by side compare.
 *
 *   node bin/tsnode.mjs bench/against.ts <commit> [--runs N] [--days N]
 *
 * The commit is checked out in a temporary git worktree (removed afterwards) that shares this
 * tree's node_modules; each tree's model is bundled with esbuild, so neither run pays for a
 * TypeScript loader. Prints each run, then the median people per second of each tree and
 * their ratio, then one JSON line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface Run { readonly people: number; readonly seconds: number }

function usage(message: string): never {
  console.error(`bench/against.ts: ${message}\nusage: node bin/tsnode.mjs bench/against.ts <commit> [--runs N] [--days N]`);
  process.exit(2);
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 1) usage(`${name}: expected a whole number ≥ 1, got ${JSON.stringify(args[i + 1] ?? '')}`);
  args.splice(i, 2);
  return v;
}

/** Bundles a runner of `tree`'s model into `out`: warm-up, then one timed baseline replication. */
async function bundle(tree: string, dir: string, out: string, days: number): Promise<void> {
  const entry = join(dir, `${out}.entry.mjs`);
  writeFileSync(entry, [
    `import { presets, runReplication, validateScenario } from ${JSON.stringify(join(tree, 'sim/model/index.ts'))};`,
    `const v = validateScenario(presets['baseline'], presets);`,
    `if (!v.ok) throw new Error('baseline preset invalid');`,
    `runReplication(v.scenario, { seed: 99, replication: 0, days: 30 });`,
    `const t = performance.now();`,
    `const r = runReplication(v.scenario, { seed: 1, replication: 0, days: ${days} });`,
    `console.log(JSON.stringify({ people: r.people, seconds: (performance.now() - t) / 1000 }));`,
  ].join('\n'));
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, `${out}.mjs`), logLevel: 'error' });
}

function runOnce(file: string): Run {
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${file} failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };

const args = process.argv.slice(2);
const runs = option(args, '--runs', 3);
const days = option(args, '--days', 366);
const commit = args[0];
if (commit === undefined || args.length > 1) usage('expected one commit');
const resolved = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`], { cwd: ROOT, encoding: 'utf8' });
if (resolved.status !== 0) usage(`no commit ${JSON.stringify(commit)} in this repository`);
const sha = resolved.stdout.trim();

const dir = mkdtempSync(join(tmpdir(), 'border-sim-against-'));
const tree = join(dir, 'tree');
try {
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, sha], { cwd: ROOT, stdio: 'ignore' });
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  await bundle(tree, dir, 'old', days);
  await bundle(ROOT, dir, 'new', days);
  const old: number[] = [], now: number[] = [];
  for (let k = 0; k < runs; k++) {
    for (const [name, list] of [['old', old], ['new', now]] as const) {
      const r = runOnce(join(dir, `${name}.mjs`));
      list.push(r.people / r.seconds);
      console.log(`${name === 'old' ? sha.slice(0, 9) : 'this tree'}: ${r.people} people in ${r.seconds.toFixed(2)} s, ${(r.people / r.seconds / 1e3).toFixed(0)}k people/s`);
    }
  }
  const o = median(old), n = median(now);
  console.log(`median over ${runs} runs each: ${sha.slice(0, 9)} ${(o / 1e3).toFixed(0)}k people/s, this tree ${(n / 1e3).toFixed(0)}k people/s: ${(n / o).toFixed(2)}x`);
  console.log(JSON.stringify({ commit: sha, days, runs, oldPeoplePerSec: old, newPeoplePerSec: now, ratio: n / o }));
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
  spawnSync('git', ['worktree', 'prune'], { cwd: ROOT, stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
}
