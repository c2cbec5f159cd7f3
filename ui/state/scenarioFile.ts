/**
 * Scenario files in the CLI's format: `{ "base": "<preset>", "name": …, …fields }`. Reading
 * treats the file as hostile (size, depth and key checks, then the model's validation) and
 * answers with an entry or a clear message; writing gives only the changed fields.
 */
import type { ModelInfo } from './modelInfo.ts';
import { clip, isPlainObject, parseUntrustedJson } from './safeJson.ts';
import { fromScenarioInput, toScenarioInput, type ScenarioEntry } from './scenarioEntry.ts';

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

/** Reads and validates a scenario file's text. Never throws. */
export function readScenarioFile(text: string, fileName: string, model: Pick<ModelInfo, 'validate'>): FileResult {
  const label = clip(fileName, 60);
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return { ok: false, message: `"${label}" was not imported: ${parsed.message}.`, details: [] };
  if (!isPlainObject(parsed.value)) return { ok: false, message: `"${label}" was not imported: a scenario file must hold one JSON object.`, details: [] };
  const entry = fromScenarioInput(parsed.value, nameFromFile(fileName));
  const checked = model.validate(toScenarioInput(entry));
  if (!checked.ok) {
    return {
      ok: false,
      message: `"${label}" was not imported: it is not a valid scenario (${checked.errors.length} problem${checked.errors.length === 1 ? '' : 's'}).`,
      details: checked.errors.map((e) => clip(e.message, 200)),
    };
  }
  return { ok: true, entry };
}

/** The file text for a scenario (two-space JSON, as the CLI reads it). */
export function scenarioFileText(entry: ScenarioEntry): string {
  return `${JSON.stringify(toScenarioInput(entry), null, 2)}\n`;
}
