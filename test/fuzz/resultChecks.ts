/**
 * What every replication result must satisfy, whatever the scenario: every person accounted
 * for, every metric finite (or null, for a mean or share over nobody) and every daily value finite, counts and levels never negative, shares within
 * [0, 1], one value per day in every series, and each facility's ledger balanced. Returns
 * the broken rules as sentences (empty when all hold), so a fuzz failure says what broke.
 */
import { METRICS, SERIES, type ReplicationResult } from '../../sim/model/index.ts';

/** Metrics that may be negative: differences. */
const SIGNED = new Set<string>(['court.backlog.change']);

/** The rules broken by `r`, a replication of a scenario with horizon `days`. */
export function resultProblems(r: ReplicationResult, days: number): string[] {
  const out: string[] = [];
  const unaccounted = r.summary['conservation.unaccounted'];
  if (unaccounted !== 0) out.push(`conservation.unaccounted is ${unaccounted}, expected 0`);
  const leftBp = r.custodyHistogram.counts.reduce((a, b) => a + b, 0);
  for (const m of METRICS) {
    const v = r.summary[m.id];
    if (v === null) {
      // Only a mean or share over people may be empty, and Border Patrol's exactly when no one left its custody.
      if (!('emptyWhen' in m)) out.push(`metric ${m.id} is null, expected a finite number`);
      else if (m.id.startsWith('bp.') && leftBp > 0) out.push(`metric ${m.id} is null although ${leftBp} people left Border Patrol custody`);
      continue;
    }
    if (m.id.startsWith('bp.') && 'emptyWhen' in m && leftBp === 0) out.push(`metric ${m.id} is ${v} although no one left Border Patrol custody, expected null`);
    if (typeof v !== 'number' || !Number.isFinite(v)) out.push(`metric ${m.id} is ${v}, expected a finite number`);
    else if (v < 0 && !SIGNED.has(m.id)) out.push(`metric ${m.id} is ${v}, expected >= 0`);
    else if (m.unit === 'share' && v > 1) out.push(`metric ${m.id} is ${v}, expected a share <= 1`);
  }
  if (r.days !== days) out.push(`result.days is ${r.days}, expected ${days}`);
  for (const s of SERIES) {
    const a = r.daily[s.id];
    if (!(a instanceof Float64Array) || a.length !== days) {
      out.push(`series ${s.id} has ${a?.length} values, expected ${days}`);
      continue;
    }
    const bad = a.findIndex((x) => !Number.isFinite(x) || x < 0);
    if (bad >= 0) out.push(`series ${s.id} is ${a[bad]} on day ${bad}, expected a finite number >= 0`);
  }
  for (const [name, f] of Object.entries(r.diagnostics?.facilities ?? {})) {
    if (f.entries - f.exits !== f.level) out.push(`facility ${name}: entries ${f.entries} - exits ${f.exits} != level ${f.level}`);
    if (f.level < 0) out.push(`facility ${name}: level ${f.level} < 0`);
  }
  return out;
}
