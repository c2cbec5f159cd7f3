/**
 * Running a plan (all of it, or one shard) and finishing it: printing the report and
 * writing the result folder, or writing the shard's part file. `merge` finishes a plan
 * from part files the same way, so a merged result equals a single run.
 */
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ReplicationFailedError, runBatch } from '../lib/runBatch.ts';
import { defaultWorkerCount } from '../workers/node/nodePool.ts';
import type { RunRequest } from '../workers/protocol.ts';
import { makeDirectory, writeFileAtomic } from './atomicWrite.ts';
import { buildReport, groupResults, reportJson } from './buildReport.ts';
import { RunError, UsageError } from './errors.ts';
import type { Shard } from './parseOptions.ts';
import { encodePart, partFileName, partState, readPart, samePlan, type Part } from './partFile.ts';
import { planUnits, shardUnits, type Plan, type Unit } from './plan.ts';
import { formatReport } from './printReport.ts';
import { createProgressReporter, progressMode } from './progressReporter.ts';
import { formatBytes, MAX_PART_BYTES, partResultBytes } from './runSize.ts';
import { writeResults } from './writeResults.ts';
import type { Scenario } from '../sim/model/index.ts';
import type { ReplicationResult } from '../sim/model/result.ts';

/** How to run and where to put the results (nothing here changes the numbers). */
export interface ExecOptions {
  readonly workers?: number;
  readonly out?: string;
  readonly json: boolean;
  readonly quiet: boolean;
  readonly shard?: Shard;
  readonly signal: AbortSignal;
}

const info = (quiet: boolean, line: string) => {
  if (!quiet) process.stderr.write(`border-sim: ${line}\n`);
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** How to reproduce one failed replication alone. */
function reproduce(plan: Plan, unit: Unit, seed: number): string {
  if (plan.kind === 'sweep') return `(grid point '${plan.scenarios[unit.scenario].label}')`;
  const days = plan.days === null ? '' : ` --days ${plan.days}`;
  return `(reproduce it alone: border-sim run ${plan.sources[unit.scenario]} --seed ${seed} --replication ${unit.replication}${days})`;
}

/**
 * Creates the output folder before anything runs, so that a folder that cannot be
 * written fails at once (exit 2) instead of after the replications. Returns a function that
 * removes the folders it created if they are still empty: a run or merge that fails leaves
 * no empty result folder behind.
 */
export function prepareOutputFolder(out: string): () => void {
  let created: string[];
  try {
    created = makeDirectory(out);
  } catch (error) {
    throw new UsageError(`--out ${out}: cannot create the folder (${(error as Error).message})`);
  }
  // An existing folder may still refuse files: try one now rather than after the run.
  try {
    writeFileAtomic(join(out, `.border-sim-write-check-${process.pid}`), '');
    rmSync(join(out, `.border-sim-write-check-${process.pid}`), { force: true });
  } catch (error) {
    throw new UsageError(`--out ${out}: cannot write in the folder (${(error as Error).message}); expected a folder this user can write`);
  }
  return () => {
    for (const dir of [...created].reverse()) {
      try {
        rmdirSync(dir); // fails, and stops, at the first folder that is not empty
      } catch {
        return;
      }
    }
  };
}

/** Runs a plan, or shard `options.shard` of it, and finishes it. */
export async function executePlan(plan: Plan, options: ExecOptions): Promise<void> {
  const { shard, out } = options;
  if (shard && out === undefined) throw new UsageError('--shard needs --out DIR (the folder that receives the part file)');
  if (shard && options.json) throw new UsageError('--json cannot be used with --shard (a shard writes a part file; `border-sim merge` prints the summary)');
  if (shard) {
    const total = plan.scenarios.length * (plan.replication === undefined ? plan.reps : 1);
    const bytes = Math.ceil(total / shard.count) * Math.max(...plan.scenarios.map((s) => partResultBytes(plan.days ?? (s.scenario as Scenario).days)));
    if (bytes > MAX_PART_BYTES) throw new UsageError(`--shard ${shard.index}/${shard.count}: each part file would be about ${formatBytes(bytes)}; expected at most ${formatBytes(MAX_PART_BYTES)}: use more shards (n >= ${Math.ceil((shard.count * bytes) / MAX_PART_BYTES)})`);
  }
  const removeIfEmpty = out ? prepareOutputFolder(out) : undefined;
  try {
    await runPlan(plan, options);
  } catch (error) {
    // A shard's folder is shared with the other shards of a job array: it stays.
    if (!shard) removeIfEmpty?.();
    throw error;
  }
}

async function runPlan(plan: Plan, options: ExecOptions): Promise<void> {
  const { shard, out, quiet } = options;
  const units = shard ? shardUnits(plan, shard) : planUnits(plan);
  if (shard) {
    const state = partState(out!, shard, plan, units.length);
    const path = join(out!, partFileName(shard));
    if (state === 'complete') return info(quiet, `shard ${shard.index}/${shard.count} is already complete in ${path}: skipped`);
    if (state === 'other') throw new UsageError(`--out ${out}: ${path} exists but is not a complete part of this run (remove it or choose another --out)`);
  }
  const requests: RunRequest[] = units.map((u) => ({
    scenario: plan.scenarios[u.scenario].scenario,
    seed: plan.seed,
    replication: u.replication,
    ...(plan.days === null ? {} : { days: plan.days }),
  }));
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), requests.length));
  const what =
    `${plural(requests.length, 'replication')} of ${plural(plan.scenarios.length, plan.kind === 'sweep' ? 'grid point' : 'scenario')}` +
    `${shard ? ` (shard ${shard.index}/${shard.count})` : ''} on ${plural(workers, 'worker')}`;
  const reporter = createProgressReporter(progressMode(quiet), requests.length, what);
  let results: ReplicationResult[];
  try {
    // BORDER_SIM_WORKER_ENTRY swaps the worker module (file URL), for fault-injection tests.
    const workerEntry = process.env.BORDER_SIM_WORKER_ENTRY || undefined;
    results = await runBatch(requests, { workers, workerEntry, signal: options.signal, onProgress: (p) => reporter.update(p) });
  } catch (error) {
    reporter.stop(false);
    if (error instanceof ReplicationFailedError) {
      const unit = units[error.job];
      const label = plan.scenarios[unit.scenario].label;
      throw new RunError(`replication ${error.replication} (seed ${error.seed}) of '${label}' failed: ${error.detail} ${reproduce(plan, unit, error.seed)}`);
    }
    throw error;
  }
  reporter.stop(true);
  const done = units.map((u, i) => ({ ...u, result: results[i] }));
  if (shard) {
    const path = join(out!, partFileName(shard));
    writeFileAtomic(path, encodePart({ shard, plan, units: done }));
    return info(quiet, `shard ${shard.index}/${shard.count}: wrote ${plural(done.length, 'replication')} to ${path}`);
  }
  finish(plan, groupResults(plan, done), options);
}

/** Prints a finished plan's report and writes its result folder. */
export function finish(plan: Plan, results: ReplicationResult[][], options: Pick<ExecOptions, 'out' | 'json' | 'quiet'>): void {
  const report = buildReport(plan, results);
  if (options.out) {
    const names = writeResults(options.out, report);
    info(options.quiet, `wrote ${names.join(', ')} to ${options.out}`);
  }
  process.stdout.write(options.json ? JSON.stringify(reportJson(report), null, 2) + '\n' : formatReport(report));
}

/** Part files named on the command line: files as given, folders expanded to their `part-*-of-*.json`. */
function partPaths(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (existsSync(arg) && statSync(arg).isDirectory()) {
      const names = readdirSync(arg).filter((n) => /^part-\d+-of-\d+\.json$/.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      if (names.length === 0) throw new UsageError(`merge: folder '${arg}' holds no part-I-of-N.json files`);
      return names.map((n) => join(arg, n));
    }
    return [arg];
  });
}

/** `merge`: checks that the parts are the complete set of shards of one run and finishes it. */
export function mergeParts(args: readonly string[], options: Pick<ExecOptions, 'out' | 'json' | 'quiet'>): void {
  const paths = partPaths(args);
  const removeIfEmpty = options.out ? prepareOutputFolder(options.out) : undefined;
  try {
    mergePaths(paths, options);
  } catch (error) {
    removeIfEmpty?.();
    throw error;
  }
}

function mergePaths(paths: readonly string[], options: Pick<ExecOptions, 'out' | 'json' | 'quiet'>): void {
  const parts: [string, Part][] = paths.map((path) => {
    try {
      return [path, readPart(path)];
    } catch (error) {
      throw new UsageError(`merge: part file '${path}': ${(error as Error).message}`);
    }
  });
  const [firstPath, first] = parts[0];
  const count = first.shard.count;
  const seen = new Map<number, string>();
  for (const [path, part] of parts) {
    if (!samePlan(part.plan, first.plan)) throw new UsageError(`merge: '${path}' belongs to another run than '${firstPath}' (their scenarios, seed, reps or days differ)`);
    if (part.shard.count !== count) throw new UsageError(`merge: '${path}' is shard ${part.shard.index}/${part.shard.count}, expected a shard of ${count} like '${firstPath}'`);
    if (seen.has(part.shard.index)) throw new UsageError(`merge: shard ${part.shard.index}/${count} is given twice ('${seen.get(part.shard.index)}' and '${path}')`);
    seen.set(part.shard.index, path);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new UsageError(`merge: missing ${missing.map((i) => `shard ${i}/${count} (${partFileName({ index: i, count })})`).join(', ')}`);
  let results: ReplicationResult[][];
  try {
    results = groupResults(first.plan, parts.flatMap(([, p]) => p.units));
  } catch (error) {
    throw new UsageError(`merge: ${(error as Error).message}`);
  }
  finish(first.plan, results, options);
}
