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
  const base = { path, description, default: node.default };
  const options = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
  if (Array.isArray(options)) {
    const resolved = options.map((o) => resolve(root, o)).filter((o): o is Schema => o !== null);
    const numeric = resolved.find((o) => o.type === 'number' || o.type === 'integer');
    const list = resolved.find((o) => o.type === 'array');
    if (numeric && list) return { ...base, type: 'schedule', minimum: num(numeric.minimum), maximum: num(numeric.maximum), exclusiveMinimum: num(numeric.exclusiveMinimum) };
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
export function checkNumber(info: Pick<FieldInfo, 'type' | 'minimum' | 'maximum' | 'exclusiveMinimum'>, value: number): string | null {
  if (!Number.isFinite(value)) return 'expected a number';
  if (info.type === 'integer' && !Number.isInteger(value)) return 'expected a whole number';
  if (info.minimum !== undefined && value < info.minimum) return `expected a number ≥ ${info.minimum}`;
  if (info.exclusiveMinimum !== undefined && value <= info.exclusiveMinimum) return `expected a number > ${info.exclusiveMinimum}`;
  if (info.maximum !== undefined && value > info.maximum) return `expected a number ≤ ${info.maximum}`;
  return null;
}
