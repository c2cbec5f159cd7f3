/**
 * Derives a history preset's arrival flows from the published encounter series: the daily
 * rate of new crossings between ports, and of walk-ups at ports, for each month, such that the
 * simulated Border Patrol apprehensions and port encounters of each month come out at the
 * published values. Apprehensions are more than first crossings times the apprehension share:
 * repeat crossers and CBP One registrants who stopped waiting are apprehended too, so the rates
 * are found by a fixed-point iteration on simulated months (each pass multiplies a month's
 * crossing rate by published / simulated apprehensions, and adds the port shortfall to its
 * walk-up rate), with every other parameter as the preset has it. Only the arrivals block of
 * the preset file is rewritten.
 *
 *   node bin/tsnode.mjs scripts/historyArrivals.ts fy2019 fy2022 fy2023 [--passes 4] [--seeds 2]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { shippedObserved } from '../lib/backtestScenarios.ts';
import { presets, runReplication, validateScenario } from '../sim/model/index.ts';
import { monthsByDay, dateOfDay } from '../sim/model/schema/calendar.ts';
import type { SeriesId } from '../sim/model/series.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { passes: { type: 'string', default: '4' }, seeds: { type: 'string', default: '2' } } });
const passes = Number(values.passes), seeds = Number(values.seeds);

/** Published monthly totals of the observed series compared with `series`, by `YYYY-MM` (the first file that has a month gives it). */
function observedMonthly(series: SeriesId): Map<string, number> {
  const out = new Map<string, number>();
  for (const { def, data } of shippedObserved()) {
    for (const c of def.compare) {
      if (!('series' in c.model) || c.model.series !== series || c.aggregate !== 'sum') continue;
      const file = new Map<string, number>();
      for (const id of c.observed) for (const p of data.series[id]?.points ?? []) file.set(p.month, (file.get(p.month) ?? 0) + p.value);
      for (const [m, v] of file) if (!out.has(m)) out.set(m, v);
    }
  }
  return out;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

for (const name of positionals) {
  const file = new URL(`../scenarios/${name}.json`, import.meta.url);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  const first = validateScenario(json, presets);
  if (!first.ok) throw new Error(`${name}: ${first.errors.map((e) => e.message).join('; ')}`);
  const { startDate, days } = first.scenario;
  const months = monthsByDay(startDate, days);
  const monthKey = Array.from({ length: days }, (_, d) => dateOfDay(startDate, d).slice(0, 7));
  const keys = [...new Set(monthKey)];
  const daysIn = new Map(keys.map((k) => [k, monthKey.filter((m) => m === k).length]));
  const calendarOf = new Map(keys.map((k) => [k, months[monthKey.indexOf(k)]!]));
  const bpObs = observedMonthly('encounters.bp'), ofoObs = observedMonthly('encounters.ofo');
  // The rates by calendar month (a fiscal year has each once), from the preset as it stands.
  const rate = (flow: { perDay: number; monthlyFactors?: number[] }) => keys.map((k) => flow.perDay * (flow.monthlyFactors?.[calendarOf.get(k)!] ?? 1));
  let bpRate = rate(first.scenario.arrivals.betweenPorts), walkRate = rate(first.scenario.arrivals.walkUps);
  const write = () => {
    const flow = (r: number[]) => {
      const total = r.reduce((a, x, i) => a + x * daysIn.get(keys[i]!)!, 0);
      const perDay = Math.round(total / days);
      const factors = new Array<number>(12).fill(1);
      r.forEach((x, i) => { factors[calendarOf.get(keys[i]!)!] = round(x / perDay, 4); });
      return { perDay, monthlyFactors: factors };
    };
    json.arrivals = { ...json.arrivals, betweenPorts: { ...json.arrivals?.betweenPorts, ...flow(bpRate) } };
    if (keys.every((k) => ofoObs.has(k))) json.arrivals.walkUps = { ...json.arrivals?.walkUps, ...flow(walkRate) };
  };
  for (let pass = 0; pass < passes; pass++) {
    write();
    const checked = validateScenario(json, presets);
    if (!checked.ok) throw new Error(`${name}: ${checked.errors.map((e) => e.message).join('; ')}`);
    const bpSim = keys.map(() => 0), ofoSim = keys.map(() => 0);
    for (let s = 1; s <= seeds; s++) {
      const r = runReplication(checked.scenario, { seed: s, replication: 0 });
      for (let d = 0; d < days; d++) {
        const i = keys.indexOf(monthKey[d]!);
        bpSim[i]! += r.daily['encounters.bp'][d]! / seeds;
        ofoSim[i]! += r.daily['encounters.ofo'][d]! / seeds;
      }
    }
    const err = keys.map((k, i) => (bpObs.has(k) ? bpSim[i]! / bpObs.get(k)! - 1 : 0));
    console.log(`${name} pass ${pass + 1}: Border Patrol apprehensions by month, simulated vs published: ${err.map((e) => `${(e * 100).toFixed(1)}%`).join(' ')}`);
    bpRate = bpRate.map((x, i) => (bpObs.has(keys[i]!) && bpSim[i]! > 0 ? x * bpObs.get(keys[i]!)! / bpSim[i]! : x));
    walkRate = walkRate.map((x, i) => (ofoObs.has(keys[i]!) ? Math.max(0, x + (ofoObs.get(keys[i]!)! - ofoSim[i]!) / daysIn.get(keys[i]!)!) : x));
  }
  write();
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`${name}: wrote arrivals to scenarios/${name}.json`);
}
