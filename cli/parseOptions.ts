/**
 * Parsers for option values, in commander's argParser shape: each returns the parsed
 * value or throws InvalidArgumentError saying what was expected (commander adds the
 * flag and the value to the message).
 */
import { InvalidArgumentError } from 'commander';
import { MAX_DAYS } from '../sim/model/schema/limits.ts';

/** A positive integer (reps, workers, days). */
export function parsePositiveInteger(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

/** A horizon in days: a positive integer up to the longest horizon a scenario may have. */
export function parseDays(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_DAYS) throw new InvalidArgumentError(`expected a positive integer of at most ${MAX_DAYS} (ten years)`);
  return n;
}

/** A replication index: an integer from 0 up. */
export function parseIndex(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError('expected an integer >= 0');
  return n;
}

/** A seed: an integer from 0 to 4294967295. */
export function parseSeed(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n > 0xffffffff) throw new InvalidArgumentError('expected an integer from 0 to 4294967295');
  return n;
}

/** A shard `i/n`: the i-th (1-based) of n slices. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Most shards of one run: `merge` reads a part file of each (a shard may get no replication, and still writes one). */
export const MAX_SHARDS = 100_000;

/** Parses `--shard i/n` with 1 ≤ i ≤ n ≤ {@link MAX_SHARDS}. */
export function parseShard(value: string): Shard {
  const m = /^(\d{1,15})\/(\d{1,15})$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(index >= 1 && count >= 1 && index <= count && count <= MAX_SHARDS)) throw new InvalidArgumentError(`expected i/n with 1 <= i <= n <= ${MAX_SHARDS}, e.g. 2/4`);
  return { index, count };
}

/** One `--set path=v1,v2,...` of a sweep. */
export interface SetOption {
  readonly path: string;
  readonly values: readonly unknown[];
  /** The text as given, for messages and the reproducible command line. */
  readonly text: string;
}

/** Splits on commas that are not inside brackets, braces or double quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A value is JSON when it parses as JSON (numbers, true/false, null, "text", arrays, objects); otherwise plain text. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const pathPattern = /^[A-Za-z_$][\w$]*(\.[\w$]+|\[\d+\])*$/;

/** Parses one `--set path=v1,v2,...` and appends it to the ones before (commander's repeatable-option shape). */
export function parseSet(value: string, previous: readonly SetOption[] = []): SetOption[] {
  const eq = value.indexOf('=');
  const path = eq > 0 ? value.slice(0, eq).trim() : '';
  const rest = eq > 0 ? value.slice(eq + 1) : '';
  if (!pathPattern.test(path) || rest.trim() === '') throw new InvalidArgumentError('expected path=v1,v2,... e.g. arrivals.perDay=1000,2000');
  if (previous.some((s) => s.path === path)) throw new InvalidArgumentError(`expected each path once; '${path}' is already swept`);
  const values = splitTopLevel(rest).map((v) => v.trim());
  if (values.some((v) => v === '')) throw new InvalidArgumentError('expected non-empty values separated by commas');
  return [...previous, { path, values: values.map(parseValue), text: value }];
}
