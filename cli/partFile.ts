/**
 * Part files: what a shard (`--shard i/n`) writes, and what `merge` reads. A part file
 * holds what made it (the tool's version and the fingerprint of its model code), the plan
 * (so shards of different runs are never mixed) with the fingerprint of its resolved
 * scenarios, the shard it is, and the full results of its replications, with numbers
 * written so they read back bit for bit (JSON's shortest round-trip decimals; typed arrays,
 * NaN, infinities and -0 tagged).
 *
 * The file is `{"format":"border-sim-part","version":3,"sha256":"<hex>","data":<content>}`,
 * where the SHA-256 is that of the content's exact text: a part damaged after it was written
 * (a changed digit, a bad copy between machines) is refused by `merge` instead of merged.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readInputFile } from '../lib/readInputFile.ts';
import { METRICS, SERIES_IDS } from '../sim/model/index.ts';
import type { ReplicationResult } from '../sim/model/result.ts';
import { modelFingerprint } from './modelFingerprint.ts';
import type { Plan, Unit } from './plan.ts';
import type { Shard } from './parseOptions.ts';
import { MAX_PART_BYTES } from './runSize.ts';
import { VERSION as TOOL_VERSION } from './version.ts';

const FORMAT = 'border-sim-part';
const VERSION = 3;
/** Everything before the content: fixed, apart from the 64 hex digits of the checksum. */
const HEADER = /^\{"format":"border-sim-part","version":(\d+),"sha256":"([0-9a-f]{64})","data":/;

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** What made a part file: the tool's version and the fingerprint of its model code (see modelFingerprint.ts). */
export interface Maker {
  readonly tool: string;
  readonly version: string;
  readonly model: string;
}

/** This build, as it stamps its part files. */
export function thisMaker(): Maker {
  return { tool: 'border-sim', version: TOOL_VERSION, model: modelFingerprint() };
}

/** The fingerprint of a plan's resolved scenarios (the SHA-256 of their JSON, in plan order). */
export function scenariosFingerprint(plan: Plan): string {
  return sha256(JSON.stringify(plan.scenarios.map((s) => s.scenario)));
}

/** The content of a part file. */
export interface Part {
  readonly made: Maker;
  readonly shard: Shard;
  readonly plan: Plan;
  /** {@link scenariosFingerprint} of the plan when it was written. */
  readonly scenarios: string;
  readonly units: readonly (Unit & { readonly result: ReplicationResult })[];
}

/** A short form of a fingerprint for messages. */
export const shortHash = (hex: string) => hex.slice(0, 12);

/** How two makers differ, in words, or null when they are the same build. */
export function makerDifference(a: Maker, b: Maker): string | null {
  if (a.version !== b.version) return `border-sim ${a.version} against ${b.version}`;
  if (a.model !== b.model) return `model code ${shortHash(a.model)} against ${shortHash(b.model)} (the same version ${a.version}, changed sources)`;
  return null;
}

/** The file name of shard i/n in an output folder. */
export function partFileName(shard: Shard): string {
  return `part-${shard.index}-of-${shard.count}.json`;
}

/** JSON replacer: typed arrays as `{"$f64": [...]}`, NaN, infinities and -0 as `{"$num": "..."}`, so every number reads back bit for bit. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Float64Array) return { $f64: Array.from(value) };
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return { $num: Object.is(value, -0) ? '-0' : String(value) };
  return value;
}

/** JSON reviver undoing {@link replacer}. */
function reviver(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (typeof o.$num === 'string') return Number(o.$num);
    if (Array.isArray(o.$f64)) return Float64Array.from(o.$f64 as number[]);
  }
  return value;
}

/** The JSON text of a part file, stamped with this build ({@link thisMaker}). */
export function encodePart(part: Omit<Part, 'made' | 'scenarios'>): string {
  return wrapPartData(encodePartData({ ...part, made: thisMaker(), scenarios: scenariosFingerprint(part.plan) }));
}

/** @internal The content of a part file (what its checksum covers). */
export function encodePartData(part: Part): string {
  return JSON.stringify({
    made: part.made,
    shard: part.shard,
    scenarios: part.scenarios,
    plan: part.plan,
    units: part.units.map((u) => ({ scenario: u.scenario, replication: u.replication, result: u.result })),
  }, replacer);
}

/** @internal A part file around `data`, the text of its content, with the checksum of that text. */
export function wrapPartData(data: string): string {
  return `{"format":"${FORMAT}","version":${VERSION},"sha256":"${sha256(data)}","data":${data}}`;
}

/**
 * Reads a part file.
 *
 * @throws Error with a one-line reason when the file is unreadable or not a part file.
 */
export function readPart(path: string): Part {
  // A part file is at most MAX_PART_BYTES plus its header (shards check their size before running).
  const text = readInputFile(path, MAX_PART_BYTES + 1024);
  const header = HEADER.exec(text);
  if (!header) throw new Error(`not a border-sim part file (expected it to start with {"format":"${FORMAT}","version":${VERSION},"sha256":...)`);
  if (Number(header[1]) !== VERSION) throw new Error(`part file version ${header[1]}, written by an older or newer border-sim (expected ${VERSION}); rerun its shard with this one`);
  const content = text.endsWith('}') ? text.slice(header[0].length, -1) : '';
  if (sha256(content) !== header[2]) throw new Error('damaged part file: its content does not match its SHA-256 checksum (changed, or cut short, since it was written)');
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(content, reviver);
  } catch {
    throw new Error('damaged part file: its content is not valid JSON');
  }
  if (!isObject(data)) throw new Error('damaged part file: expected an object');
  const problem = partProblem(data);
  if (problem) throw new Error(`damaged part file: ${problem}`);
  return { made: data.made as Maker, shard: data.shard as Shard, plan: data.plan as Plan, scenarios: data.scenarios as string, units: data.units as Part['units'] };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, min: number) => Number.isSafeInteger(v) && (v as number) >= min;

/** What makes parsed part-file data unusable (a wrong shape, a missing metric, a series of the wrong length), or null. */
function partProblem(data: Record<string, unknown>): string | null {
  const { made, shard, plan, units, scenarios } = data;
  if (!isObject(made) || typeof made.tool !== 'string' || typeof made.version !== 'string' || typeof made.model !== 'string') return 'expected "made": {"tool", "version", "model"} (what wrote it)';
  if (!isObject(shard) || !isCount(shard.index, 1) || !isCount(shard.count, 1) || (shard.index as number) > (shard.count as number)) return 'expected "shard": {"index": i, "count": n} with 1 <= i <= n';
  if (!isObject(plan) || !Array.isArray(plan.scenarios) || !isCount(plan.reps, 1) || !isCount(plan.seed, 0)) return 'expected "plan" with scenarios, seed and reps';
  if (typeof scenarios !== 'string' || scenarios !== scenariosFingerprint(plan as unknown as Plan)) return 'its scenarios do not match their fingerprint';
  if (!Array.isArray(units)) return 'expected "units" to be a list';
  for (const [i, u] of units.entries()) {
    if (!isObject(u) || !isCount(u.scenario, 0) || !isCount(u.replication, 0) || !isObject(u.result)) return `unit ${i}: expected scenario, replication and result`;
    const r = u.result;
    if (!isCount(r.days, 1) || !isObject(r.summary) || !isObject(r.daily) || !isObject(r.custodyHistogram)) return `unit ${i}: expected a result with days, summary, daily series and custody histogram`;
    // A ratio metric over nobody is null; every other metric is a number.
    const missing = METRICS.find((d) => { const v = (r.summary as Record<string, unknown>)[d.id]; return typeof v !== 'number' && !(v === null && 'emptyWhen' in d); });
    if (missing) return `unit ${i}: metric ${missing.id} is missing`;
    const short = SERIES_IDS.find((id) => { const a = (r.daily as Record<string, unknown>)[id]; return !(a instanceof Float64Array) || a.length !== r.days; });
    if (short) return `unit ${i}: series ${short} does not have ${r.days} daily values`;
  }
  return null;
}

/** True when two plans fix the same numbers. */
export function samePlan(a: Plan, b: Plan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The state of a shard's part file in a folder: absent, complete (the shard can be skipped), or another file, and why. */
export type PartState = { readonly state: 'absent' | 'complete' } | { readonly state: 'other'; readonly why: string };

/**
 * The state of shard i/n's part file in `dir`: absent, complete for this plan and this build
 * (so the shard can be skipped), or something else (another run's, another build's, damaged).
 */
export function partState(dir: string, shard: Shard, plan: Plan, expectedUnits: number): PartState {
  const path = join(dir, partFileName(shard));
  if (!existsSync(path)) return { state: 'absent' };
  let part: Part;
  try {
    part = readPart(path);
  } catch (error) {
    return { state: 'other', why: (error as Error).message };
  }
  const made = makerDifference(part.made, thisMaker());
  if (made) return { state: 'other', why: `it was made by another build (${made})` };
  if (!samePlan(part.plan, JSON.parse(JSON.stringify(plan)))) return { state: 'other', why: 'it belongs to another run (other scenarios, seed, reps or days)' };
  if (part.units.length !== expectedUnits) return { state: 'other', why: `it holds ${part.units.length} replications, expected ${expectedUnits}` };
  return { state: 'complete' };
}
