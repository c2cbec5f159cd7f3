/** Setting one field of scenario data by a path such as `arrivals.perDay` or `policies[0].share`. */
import { UsageError } from './errors.ts';

/** Splits `a.b[2].c` (or `a.b.2.c`) into `['a', 'b', 2, 'c']`. */
export function splitPath(path: string): (string | number)[] {
  return path.split('.').flatMap((part) => {
    if (/^\d+$/.test(part)) return [Number(part)];
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [part];
    const idx = [...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    return m[1] === '' ? idx : [m[1], ...idx];
  });
}

/**
 * Returns `data` with the field at `path` set to `value` (mutating `data`, which the caller
 * has cloned). The field's parent must exist; the field itself may be new (the scenario's
 * validation then says whether it is allowed).
 *
 * @throws UsageError naming the path when a parent is missing or not an object/array.
 */
export function applySet(data: unknown, path: string, value: unknown, scenarioLabel: string): unknown {
  const keys = splitPath(path);
  let node = data as Record<string | number, unknown>;
  for (let i = 0; i < keys.length - 1; i++) {
    // Own fields only: `__proto__` or `constructor` would otherwise reach (and pollute) Object.prototype.
    const next = Object.hasOwn(node, keys[i]) ? node[keys[i]] : undefined;
    if (next === null || typeof next !== 'object') {
      const at = keys.slice(0, i + 1).join('.');
      throw new UsageError(`--set ${path}: scenario '${scenarioLabel}' has no field '${at}' to set '${path}' in`);
    }
    node = next as Record<string | number, unknown>;
  }
  const last = keys[keys.length - 1];
  if (Array.isArray(node) && (typeof last !== 'number' || last >= node.length)) {
    throw new UsageError(`--set ${path}: '${keys.slice(0, -1).join('.')}' is a list of ${node.length}; expected an index from 0 to ${node.length - 1}`);
  }
  Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return data;
}

/** The value at `path` in `data`, or undefined when some part of the path is missing. */
export function getPath(data: unknown, path: string): unknown {
  let node = data;
  for (const key of splitPath(path)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
