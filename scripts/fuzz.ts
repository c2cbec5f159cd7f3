/**
 * `npm run fuzz`: the fuzz suites of test/fuzz with a random seed (or a given one) and more
 * cases than CI runs. Prints the seed first and last, with the command that replays the run.
 *
 *   npm run fuzz                      # random seed, 10x the CI counts
 *   npm run fuzz -- --seed 12345      # that seed
 *   npm run fuzz -- --scale 50        # 50x the CI counts
 *   npm run fuzz -- --seed 12345 --path "41:3" --only model
 *                                     # replay one failing case fast-check reported
 *
 * Options: --seed N (integer), --scale K (factor on every count, default 10), --path P (a
 * fast-check path from a failure report), --only NAME (a file of test/fuzz, e.g. model, schema
 * or cli), -t TEXT (only tests whose name contains TEXT).
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: npm run fuzz -- [--seed N] [--scale K] [--path P] [--only NAME] [-t TEXT]\n`);
  process.exit(2);
}

function parse(argv: readonly string[]): { seed: number; scale: number; path?: string; only?: string; name?: string } {
  const opts: { seed: number; scale: number; path?: string; only?: string; name?: string } = { seed: randomInt(0, 2 ** 31 - 1), scale: 10 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (value === undefined) usage(`${flag} needs a value`);
    i++;
    if (flag === '--seed') {
      if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) usage(`--seed '${value}': expected an integer`);
      opts.seed = Number(value) | 0;
    } else if (flag === '--scale') {
      if (!(Number(value) > 0)) usage(`--scale '${value}': expected a number > 0`);
      opts.scale = Number(value);
    } else if (flag === '--path') opts.path = value;
    else if (flag === '--only') {
      if (!/^[\w-]+$/.test(value)) usage(`--only '${value}': expected a file name of test/fuzz, e.g. model`);
      opts.only = value;
    } else if (flag === '-t') opts.name = value;
    else usage(`unknown option '${flag}'`);
  }
  return opts;
}

const opts = parse(process.argv.slice(2));
const target = opts.only ? `test/fuzz/${opts.only}.test.ts` : 'test/fuzz';
const replay = [`FUZZ_SEED=${opts.seed}`, `FUZZ_SCALE=${opts.scale}`, ...(opts.path ? [`FUZZ_PATH='${opts.path}'`] : []), 'npx vitest run', target, ...(opts.name ? ['-t', JSON.stringify(opts.name)] : [])].join(' ');
const line = `fuzz seed ${opts.seed}, scale ${opts.scale}: replay with  ${replay}`;
console.log(line);

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const args = [vitest, 'run', target, `--testTimeout=${Math.round(120_000 * Math.max(1, opts.scale) * 3)}`, ...(opts.name ? ['-t', opts.name] : [])];
const child = spawn(process.execPath, args, {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: String(opts.seed), FUZZ_SCALE: String(opts.scale), ...(opts.path ? { FUZZ_PATH: opts.path } : {}) },
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('close', (code, signal) => {
  console.log(`${code === 0 ? 'passed' : 'FAILED'}: ${line}`);
  process.exit(code ?? (signal ? 1 : 0));
});
