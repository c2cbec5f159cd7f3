/**
 * A scenario as the app holds it: a preset it starts from plus the changed levers only, by
 * dotted path (`detention.beds`). Paths go through objects only; a list (such as
 * `policy.rules`) is always replaced whole, as the model's `base` merge does. The same entry
 * becomes the CLI's scenario file format: `{ "base": preset, ...nested overrides }`.
 */
import { FORBIDDEN_KEYS, isPlainObject } from './safeJson.ts';

/** A JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One scenario of a comparison. */
export interface ScenarioEntry {
  /** Name shown in legends, tables and file names. */
  readonly name: string;
  /** Preset the scenario starts from ('' = the schema's defaults). */
  readonly base: string;
  /** Changed levers only: dotted path → value. */
  readonly overrides: Readonly<Record<string, JsonValue>>;
}

/** A dotted path of plain field names (letters, digits, `_`, `$`), none of them forbidden. */
export function isSafePath(path: string): boolean {
  if (path.length === 0 || path.length > 200) return false;
  return path.split('.').every((seg) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg) && !FORBIDDEN_KEYS.has(seg));
}

/** The value at a dotted path, or undefined. Only own properties are followed. */
export function getAtPath(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const seg of path.split('.')) {
    if (!isPlainObject(v) || !Object.hasOwn(v, seg)) return undefined;
    v = v[seg];
  }
  return v;
}

/** Sets a dotted path in a nested plain object, creating objects on the way (mutates `target`). */
export function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  if (!isSafePath(path)) throw new Error(`invalid field path: ${path.slice(0, 60)}`);
  const segs = path.split('.');
  let obj = target;
  for (const seg of segs.slice(0, -1)) {
    const next = Object.hasOwn(obj, seg) ? obj[seg] : undefined;
    if (!isPlainObject(next)) {
      const fresh: Record<string, unknown> = {};
      Object.defineProperty(obj, seg, { value: fresh, enumerable: true, writable: true, configurable: true });
      obj = fresh;
    } else obj = next;
  }
  Object.defineProperty(obj, segs[segs.length - 1], { value, enumerable: true, writable: true, configurable: true });
}

/** Fields of a scenario file that describe it rather than set a lever. */
const META_FIELDS = new Set(['$schema', 'base', 'name', 'title', 'description', 'sources', 'claims']);

/** The scenario input (CLI file format) for an entry: `{ base, name, ...overrides nested }`. */
export function toScenarioInput(entry: ScenarioEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (entry.base) out.base = entry.base;
  out.name = entry.name;
  for (const path of Object.keys(entry.overrides).sort()) setAtPath(out, path, entry.overrides[path]);
  return out;
}

/** Flattens nested objects to dotted paths; lists and other values are leaves. */
export function flattenOverrides(data: Record<string, unknown>, prefix = '', out: Record<string, JsonValue> = {}): Record<string, JsonValue> {
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!prefix && META_FIELDS.has(key)) continue;
    if (isPlainObject(value) && Object.keys(value).length > 0) flattenOverrides(value, path, out);
    else out[path] = value as JsonValue;
  }
  return out;
}

/** An entry from a parsed scenario file (CLI format); the caller validates it with the model. */
export function fromScenarioInput(data: Record<string, unknown>, fallbackName: string): ScenarioEntry {
  const name = typeof data.name === 'string' && data.name.trim() ? data.name.trim().slice(0, 60) : fallbackName;
  const base = typeof data.base === 'string' ? data.base : '';
  return { name, base, overrides: flattenOverrides(data) };
}

/** Canonical text of a JSON value with sorted keys (cache keys, equality). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
