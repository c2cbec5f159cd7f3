/**
 * Field facts read from the scenario's JSON Schema (generated from the one zod schema):
 * type, bounds, allowed values, default and description. The lever panel takes its ranges,
 * descriptions and checks from here, so the form cannot drift from the model.
 */
import { isPlainObject } from './safeJson.ts';
import type { ScenarioPath } from './scenarioPaths.ts';

/** What the schema says about one field. */
export interface FieldInfo {
  readonly path: string;
  /** 'schedule' = a number, or a list of `{ fromDay, value }` steps. */
  readonly type: 'number' | 'integer' | 'boolean' | 'string' | 'enum' | 'schedule' | 'array' | 'object';
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly options?: readonly string[];
  readonly default?: unknown;
  readonly description: string;
  /** Unit of the value, as the schema states it (`FieldUnit`), if it does. */
  readonly unit?: string;
  /** Where the default comes from, as the schema states it. */
  readonly source?: string;
}

type Schema = Record<string, unknown>;

function resolve(root: Schema, node: unknown): Schema | null {
  let n = node;
  for (let i = 0; i < 16 && isPlainObject(n) && typeof n.$ref === 'string'; i++) {
    const ref = n.$ref as string;
    const m = /^#\/(definitions|\$defs)\/(.+)$/.exec(ref);
    const table = m ? root[m[1]] : undefined;
    const target = m && isPlainObject(table) ? table[decodeURIComponent(m[2])] : ref === '#' ? root : undefined;
    n = target === undefined ? null : { ...target, ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== '$ref')) };
  }
  if (!isPlainObject(n)) return null;
  if (Array.isArray(n.allOf) && n.allOf.length === 1) return resolve(root, { ...n.allOf[0], ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== 'allOf')) });
  return n;
}

function objectBranch(root: Schema, node: Schema): Schema | null {
  if (isPlainObject(node.properties)) return node;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = node[key];
    if (Array.isArray(list)) {
      for (const option of list) {
        const r = resolve(root, option);
        if (r && isPlainObject(r.properties)) return r;
      }
    }
  }
  return null;
}

/** The schema node at a dotted path, or null when the path is not in the schema. */
export function schemaAt(root: Schema, path: string): Schema | null {
  let node = resolve(root, root);
  for (const seg of path.split('.')) {
    if (!node) return null;
    const obj = objectBranch(root, node);
    if (!obj) return null;
    const props = obj.properties as Record<string, unknown>;
    node = Object.hasOwn(props, seg) ? resolve(root, props[seg]) : null;
  }
  return node;
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

/**
 * The facts of the field at `path`. A lever's path is checked against the scenario type when
 * the page is compiled (see `scenarioPaths.ts`), so a path the JSON Schema lacks means the two
 * disagree: that throws, rather than leaving a lever out of the form without a word.
 */
export function requireField(root: Schema, path: ScenarioPath): FieldInfo {
  const info = fieldInfo(root, path);
  if (!info) throw new Error(`the scenario JSON Schema has no field "${path}" (is scenarios/scenario.schema.json up to date?)`);
  return info;
}

/** The facts of the field at `path`, or null when the schema has no such field. */
export function fieldInfo(root: Schema, path: string): FieldInfo | null {
  const node = schemaAt(root, path);
  if (!node) return null;
  const description = typeof node.description === 'string' ? node.description : '';
  const base = { path, description, default: node.default, ...(typeof node.unit === 'string' ? { unit: node.unit } : {}), ...(typeof node.source === 'string' ? { source: node.source } : {}) };
  const options = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
  if (Array.isArray(options)) {
    const resolved = options.map((o) => resolve(root, o)).filter((o): o is Schema => o !== null);
    const numeric = resolved.find((o) => o.type === 'number' || o.type === 'integer');
    const list = resolved.find((o) => o.type === 'array');
    if (numeric && list) return { ...base, type: 'schedule', minimum: num(numeric.minimum), maximum: num(numeric.maximum), exclusiveMinimum: num(numeric.exclusiveMinimum) };
    // A choice of objects (a distribution: lognormal, gamma, …) is an object field.
    if (resolved.length > 0 && resolved.every((o) => o.type === 'object')) return { ...base, type: 'object' };
  }
  if (Array.isArray(node.enum)) return { ...base, type: 'enum', options: node.enum.map(String) };
  switch (node.type) {
    case 'number':
    case 'integer':
      return { ...base, type: node.type, minimum: num(node.minimum), maximum: num(node.maximum), exclusiveMinimum: num(node.exclusiveMinimum) };
    case 'boolean':
    case 'string':
    case 'array':
    case 'object':
      return { ...base, type: node.type };
    default:
      return null;
  }
}

/**
 * Checks a number against a field's bounds; returns a plain sentence naming what was
 * expected, or null when the value is acceptable.
 */
export function checkNumber(info: Pick<FieldInfo, 'type' | 'minimum' | 'maximum' | 'exclusiveMinimum' | 'unit'>, value: number): string | null {
  // Shares are typed as percentages, so their bounds are said as percentages.
  const shown = (x: number) => (info.unit === 'share' ? `${Math.round(x * 1e6) / 1e4}%` : String(x));
  if (!Number.isFinite(value)) return 'expected a number';
  if (info.type === 'integer' && !Number.isInteger(value)) return 'expected a whole number';
  if (info.minimum !== undefined && value < info.minimum) return `expected a number ≥ ${shown(info.minimum)}`;
  if (info.exclusiveMinimum !== undefined && value <= info.exclusiveMinimum) return `expected a number > ${shown(info.exclusiveMinimum)}`;
  if (info.maximum !== undefined && value > info.maximum) return `expected a number ≤ ${shown(info.maximum)}`;
  return null;
}

/** How far above its default a value gets a note on the lever (not a refusal). */
export const FAR_ABOVE_DEFAULT = 10;

/**
 * A note for a value far outside what the field's sources describe: ten times its default or
 * more, or a staff count that is not whole. The model runs it; the note says it is unseen.
 */
export function plausibilityNote(info: Pick<FieldInfo, 'default' | 'unit' | 'source'>, value: number): string | null {
  const d = typeof info.default === 'number' ? info.default : null;
  if (info.unit === 'staff' && !Number.isInteger(value)) return `${format(value)} is not a whole number of people; the model reads it as an average on duty.`;
  if (d !== null && d > 0 && value >= FAR_ABOVE_DEFAULT * d) {
    return `${format(value)} is ${Math.floor(value / d)} times the default (${format(d)}${info.source ? `: ${info.source}` : ''}); the model runs it, but nothing like it has been seen.`;
  }
  return null;
}

const format = (x: number) => (Math.abs(x) >= 1e7 ? x.toExponential(2).replace('e+', 'e') : String(Math.round(x * 1000) / 1000).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
