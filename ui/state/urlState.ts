/**
 * The page state in the URL's fragment, so a link reopens the same comparison:
 * `#v=<model version>&seed=…&reps=…&days=…&bands=0&obs=1&title=…&s=<scenarios JSON>` (`obs`,
 * the published series on the charts, only when the user chose: 1 on, 0 off), where the
 * scenarios are `[{ "name", "base", "set": { "<path>": value } }]` with only the changed
 * levers. Decoding treats the fragment as hostile: every part is checked, problems are
 * collected as plain sentences, and what is valid is kept.
 */
import { LIMITS, type AppState } from './appState.ts';
import { clip, isPlainObject, parseUntrustedJson } from './safeJson.ts';
import { isSafePath, type JsonValue, type ScenarioEntry } from './scenarioEntry.ts';

/** Longest fragment accepted, in characters. */
export const MAX_FRAGMENT_CHARS = 64_000;

/** Encodes the state as a URL fragment (without the leading `#`). */
export function encodeState(state: AppState, modelVersion: string): string {
  const p = new URLSearchParams();
  p.set('v', modelVersion);
  if (state.title.trim()) p.set('title', state.title.trim());
  p.set('seed', String(state.seed));
  p.set('reps', String(state.reps));
  if (state.days !== null) p.set('days', String(state.days));
  if (!state.showBands) p.set('bands', '0');
  if (state.observed !== null) p.set('obs', state.observed ? '1' : '0');
  const scenarios = state.scenarios.map((s) => {
    const out: { name: string; base: string; set?: Record<string, JsonValue> } = { name: s.name, base: s.base };
    if (Object.keys(s.overrides).length) out.set = Object.fromEntries(Object.keys(s.overrides).sort().map((k) => [k, s.overrides[k]]));
    return out;
  });
  p.set('s', JSON.stringify(scenarios));
  return p.toString();
}

/** What decoding found: the state (defaults where a part was bad), the link's model version, and problems. */
export interface DecodedState {
  readonly state: AppState;
  readonly modelVersion: string | null;
  readonly problems: readonly string[];
}

function intParam(p: URLSearchParams, key: string, min: number, max: number, fallback: number, problems: string[]): number {
  const raw = p.get(key);
  if (raw === null) return fallback;
  const n = /^-?\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`"${key}" must be a whole number from ${min} to ${max}, not "${clip(raw, 30)}"; using ${fallback}.`);
    return fallback;
  }
  return n;
}

function decodeScenarios(raw: string, presetNames: ReadonlySet<string>, problems: string[]): ScenarioEntry[] | null {
  const parsed = parseUntrustedJson(raw);
  if (!parsed.ok) {
    problems.push(`The scenarios in the link could not be read: ${parsed.message}.`);
    return null;
  }
  if (!Array.isArray(parsed.value) || parsed.value.length === 0) {
    problems.push('The scenarios in the link must be a non-empty list.');
    return null;
  }
  const list = parsed.value.slice(0, LIMITS.scenarios.max);
  if (parsed.value.length > LIMITS.scenarios.max) problems.push(`The link has ${parsed.value.length} scenarios; only the first ${LIMITS.scenarios.max} are shown.`);
  const out: ScenarioEntry[] = [];
  list.forEach((item: unknown, i: number) => {
    const where = `Scenario ${i + 1}`;
    if (!isPlainObject(item)) {
      problems.push(`${where} in the link is not an object; skipped.`);
      return;
    }
    const name = typeof item.name === 'string' && item.name.trim() ? item.name.trim().slice(0, LIMITS.nameChars) : i === 0 ? 'Baseline' : `Scenario ${i + 1}`;
    let base = typeof item.base === 'string' ? item.base : '';
    if (base && !presetNames.has(base)) {
      problems.push(`${where}: unknown preset "${clip(base, 40)}"; using the schema defaults.`);
      base = '';
    }
    const overrides: Record<string, JsonValue> = {};
    if (item.set !== undefined) {
      if (!isPlainObject(item.set)) problems.push(`${where}: "set" must be an object of field paths; ignored.`);
      else {
        for (const [path, value] of Object.entries(item.set)) {
          if (!isSafePath(path)) problems.push(`${where}: "${clip(path, 40)}" is not a field path; ignored.`);
          else Object.defineProperty(overrides, path, { value: value as JsonValue, enumerable: true, writable: true, configurable: true });
        }
      }
    }
    out.push({ name, base, overrides });
  });
  return out.length ? out : null;
}

/**
 * Decodes a fragment (with or without `#`). Never throws: on any problem it keeps the valid
 * parts, falls back to `fallback` for the rest, and says what it did.
 */
export function decodeState(fragment: string, fallback: AppState, presetNames: ReadonlySet<string>): DecodedState {
  const problems: string[] = [];
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_FRAGMENT_CHARS) {
    return { state: fallback, modelVersion: null, problems: [`The link is too long to be a comparison (${text.length.toLocaleString('en-US')} characters); showing the default instead.`] };
  }
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(text);
  } catch {
    return { state: fallback, modelVersion: null, problems: ['The link could not be read; showing the default instead.'] };
  }
  const rawScenarios = p.get('s');
  const scenarios = rawScenarios === null ? null : decodeScenarios(rawScenarios, presetNames, problems);
  const rawTitle = p.get('title') ?? '';
  const title = rawTitle.slice(0, LIMITS.titleChars);
  if (rawTitle.length > LIMITS.titleChars) problems.push(`The title was cut to ${LIMITS.titleChars} characters.`);
  const rawObserved = p.get('obs');
  let observed: boolean | null = null;
  if (rawObserved === '1' || rawObserved === '0') observed = rawObserved === '1';
  else if (rawObserved !== null) problems.push(`"obs" must be 1 (show published data) or 0 (hide it), not "${clip(rawObserved, 30)}"; using the default.`);
  const rawDays = p.get('days');
  const days = rawDays === null ? fallback.days : intParam(p, 'days', LIMITS.days.min, LIMITS.days.max, 365, problems);
  const state: AppState = {
    title,
    scenarios: scenarios ?? fallback.scenarios,
    seed: intParam(p, 'seed', LIMITS.seed.min, LIMITS.seed.max, fallback.seed, problems),
    reps: intParam(p, 'reps', LIMITS.reps.min, LIMITS.reps.max, fallback.reps, problems),
    days,
    showBands: p.get('bands') !== '0',
    observed,
  };
  const v = p.get('v');
  return { state, modelVersion: v === null ? null : clip(v, 40), problems };
}
