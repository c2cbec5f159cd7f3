/**
 * Part files: what a shard (`--shard i/n`) writes, and what `merge` reads. A part file
 * holds the plan (so shards of different runs are never mixed), the shard it is, and the
 * full results of its replications, with numbers written so they read back bit for bit
 * (JSON's shortest round-trip decimals; NaN and infinities as strings).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplicationResult } from '../sim/model/result.ts';
import type { Plan, Unit } from './plan.ts';
import type { Shard } from './parseOptions.ts';

const FORMAT = 'border-sim-part';
const VERSION = 1;

/** The content of a part file. */
export interface Part {
  readonly shard: Shard;
  readonly plan: Plan;
  readonly units: readonly (Unit & { readonly result: ReplicationResult })[];
}

/** The file name of shard i/n in an output folder. */
export function partFileName(shard: Shard): string {
  return `part-${shard.index}-of-${shard.count}.json`;
}

const num = (x: number): number | string => (Number.isFinite(x) ? x : String(x));
const unnum = (x: unknown): number => (typeof x === 'string' ? Number(x) : (x as number));

function encodeResult(r: ReplicationResult): unknown {
  return {
    ...r,
    summary: Object.fromEntries(Object.entries(r.summary).map(([k, v]) => [k, num(v as number)])),
    daily: Object.fromEntries(Object.entries(r.daily).map(([k, v]) => [k, Array.from(v as Float64Array, num)])),
    custodyHistogram: { binHours: r.custodyHistogram.binHours, counts: Array.from(r.custodyHistogram.counts, num) },
  };
}

function decodeResult(o: Record<string, unknown>): ReplicationResult {
  const h = o.custodyHistogram as { binHours: number; counts: unknown[] };
  return {
    ...(o as unknown as ReplicationResult),
    summary: Object.fromEntries(Object.entries(o.summary as object).map(([k, v]) => [k, unnum(v)])) as ReplicationResult['summary'],
    daily: Object.fromEntries(Object.entries(o.daily as object).map(([k, v]) => [k, Float64Array.from(v as unknown[], unnum)])) as ReplicationResult['daily'],
    custodyHistogram: { binHours: h.binHours, counts: Float64Array.from(h.counts, unnum) },
  };
}

/** The JSON text of a part file. */
export function encodePart(part: Part): string {
  return JSON.stringify({
    format: FORMAT,
    version: VERSION,
    shard: part.shard,
    plan: part.plan,
    units: part.units.map((u) => ({ scenario: u.scenario, replication: u.replication, result: encodeResult(u.result) })),
  });
}

/**
 * Reads a part file.
 *
 * @throws Error with a one-line reason when the file is unreadable or not a part file.
 */
export function readPart(path: string): Part {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code ? (error as Error).message : 'not valid JSON');
  }
  if (data?.format !== FORMAT) throw new Error(`not a border-sim part file (expected "format": "${FORMAT}")`);
  if (data.version !== VERSION) throw new Error(`part file version ${String(data.version)} (expected ${VERSION})`);
  const units = (data.units as Record<string, unknown>[]).map((u) => ({
    scenario: u.scenario as number,
    replication: u.replication as number,
    result: decodeResult(u.result as Record<string, unknown>),
  }));
  return { shard: data.shard as Shard, plan: data.plan as Plan, units };
}

/** True when two plans fix the same numbers. */
export function samePlan(a: Plan, b: Plan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The state of shard i/n's part file in `dir`: absent, complete for this plan (so the
 * shard can be skipped), or belonging to another plan.
 */
export function partState(dir: string, shard: Shard, plan: Plan, expectedUnits: number): 'absent' | 'complete' | 'other' {
  const path = join(dir, partFileName(shard));
  if (!existsSync(path)) return 'absent';
  try {
    const part = readPart(path);
    if (!samePlan(part.plan, JSON.parse(JSON.stringify(plan)))) return 'other';
    return part.units.length === expectedUnits ? 'complete' : 'other';
  } catch {
    return 'other';
  }
}
