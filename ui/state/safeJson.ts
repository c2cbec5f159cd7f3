/**
 * Parsing of JSON that comes from outside the page (share links, imported files): size
 * limits, a depth limit, and refusal of keys that could reach an object's prototype when the
 * data is later merged (`__proto__`, `constructor`, `prototype`). The result is plain data;
 * nothing in it is ever evaluated or inserted as HTML.
 */

/** Limits for {@link parseUntrustedJson}. */
export interface JsonLimits {
  /** Longest accepted text, in characters. */
  readonly maxChars: number;
  /** Deepest nesting of arrays and objects. */
  readonly maxDepth: number;
  /** Longest string value or key, in characters. */
  readonly maxString: number;
  /** Most elements in one array or keys in one object. */
  readonly maxItems: number;
}

/** Limits for share links and scenario files: far above any real scenario, far below harm. */
export const DEFAULT_JSON_LIMITS: JsonLimits = { maxChars: 256_000, maxDepth: 12, maxString: 2_000, maxItems: 2_000 };

/** Keys refused anywhere in untrusted data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Result of parsing: the data, or one plain-language reason. */
export type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Shortens text for messages, so a megabyte-long value never reaches the page whole. */
export function clip(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function check(value: unknown, limits: JsonLimits, depth: number, path: string): string | null {
  if (typeof value === 'string') return value.length > limits.maxString ? `${path || 'a value'} is too long (${value.length.toLocaleString('en-US')} characters; at most ${limits.maxString.toLocaleString('en-US')})` : null;
  if (value === null || typeof value !== 'object') return null;
  if (depth >= limits.maxDepth) return `${path || 'the data'} is nested too deeply (more than ${limits.maxDepth} levels)`;
  if (Array.isArray(value)) {
    if (value.length > limits.maxItems) return `${path || 'a list'} has too many items (${value.length}; at most ${limits.maxItems})`;
    for (let i = 0; i < value.length; i++) {
      const problem = check(value[i], limits, depth + 1, `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  const keys = Object.keys(value);
  if (keys.length > limits.maxItems) return `${path || 'an object'} has too many fields (${keys.length}; at most ${limits.maxItems})`;
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) return `the field name "${key}" is not allowed${path ? ` (in ${clip(path)})` : ''}`;
    if (key.length > limits.maxString) return `a field name is too long (${key.length} characters)`;
    const problem = check((value as Record<string, unknown>)[key], limits, depth + 1, path ? `${path}.${key}` : key);
    if (problem) return problem;
  }
  return null;
}

/**
 * Parses untrusted JSON text. `JSON.parse` itself never runs code; the checks after it refuse
 * data that is too large, too deep, or that carries prototype-reaching keys.
 */
export function parseUntrustedJson(text: string, limits: JsonLimits = DEFAULT_JSON_LIMITS): JsonResult {
  if (typeof text !== 'string') return { ok: false, message: 'the data is not text' };
  if (text.length > limits.maxChars) {
    return { ok: false, message: `the data is too large (${text.length.toLocaleString('en-US')} characters; at most ${limits.maxChars.toLocaleString('en-US')})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? clip(error.message, 80) : 'syntax error';
    return { ok: false, message: `the data is not valid JSON (${detail})` };
  }
  const problem = check(value, limits, 0, '');
  return problem ? { ok: false, message: problem } : { ok: true, value };
}

/** True for a plain JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
