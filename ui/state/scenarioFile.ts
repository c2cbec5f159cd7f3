/**
 * Scenario files in the CLI's format: `{ "base": "<preset>", "name": …, …fields }`. Reading
 * treats the file as hostile (size, depth and key checks, then the model's validation) and
 * answers with an entry or a clear message; writing gives only the changed fields.
 */
import { duplicateFieldMessage, firstDuplicateField, stripByteOrderMark } from '../../sim/model/scenarioJson.ts';
import { problemText } from './fieldLabels.ts';
import type { ModelInfo, Validate } from './modelInfo.ts';
import { clip, isPlainObject, parseUntrustedJson } from './safeJson.ts';
import { canonicalJson, fromScenarioInput, getAtPath, isSafePath, toScenarioInput, type ScenarioEntry } from './scenarioEntry.ts';

/** Largest scenario file accepted, in bytes. */
export const MAX_FILE_BYTES = 256_000;

/** The outcome of reading a file. */
export type FileResult =
  | { readonly ok: true; readonly entry: ScenarioEntry }
  | { readonly ok: false; readonly message: string; readonly details: readonly string[] };

/** A scenario name from a file name: without extension, clipped. */
export function nameFromFile(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N} _.-]+/gu, ' ').trim();
  return clip(stem || 'Imported', 40);
}

const DESCRIPTIVE = ['name', 'title', 'description', 'sources', '$schema', 'base'];

function resolvedKey(scenario: Record<string, unknown>): string {
  return canonicalJson(Object.fromEntries(Object.entries(scenario).filter(([k]) => !DESCRIPTIVE.includes(k))));
}

/**
 * A file without `base` (such as the fully resolved scenarios the CLI writes next to its
 * results) is re-expressed as a preset plus the fields that differ, when that gives exactly
 * the same scenario: then links and exports carry only the changed levers.
 */
export async function minimizeEntry(entry: ScenarioEntry, resolved: Record<string, unknown>, model: Pick<ModelInfo, 'presets' | 'defaultPreset'>, validate: Validate): Promise<ScenarioEntry> {
  if (entry.base) return entry;
  const names = model.presets.map((p) => p.name);
  const candidates = [...new Set([names.includes(String(resolved.name)) ? String(resolved.name) : '', model.defaultPreset].filter(Boolean))];
  const target = resolvedKey(resolved);
  for (const base of candidates) {
    const preset = await validate({ base });
    if (!preset.ok) continue;
    const overrides = Object.fromEntries(Object.entries(entry.overrides).filter(([path, value]) => canonicalJson(getAtPath(preset.scenario, path)) !== canonicalJson(value)));
    const candidate = { ...entry, base, overrides };
    const check = await validate(toScenarioInput(candidate));
    if (check.ok && resolvedKey(check.scenario) === target) return candidate;
  }
  return entry;
}

/**
 * The first key holding a dot, anywhere in the file, with the path of its object ('' at the
 * top). The CLI refuses such a key as an unknown field; without this check it would be taken
 * for a nested field here, and the browser would accept a file the CLI refuses.
 */
function dottedKey(value: unknown, at = ''): { key: string; at: string } | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = dottedKey(value[i], `${at}[${i}]`);
      if (hit) return hit;
    }
  } else if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('.')) return { key: k, at };
      const hit = dottedKey(v, at ? `${at}.${k}` : k);
      if (hit) return hit;
    }
  }
  return null;
}

/** Reads and validates a scenario file's text. Never rejects. */
export async function readScenarioFile(text: string, fileName: string, model: Pick<ModelInfo, 'presets' | 'defaultPreset'>, validate: Validate): Promise<FileResult> {
  const label = clip(fileName, 60);
  // Read as the CLI reads a file (sim/model/scenarioJson.ts): a byte-order mark is dropped, a field given twice refused.
  const json = stripByteOrderMark(text);
  const parsed = parseUntrustedJson(json);
  if (!parsed.ok) return { ok: false, message: `"${label}" was not imported: ${parsed.message}.`, details: [] };
  const duplicate = firstDuplicateField(json);
  if (duplicate) return { ok: false, message: `"${label}" was not imported: ${clip(duplicateFieldMessage(duplicate), 200)}.`, details: [] };
  if (!isPlainObject(parsed.value)) return { ok: false, message: `"${label}" was not imported: a scenario file must hold one JSON object.`, details: [] };
  const dotted = dottedKey(parsed.value);
  if (dotted) {
    const where = dotted.at ? ` in "${clip(dotted.at, 60)}"` : '';
    const nested = dotted.key.split('.').reduceRight((inner, seg) => `{"${clip(seg, 20)}": ${inner}}`, '…');
    return { ok: false, message: `"${label}" was not imported: ${JSON.stringify(clip(dotted.key, 60))}${where} is not a field name; a scenario file nests its fields, as in ${nested}.`, details: [] };
  }
  const invalid = (errors: readonly { path: string; message: string }[]): FileResult => ({
    ok: false,
    message: `"${label}" was not imported: it is not a valid scenario (${errors.length} problem${errors.length === 1 ? '' : 's'}).`,
    details: errors.map((e) => clip(problemText(e), 200)),
  });
  const entry = fromScenarioInput(parsed.value, nameFromFile(fileName));
  // A field named "", "a b" or "1x" makes no lever path (and would make toScenarioInput throw).
  const bad = Object.keys(entry.overrides).find((path) => !isSafePath(path));
  if (bad !== undefined) return { ok: false, message: `"${label}" was not imported: ${JSON.stringify(clip(bad, 60))} is not a field (field names are letters, digits, _ or $).`, details: [] };
  // The file as the CLI would read it: the browser imports exactly the files the CLI accepts.
  const asFile = await validate(parsed.value);
  if (!asFile.ok) return invalid(asFile.errors);
  const checked = await validate(toScenarioInput(entry));
  if (!checked.ok) return invalid(checked.errors);
  return { ok: true, entry: await minimizeEntry(entry, checked.scenario, model, validate) };
}

/** The file text for a scenario (two-space JSON, as the CLI reads it). */
export function scenarioFileText(entry: ScenarioEntry): string {
  return `${JSON.stringify(toScenarioInput(entry), null, 2)}\n`;
}
