/**
 * `border-sim`: the command-line tool. Parses the command line with commander and maps
 * every outcome to an exit code: 0 success, 2 bad input (unknown flag, bad value, invalid
 * scenario), 1 a failure during the run, 130/143 when stopped by SIGINT/SIGTERM. Errors
 * are one line on stderr, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { DEFAULT_REPS, DEFAULT_SEED } from '../lib/defaults.ts';
import { backtestCommand } from './backtestCommand.ts';
import { listCommand, schemaCommand, validateCommand } from './commands.ts';
import { InterruptedError, printable, RunError, UsageError } from './errors.ts';
import { executePlan, mergeParts } from './execute.ts';
import { watchLauncher } from './launcherWatch.ts';
import { parseDays, parseIndex, parsePositiveInteger, parseSeed, parseSet, parseShard, type SetOption, type Shard } from './parseOptions.ts';
import { scenarioPlan, sweepPlan } from './plan.ts';
import { VERSION } from './version.ts';

interface RunFlags {
  reps: number;
  seed: number;
  workers?: number;
  days?: number;
  out?: string;
  json?: boolean;
  quiet?: boolean;
  shard?: Shard;
  replication?: number;
  set?: SetOption[];
}

/** Adds the options shared by run, compare and sweep. */
function runOptions(cmd: Command): Command {
  return cmd
    .option('--reps <n>', 'replications per scenario', parsePositiveInteger, DEFAULT_REPS)
    .option('--seed <s>', 'seed (replication k uses seed s and index k)', parseSeed, DEFAULT_SEED)
    .option('--workers <w>', 'worker threads (default: one per core; results do not depend on it)', parsePositiveInteger)
    .option('--days <d>', "horizon in days, at most 3650 (default: the scenario's)", parseDays)
    .option('--out <dir>', 'write summary.json, summary.csv, timeseries.csv, the resolved scenarios and run.json to this folder')
    .option('--json', 'print the summary JSON on stdout instead of tables')
    .option('--quiet', 'no progress or messages on stderr (errors only)')
    .option('--shard <i/n>', 'run only the i-th of n slices (1-based) and write part-i-of-n.json to --out', parseShard);
}

/** The command-line program; `signal` aborts running replications. */
export function buildProgram(signal: AbortSignal): Command {
  const program = new Command('border-sim')
    .description('Border processing capacity simulation: batch runs, comparisons and sweeps')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`border-sim: ${printable(text.trim().replace(/\s*\n\s*/g, ' '))}\n`) })
    .showSuggestionAfterError(true);

  runOptions(
    program
      .command('run')
      .description('run replications of one or more scenarios (preset names or JSON files) and summarize them')
      .argument('<scenario...>', 'preset name or path to a scenario JSON file'),
  )
    .option('--replication <k>', 'run only replication k, 0-based (to reproduce one replication alone; --reps is then ignored)', parseIndex)
    .action(async (sources: string[], o: RunFlags) => {
      const plan = scenarioPlan('run', sources, { seed: o.seed, reps: o.reps, days: o.days, replication: o.replication });
      await executePlan(plan, { ...o, json: !!o.json, quiet: !!o.quiet, signal });
    });

  runOptions(
    program
      .command('compare')
      .description('run scenarios with common random numbers and report each metric’s difference from the first, with paired 95% CIs')
      .argument('<scenarios...>', 'two or more preset names or scenario JSON files; the first is the reference'),
  ).action(async (sources: string[], o: RunFlags) => {
    if (sources.length < 2) throw new UsageError(`compare needs at least two scenarios (got ${sources.length}: ${sources.join(' ')})`);
    const plan = scenarioPlan('compare', sources, { seed: o.seed, reps: o.reps, days: o.days });
    await executePlan(plan, { ...o, json: !!o.json, quiet: !!o.quiet, signal });
  });

  runOptions(
    program
      .command('sweep')
      .description('run the grid of every combination of the --set values; one row per grid point and metric')
      .argument('<scenario>', 'preset name or path to a scenario JSON file'),
  )
    .option('--set <path=v1,v2,...>', 'a scenario field and the values to sweep (repeatable)', parseSet)
    .action(async (source: string, o: RunFlags) => {
      const plan = await sweepPlan(source, o.set ?? [], { seed: o.seed, reps: o.reps, days: o.days }, signal);
      await executePlan(plan, { ...o, json: !!o.json, quiet: !!o.quiet, signal });
    });

  program
    .command('merge')
    .description('combine the part files of a sharded run into the result of a single run')
    .argument('<parts...>', 'part-I-of-N.json files, or folders holding them')
    .requiredOption('--out <dir>', 'folder for the merged results')
    .option('--json', 'print the summary JSON on stdout instead of tables')
    .option('--quiet', 'no messages on stderr (errors only)')
    .action((parts: string[], o: { out: string; json?: boolean; quiet?: boolean }) => mergeParts(parts, { out: o.out, json: !!o.json, quiet: !!o.quiet }));

  program
    .command('backtest')
    .description('run history presets (default: every fiscal year with one) and set them beside the published monthly record; --out writes backtest.csv and backtest.html')
    .argument('[scenario...]', 'history presets or scenario files (default: the history presets)')
    .option('--reps <n>', 'replications per scenario', parsePositiveInteger, DEFAULT_REPS)
    .option('--seed <s>', 'seed (replication k uses seed s and index k)', parseSeed, DEFAULT_SEED)
    .option('--workers <w>', 'worker threads (default: one per core; results do not depend on it)', parsePositiveInteger)
    .option('--out <dir>', 'write backtest.csv (tidy) and backtest.html (charts, readable offline) to this folder')
    .option('--quiet', 'no progress or messages on stderr (errors only)')
    .action((sources: string[], o: { reps: number; seed: number; workers?: number; out?: string; quiet?: boolean }) =>
      backtestCommand(sources, { ...o, quiet: !!o.quiet, signal }));

  program
    .command('validate')
    .description('check scenarios; print every error with its field path (exit 2 if any is invalid)')
    .argument('<scenario...>', 'preset name or path to a scenario JSON file')
    .action((sources: string[]) => validateCommand(sources));

  program.command('schema').description('print the scenario JSON Schema').action(() => schemaCommand());
  program
    .command('list')
    .description('list the preset scenarios with a one-line description')
    .option('--json', 'print name, title and full description of each preset as JSON')
    .action((o: { json?: boolean }) => listCommand(!!o.json));
  return program;
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code.
 * Installs SIGINT/SIGTERM handlers for the duration: the first signal stops the workers
 * (and the process within a second); nothing half-written is left, since every file is
 * written to a temporary name and renamed. Started by npx, the run stops the same way when
 * npx ends (see launcherWatch.ts).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const controller = new AbortController();
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const stop = (error: InterruptedError) => {
    if (controller.signal.aborted) process.exit(error.exitCode);
    controller.abort(error);
    // Workers stop at once; should anything still hold the process a second later, exit anyway.
    fallback = setTimeout(() => {
      process.stderr.write(`border-sim: ${error.message}\n`);
      process.exit(error.exitCode);
    }, 1000);
    fallback.unref();
  };
  const onSignal = (sig: NodeJS.Signals) => stop(new InterruptedError(sig));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const unwatch = watchLauncher(() => stop(new InterruptedError('SIGTERM', 'stopped because the npx process that started border-sim ended')));
  try {
    await buildProgram(controller.signal).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its one-line message (help and version exit 0).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError || error instanceof RunError || error instanceof InterruptedError) {
      process.stderr.write(`border-sim: error: ${printable(error.message)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`border-sim: error: ${printable(message)}\n`);
    return 1;
  } finally {
    // A signal that came while the results were being written (synchronously) found the run
    // already complete: the run's own outcome stands.
    if (fallback) clearTimeout(fallback);
    unwatch();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
