/**
 * Kernel benchmark: M/M/5 (lambda 4.5, mu 1, 1,000,000 customers) through the public
 * API, the same model in SimPy when python3-simpy3 is installed, and the calendar alone
 * (hold model) at 10^2, 10^4 and 10^6 pending events. Each figure is the fastest of a few
 * runs (see `KERNEL_RUNS`). The last line printed is one JSON object with the headline
 * figures.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runMm5 } from './mm5.ts';
import { runHold } from './hold.ts';
import { erlangCWq } from '../sim/stats/index.ts';

export interface KernelBench {
  customersPerSec: number;
  eventsPerSec: number;
  simpyCustomersPerSec: number | null;
  ratioVsSimpy: number | null;
  wq: number;
  erlangCWq: number;
  holdOpsPerSec: Record<string, number>;
}

/**
 * Runs of each engine; the fastest counts. The machines this runs on share their cores, and
 * the fastest of several runs is the usual estimate of what the code itself costs.
 */
const KERNEL_RUNS = 5;
const SIMPY_RUNS = 3;

function simpy(customers: number): { customersPerSec: number; wq: number } | null {
  const script = fileURLToPath(new URL('./simpy_mm5.py', import.meta.url));
  // Debian's python3-simpy3 is installed for the system interpreter, which may not be the
  // first python3 on PATH.
  const python = ['python3', '/usr/bin/python3'].find((py) => spawnSync(py, ['-c', 'import simpy'], { encoding: 'utf8' }).status === 0);
  if (python === undefined) return null;
  const r = spawnSync(python, [script, String(customers), String(SIMPY_RUNS)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) { console.error(`SimPy run failed: ${r.stderr.trim()}`); return null; }
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
  return { customersPerSec: out.customers / out.seconds, wq: out.wq };
}

export function benchKernel(customers = 1_000_000, log: (s: string) => void = console.log): KernelBench {
  runMm5(100_000, 99); // warm up the JIT
  const runs = Array.from({ length: KERNEL_RUNS }, (_, i) => runMm5(customers, i + 1));
  const best = runs.sort((a, b) => a.seconds - b.seconds)[0]!;
  const customersPerSec = best.customers / best.seconds;
  const eventsPerSec = best.events / best.seconds;
  log(`kernel M/M/5: ${best.customers} customers in ${best.seconds.toFixed(3)} s: ${(customersPerSec / 1e6).toFixed(2)}M customers/s, ${(eventsPerSec / 1e6).toFixed(2)}M events/s, Wq ${best.wq.toFixed(4)} (Erlang C ${erlangCWq(5, 4.5, 1).toFixed(5)})`);
  const sp = simpy(customers);
  if (sp) log(`SimPy M/M/5: ${(sp.customersPerSec / 1e3).toFixed(0)}k customers/s, Wq ${sp.wq.toFixed(4)}`);
  else log('SimPy M/M/5: skipped (python3-simpy3 not installed)');
  const holdOpsPerSec: Record<string, number> = {};
  for (const pending of [100, 10_000, 1_000_000]) {
    const h = [1, 2, 3].map((seed) => runHold(pending, 2_000_000, seed)).sort((a, b) => b.opsPerSec - a.opsPerSec)[0]!;
    holdOpsPerSec[String(pending)] = h.opsPerSec;
    log(`calendar hold model, ${pending} pending: ${(h.opsPerSec / 1e6).toFixed(2)}M ops/s`);
  }
  return {
    customersPerSec,
    eventsPerSec,
    simpyCustomersPerSec: sp ? sp.customersPerSec : null,
    ratioVsSimpy: sp ? customersPerSec / sp.customersPerSec : null,
    wq: best.wq,
    erlangCWq: Number(erlangCWq(5, 4.5, 1).toFixed(5)),
    holdOpsPerSec,
  };
}
