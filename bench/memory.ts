/**
 * Memory benchmark: the peak memory of one replication of the baseline preset over one year
 * and over ten years. Memory must stay bounded by days x series, not grow with the number of
 * people simulated (queues hold cohorts, results hold one value per day and series), so the
 * ten-year run, with ten times the people, should need about the same memory as the year.
 *
 * Each horizon runs in its own child process started with --expose-gc, so that the figures are
 * those of the replication alone: the live heap after a full collection at every quarter (the
 * highest of them is `peakLiveHeapMB`), the heap in use just before each collection
 * (`peakHeapMB`), and the process's peak resident set (`peakRssMB`).
 *
 *   node bin/tsnode.mjs bench/memory.ts [--scale S]     # readable lines, then one JSON line
 *
 * `--scale` multiplies the daily arrival flows (1 = the baseline preset; tests use less).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReplication, presets, validateScenario, type ScenarioInput } from '../sim/model/index.ts';

/** What one replication needed. */
export interface MemoryFigures {
  readonly days: number;
  /** Arrival flows relative to the baseline preset. */
  readonly scale: number;
  /** People simulated. */
  readonly people: number;
  /** People waiting in processing queues at the end (Border Patrol, ports, credible fear). */
  readonly queuedAtEnd: number;
  /** The replication's conservation check (0 when every person is accounted for). */
  readonly unaccounted: number;
  /** Summary metrics that are NaN or infinite (none expected; null, a mean over nobody, is a value). */
  readonly nonFinite: readonly string[];
  /** Highest live heap after a full collection, sampled every `sampleDays` (MB). */
  readonly peakLiveHeapMB: number;
  /** Highest heap in use just before a collection (MB). */
  readonly peakHeapMB: number;
  /** Peak resident set size of the process (MB). */
  readonly peakRssMB: number;
  /** Live heap after a collection at each sample, in MB (day, MB). */
  readonly samples: readonly (readonly [number, number])[];
  readonly seconds: number;
}

/** The baseline preset with its daily arrival flows multiplied by `scale`, over `days`. */
export function scaledBaseline(days: number, scale: number, extra: ScenarioInput = {}): ScenarioInput {
  return {
    base: 'baseline',
    days,
    arrivals: { betweenPorts: { perDay: 5340 * scale }, walkUps: { perDay: 274 * scale } },
    cbpOne: { registrationsPerDay: 1800 * scale },
    ...extra,
  } as ScenarioInput;
}

const MB = 1024 * 1024;

/** Runs one replication here, sampling memory (needs --expose-gc). Used in the child process. */
export function probeMemory(input: ScenarioInput, sampleDays = 91): MemoryFigures {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('bench/memory.ts: the probe needs node --expose-gc');
  const checked = validateScenario(input, presets);
  if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join('; '));
  const days = checked.scenario.days;
  const scale = Number((input as { arrivals?: { betweenPorts?: { perDay?: number } } }).arrivals?.betweenPorts?.perDay ?? 5340) / 5340;
  gc();
  const start = performance.now();
  const rep = createReplication(checked.scenario, { seed: 1, replication: 0 });
  const samples: [number, number][] = [];
  let peakHeap = 0;
  for (let day = Math.min(sampleDays, days); ; day = Math.min(day + sampleDays, days)) {
    rep.advance(day);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    gc();
    samples.push([day, process.memoryUsage().heapUsed / MB]);
    if (day === days) break;
  }
  const result = rep.snapshot();
  return {
    days,
    scale,
    people: result.people,
    queuedAtEnd: Object.values(result.diagnostics?.stations ?? {}).reduce((a, st) => a + st.queued, 0),
    unaccounted: result.summary['conservation.unaccounted'],
    nonFinite: Object.entries(result.summary).filter(([, v]) => v !== null && !Number.isFinite(v)).map(([k]) => k),
    peakLiveHeapMB: Math.max(...samples.map(([, mb]) => mb)),
    peakHeapMB: peakHeap / MB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    samples,
    seconds: (performance.now() - start) / 1000,
  };
}

/** Runs `input` in a fresh child process (`node --expose-gc`) and returns its memory figures. */
export function measureMemory(input: ScenarioInput, sampleDays = 91): Promise<MemoryFigures> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child = spawn(process.execPath, ['--expose-gc', resolve(root, 'bin/tsnode.mjs'), resolve(root, 'bench/memory.ts'), '--probe', JSON.stringify(input), String(sampleDays)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((ok, fail) =>
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`memory probe exited with ${code}: ${err.trim().split('\n').slice(-3).join(' / ')}`));
      ok(JSON.parse(out.trim().split('\n').at(-1)!) as MemoryFigures);
    }),
  );
}

/** Peak memory of the baseline year and of a ten-year run (each in its own process). */
export async function benchMemory(scale = 1, log: (line: string) => void = console.log): Promise<{ year: MemoryFigures; tenYears: MemoryFigures }> {
  const year = await measureMemory(scaledBaseline(365, scale));
  const tenYears = await measureMemory(scaledBaseline(3650, scale));
  for (const [name, m] of [['baseline, 1 year', year], ['baseline, 10 years', tenYears]] as const) {
    log(`memory ${name}: ${m.people.toLocaleString('en-US')} people in ${m.seconds.toFixed(1)} s; live heap at most ${m.peakLiveHeapMB.toFixed(1)} MB, heap in use at most ${m.peakHeapMB.toFixed(1)} MB, peak RSS ${m.peakRssMB.toFixed(0)} MB`);
  }
  return { year, tenYears };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const probe = process.argv.indexOf('--probe');
  if (probe > 0) {
    console.log(JSON.stringify(probeMemory(JSON.parse(process.argv[probe + 1]!) as ScenarioInput, Number(process.argv[probe + 2] ?? 91))));
  } else {
    const i = process.argv.indexOf('--scale');
    const scale = i > 0 ? Number(process.argv[i + 1]) : 1;
    if (!(scale > 0)) {
      console.error(`bench/memory.ts: --scale: '${process.argv[i + 1]}' is not valid (expected a number > 0)`);
      process.exit(2);
    }
    const { year, tenYears } = await benchMemory(scale);
    const brief = (m: MemoryFigures) => ({ days: m.days, people: m.people, peakLiveHeapMB: +m.peakLiveHeapMB.toFixed(2), peakHeapMB: +m.peakHeapMB.toFixed(2), peakRssMB: +m.peakRssMB.toFixed(1), seconds: +m.seconds.toFixed(2) });
    console.log(JSON.stringify({ memory: { scale, year: brief(year), tenYears: brief(tenYears) } }));
  }
}
