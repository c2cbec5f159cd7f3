/**
 * Running a plan (all of it, or one shard) and finishing it: printing the report and
 * writing the result folder, or writing the shard's part file. `merge` finishes a plan
 * from part files the same way, so a merged result equals a single run.
 */
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ReplicationFailedError, ReplicationStalledError, runBatch } from '../lib/runBatch.ts';
import type { Scenario } from '../sim/model/index.ts';
import { MAX_PEOPLE_PER_RUN, peopleEstimate } from '../sim/model/schema/scenarioSchema.ts';
import { defaultWorkerCount } from '../workers/node/nodePool.ts';
import type { RunRequest } from '../workers/protocol.ts';
import { makeDirectory, removeStaleTemporaries, temporaryName, writeFileAtomic } from './atomicWrite.ts';
import { buildReport, groupResults, reportJson } from './buildReport.ts';
import { RunError, UsageError } from './errors.ts';
import type { Shard } from './parseOptions.ts';
import { encodePart, makerDifference, partFileName, partState, readPart, samePlan, shortHash, thisMaker, type Part } from './partFile.ts';
import { planUnits, shardUnits, type Plan, type Unit } from './plan.ts';
import { formatReport } from './printReport.ts';
import { createProgressReporter, progressMode } from './progressReporter.ts';
import { checkOutPath, ResultFolder } from './resultFolder.ts';
import { formatBytes, MAX_PART_BYTES, partResultBytes } from './runSize.ts';
import { reportFiles } from './writeResults.ts';
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
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** How to reproduce one failed replication alone. */
function reproduce(plan: Plan, unit: Unit, seed: number): string {
  if (plan.kind === 'sweep') return `(grid point '${plan.scenarios[unit.scenario].label}')`;
  const days = plan.days === null ? '' : ` --days ${plan.days}`;
  return `(reproduce it alone: border-sim run ${plan.sources[unit.scenario]} --seed ${seed} --replication ${unit.replication}${days})`;
}

/** Replications in a plan. */
const unitCount = (plan: Plan) => plan.scenarios.length * (plan.replication === undefined ? plan.reps : 1);

/**
 * Seconds without progress after which a replication is taken to hang: the time the whole
 * replication would take at a slow 100,000 people a second (a single simulated day takes no
 * longer than that), and at least two minutes (a worker's start on a busy machine).
 * `BORDER_SIM_STALL_SECONDS` replaces it (tests use a few seconds).
 */
export function stallSeconds(scenario: Scenario, days: number | null): number {
  const set = Number(process.env.BORDER_SIM_STALL_SECONDS);
  if (process.env.BORDER_SIM_STALL_SECONDS && Number.isFinite(set) && set > 0) return set;
  const people = peopleEstimate(scenario, days ?? scenario.days)?.total ?? MAX_PEOPLE_PER_RUN;
  return Math.max(120, Math.ceil(people / 1e5));
}

/** Runs a plan, or shard `options.shard` of it, and finishes it. */
export async function executePlan(plan: Plan, options: ExecOptions): Promise<void> {
  const { shard, out } = options;
  if (shard && out === undefined) throw new UsageError('--shard needs --out DIR (the folder that receives the part file)');
  if (shard && options.json) throw new UsageError('--json cannot be used with --shard (a shard writes a part file; `border-sim merge` prints the summary)');
  if (shard) {
    const total = unitCount(plan);
    checkOutPath(out!);
    const bytes = Math.ceil(total / shard.count) * Math.max(...plan.scenarios.map((s) => partResultBytes(plan.days ?? (s.scenario as Scenario).days)));
    if (bytes > MAX_PART_BYTES) throw new UsageError(`--shard ${shard.index}/${shard.count}: each part file would be about ${formatBytes(bytes)}; expected at most ${formatBytes(MAX_PART_BYTES)}: use more shards (n >= ${Math.ceil((shard.count * bytes) / MAX_PART_BYTES)})`);
    // A shard's folder is shared with the other shards of a job array: created if needed, never
    // removed, and tried for writing now rather than after the replications.
    try {
      makeDirectory(out!);
    } catch (error) {
      throw new UsageError(`--out ${out}: cannot create the folder (${(error as Error).message})`);
    }
    try {
      const probe = join(out!, temporaryName('write-check'));
      closeSync(openSync(probe, 'wx'));
      rmSync(probe, { force: true });
    } catch (error) {
      throw new UsageError(`--out ${out}: cannot write in the folder (${(error as Error).message}); expected a folder this user can write`);
    }
    return runShard(plan, shard, options);
  }
  const folder = out === undefined ? undefined : ResultFolder.open(out);
  try {
    const results = await runUnits(plan, planUnits(plan), options);
    finish(plan, groupResults(plan, results), { ...options, folder });
  } finally {
    folder?.close();
  }
}

async function runShard(plan: Plan, shard: Shard, options: ExecOptions): Promise<void> {
  const out = options.out!;
  const name = partFileName(shard);
  const path = join(out, name);
  removeStaleTemporaries(out, name);
  const units = shardUnits(plan, shard);
  const state = partState(out, shard, plan, units.length);
  if (state.state === 'complete') return info(options.quiet, `shard ${shard.index}/${shard.count} is already complete in ${path}: skipped`);
  if (state.state === 'other') throw new UsageError(`--out ${out}: ${path} exists but is not a complete part of this run: ${state.why} (remove it or choose another --out)`);
  const done = await runUnits(plan, units, options);
  try {
    writeFileAtomic(path, encodePart({ shard, plan, units: done }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'no space left on the device' : (error as Error).message;
    throw new RunError(`--out ${out}: cannot write ${name} (${why}); no part file was written, run the shard again`);
  }
  info(options.quiet, `shard ${shard.index}/${shard.count}: wrote ${plural(done.length, 'replication')} to ${path}`);
}

/** Runs `units` of `plan` on the worker pool, with progress; returns them with their results, in order. */
async function runUnits(plan: Plan, units: readonly Unit[], options: ExecOptions): Promise<(Unit & { result: ReplicationResult })[]> {
  const { shard, quiet } = options;
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
  const stall = new Map<number, number>();
  const stallFor = (job: number) => {
    const k = units[job]!.scenario;
    if (!stall.has(k)) stall.set(k, stallSeconds(plan.scenarios[k]!.scenario as Scenario, plan.days));
    return stall.get(k)!;
  };
  let results: ReplicationResult[];
  try {
    // BORDER_SIM_WORKER_ENTRY swaps the worker module (file URL), for fault-injection tests.
    const workerEntry = process.env.BORDER_SIM_WORKER_ENTRY || undefined;
    results = await runBatch(requests, {
      workers,
      workerEntry,
      signal: options.signal,
      onProgress: (p) => reporter.update(p),
      stallSeconds: stallFor,
      onSilence: (job, seconds) => {
        const unit = units[job]!;
        info(quiet, `replication ${unit.replication} (seed ${plan.seed}) of '${plan.scenarios[unit.scenario].label}' has not reported for ${seconds} s; it is stopped if it stays silent for ${stallFor(job)} s`);
      },
    });
  } catch (error) {
    reporter.stop(false);
    if (error instanceof ReplicationFailedError || error instanceof ReplicationStalledError) {
      const unit = units[error.job];
      const label = plan.scenarios[unit.scenario].label;
      throw new RunError(`replication ${error.replication} (seed ${error.seed}) of '${label}' failed: ${error.detail} ${reproduce(plan, unit, error.seed)}`);
    }
    throw error;
  }
  reporter.stop(true);
  return units.map((u, i) => ({ ...u, result: results[i] }));
}

/**
 * Prints a finished plan's report and writes its result folder. The report is printed even
 * when the folder cannot be written (a full disk): the numbers are not lost, and the error
 * (exit 1) says which file failed and how much space the folder needs.
 */
export function finish(plan: Plan, results: ReplicationResult[][], options: Pick<ExecOptions, 'json' | 'quiet'> & { readonly folder?: ResultFolder }): void {
  const report = buildReport(plan, results);
  let failed: unknown;
  if (options.folder) {
    const files = reportFiles(report);
    try {
      options.folder.commit(files);
      info(options.quiet, `wrote ${files.map(([name]) => name).join(', ')} to ${options.folder.out}`);
    } catch (error) {
      failed = error;
    }
  }
  process.stdout.write(options.json ? JSON.stringify(reportJson(report), null, 2) + '\n' : formatReport(report));
  if (failed) throw failed;
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

/** `merge`: checks that the parts are the complete set of shards of one run, made by this build, and finishes it. */
export function mergeParts(args: readonly string[], options: Pick<ExecOptions, 'out' | 'json' | 'quiet'>): void {
  const paths = partPaths(args);
  const folder = options.out === undefined ? undefined : ResultFolder.open(options.out);
  try {
    const [plan, results] = mergePaths(paths);
    finish(plan, results, { ...options, folder });
  } finally {
    folder?.close();
  }
}

function mergePaths(paths: readonly string[]): [Plan, ReplicationResult[][]] {
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
    const made = makerDifference(part.made, first.made);
    if (made) throw new UsageError(`merge: '${path}' and '${firstPath}' were made by different builds (${made}); parts of different builds give numbers no single run gives: rerun the shards with one build`);
    if (!samePlan(part.plan, first.plan)) throw new UsageError(`merge: '${path}' belongs to another run than '${firstPath}' (their scenarios, seed, reps or days differ)`);
    if (part.shard.count !== count) throw new UsageError(`merge: '${path}' is shard ${part.shard.index}/${part.shard.count}, expected a shard of ${count} like '${firstPath}'`);
    if (seen.has(part.shard.index)) throw new UsageError(`merge: shard ${part.shard.index}/${count} is given twice ('${seen.get(part.shard.index)}' and '${path}')`);
    seen.set(part.shard.index, path);
  }
  const here = makerDifference(first.made, thisMaker());
  if (here) throw new UsageError(`merge: the parts were made by another build than this border-sim (${here}; this one has model code ${shortHash(thisMaker().model)}): merge them with the build that made them`);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).map((i) => `shard ${i}/${count} (${partFileName({ index: i, count })})`).join(', ');
    throw new UsageError(`merge: missing ${shown}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}`);
  }
  try {
    return [first.plan, groupResults(first.plan, parts.flatMap(([, p]) => p.units))];
  } catch (error) {
    throw new UsageError(`merge: ${(error as Error).message}`);
  }
}
