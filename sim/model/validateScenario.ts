/**
 * Validation of scenario input: resolves `base` (a preset name) by deep merge, then parses
 * with the scenario schema, collecting every error at once. Each error names the field
 * path (`detention.beds`), the bad value and what was expected.
 */
import type { z } from 'zod';
import { scenarioSchema, type Scenario, type ScenarioInput } from './schema/scenarioSchema.ts';
import { ruleSchema } from './schema/policySchema.ts';
import { distributionSchema } from '../random/spec.ts';

/** The allowed values of each discriminator key used by the schema's tagged unions. */
const DISCRIMINATED: Record<string, readonly string[]> = {
  rule: discriminatorValues(ruleSchema, 'rule'),
  kind: discriminatorValues(distributionSchema, 'kind'),
};

function discriminatorValues(union: { options: readonly unknown[] }, key: string): string[] {
  return union.options.flatMap((o) => [...((o as { shape?: Record<string, { values?: Set<string> }> }).shape?.[key]?.values ?? [])]);
}

/** One problem in a scenario. */
export interface ScenarioError {
  /** Dotted field path, e.g. `detention.beds` or `policy.rules.2.share`; empty for the root. */
  path: string;
  /** The offending value as given (undefined if missing). */
  value: unknown;
  /** What was expected, in plain words. */
  expected: string;
  /** One line for people: `detention.beds: expected a number >= 0, got -5`. */
  message: string;
}

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge: objects merge key by key, everything else (arrays included) replaces. */
export function mergeScenario(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    // Own keys only, and defined rather than assigned: a JSON key "__proto__" stays a field
    // (reported as unknown) instead of becoming the prototype that hides its fields from the check.
    const value = Object.hasOwn(base, k) ? mergeScenario(base[k], v) : v;
    Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  let s: string | undefined;
  try {
    s = JSON.stringify(v);
  } catch {
    // nested too deeply for JSON.stringify, or holding a BigInt
    s = Array.isArray(v) ? '[...]' : typeof v === 'object' ? '{...}' : typeof v;
  }
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Text for a one-line message: control characters escaped, cut to `max` characters. */
function oneLine(text: string, max: number): string {
  const s = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': return issue.expected === 'number' ? 'a finite number' : `a value of type ${issue.expected}`;
    case 'too_small': {
      const bound = `${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
      return issue.origin === 'array' ? `a list with ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum} item(s)` : `a ${issue.origin === 'string' ? 'text of length' : 'number'} ${bound}`;
    }
    case 'too_big': return issue.origin === 'array' ? `a list with at most ${issue.maximum} item(s)` : `a number ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    case 'invalid_value': return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format': return issue.message.replace(/^expected /, '');
    case 'not_multiple_of': return `a multiple of ${issue.divisor}`;
    case 'invalid_union': return issue.message.startsWith('expected') ? issue.message.replace(/^expected /, '') : 'one of the allowed forms';
    case 'custom': return (issue.params as { expected?: string } | undefined)?.expected ?? issue.message;
    default: return issue.message;
  }
}

/** Converts zod issues into ScenarioErrors, one per bad field (unknown keys one each). */
export function toScenarioErrors(issues: readonly z.core.$ZodIssue[], input: unknown): ScenarioError[] {
  const out: ScenarioError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = valueAt(input, issue.path);
      const known = '';
      for (const key of issue.keys) {
        const path = [...issue.path, key].join('.');
        const value = valueAt(parent, [key]);
        // A name that is not a plain word ("", " ", "a.b") is shown quoted, so the message still says which.
        const shown = [...issue.path, /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key)].join('.');
        out.push({ path, value, expected: `no field named "${key}"${known}`, message: `${oneLine(shown, 100)}: unknown field (a typo?); remove it or use a documented name` });
      }
      continue;
    }
    if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
      const full = issue.path[issue.path.length - 1] === issue.discriminator ? issue.path : [...issue.path, issue.discriminator];
      const path = full.join('.');
      const value = valueAt(input, full);
      const expected = `one of ${(DISCRIMINATED[issue.discriminator] ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
      out.push({ path, value, expected, message: `${path}: expected ${expected}, got ${show(value)}` });
      continue;
    }
    const path = issue.path.join('.');
    const value = 'input' in issue && issue.input !== undefined ? issue.input : valueAt(input, issue.path);
    const expected = expectedOf(issue);
    const detail = issue.code === 'custom' ? `${issue.message}` : `expected ${expected}, got ${show(value)}`;
    out.push({ path, value, expected, message: oneLine(`${oneLine(path, 100) || '(scenario)'}: ${detail}`, 400) });
  }
  return out;
}

/**
 * Validates scenario input and fills defaults. `base` names a preset in `presets`
 * (chains allowed, up to 8 deep). Returns every error at once.
 */
export function validateScenario(input: unknown, presets: Record<string, unknown> = {}): ValidationResult {
  let merged: unknown = input;
  const seen: string[] = [];
  while (isPlainObject(merged) && typeof merged.base === 'string') {
    const name = merged.base;
    const base = Object.hasOwn(presets, name) ? presets[name] : undefined;
    if (base === undefined || seen.includes(name) || seen.length >= 8) {
      const expected = `one of ${Object.keys(presets).map((k) => JSON.stringify(k)).join(', ') || '(no presets given)'}`;
      const why = base === undefined ? `unknown preset "${name}"` : `base chain loops or is too deep at "${name}"`;
      return { ok: false, errors: [{ path: 'base', value: name, expected, message: `base: ${why}; expected ${expected}` }] };
    }
    seen.push(name);
    const { base: _drop, ...rest } = merged;
    merged = mergeScenario(base, rest);
  }
  const parsed = scenarioSchema.safeParse(merged);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, errors: toScenarioErrors(parsed.error.issues, merged) };
}

export type { Scenario, ScenarioInput };
