/**
 * Model benchmark: the baseline preset, one year, one replication on this thread,
 * reported as simulated people per second and wall seconds (target: at least 300,000
 * people per second per core); then 32 replications with 1 and with 2 worker threads,
 * reported as the speed-up (target: near-linear). Run alone, it prints readable lines and
 * then one JSON line: `node bin/tsnode.mjs bench/model.ts [--speedup-days N]`.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presets, runReplication, validateScenario } from '../sim/model/index.ts';
import { runBatch } from '../lib/runBatch.ts';

export interface ModelBench {
  /** People simulated in the one-year baseline replication. */
  people: number;
  /** Kernel events of that replication. */
  events: number;
  /** Wall seconds of that replication. */
  wallSeconds: number;
  peoplePerSec: number;
  /** Horizon of each of the 32 replications of the speed-up measurement. */
  speedupDays: number;
  oneWorkerSeconds: number;
  twoWorkerSeconds: number;
  /** oneWorkerSeconds / twoWorkerSeconds (2 is linear). */
  speedup: number;
  /** Cores available; below 2 the speed-up cannot show. */
  cores: number;
}

/** Measures the model (see the file comment). `speedupDays` is the horizon of each of the 32 replications (default 60 days, so the measurement takes about a minute). */
export async function benchModel(speedupDays = 60, log: (s: string) => void = console.log): Promise<ModelBench> {
  const checked = validateScenario({ base: 'baseline' }, presets);
  if (!checked.ok) throw new Error(`baseline preset invalid: ${checked.errors.map((e) => e.message).join('; ')}`);
  const scenario = checked.scenario;
  runReplication(scenario, { seed: 99, replication: 0, days: 30 }); // warm up the JIT
  const t0 = performance.now();
  const one = runReplication(scenario, { seed: 1, replication: 0 });
  const wallSeconds = (performance.now() - t0) / 1000;
  const peoplePerSec = one.people / wallSeconds;
  log(`model baseline, ${one.days} days, 1 replication: ${one.people} people, ${one.events} events in ${wallSeconds.toFixed(2)} s: ${(peoplePerSec / 1e3).toFixed(0)}k people/s`);

  const requests = Array.from({ length: 32 }, (_, replication) => ({ scenario, seed: 1, replication, days: speedupDays }));
  const timed = async (workers: number) => {
    const start = performance.now();
    await runBatch(requests, { workers });
    return (performance.now() - start) / 1000;
  };
  const oneWorkerSeconds = await timed(1);
  const twoWorkerSeconds = await timed(2);
  const speedup = oneWorkerSeconds / twoWorkerSeconds;
  const cores = availableParallelism();
  log(`model 32 replications of ${speedupDays} days: 1 worker ${oneWorkerSeconds.toFixed(1)} s, 2 workers ${twoWorkerSeconds.toFixed(1)} s: speed-up ${speedup.toFixed(2)} (${cores} cores)`);
  return { people: one.people, events: one.events, wallSeconds, peoplePerSec, speedupDays, oneWorkerSeconds, twoWorkerSeconds, speedup, cores };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const i = process.argv.indexOf('--speedup-days');
  const days = i > 0 ? Number(process.argv[i + 1]) : 60;
  if (!Number.isInteger(days) || days < 1) {
    console.error(`bench/model.ts: --speedup-days: '${process.argv[i + 1]}' is not valid (expected a positive integer)`);
    process.exit(2);
  }
  console.log(JSON.stringify(await benchModel(days)));
}
