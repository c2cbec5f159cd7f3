/**
 * What the page needs from the model, in one place: presets, validation, the JSON Schema of
 * scenarios, and the model version stamped on links and exports.
 */
import { version } from '../../package.json';
import { DEFAULT_PRESET, presetList, presets, scenarioJsonSchema, validateScenario } from '../../sim/model/index.ts';

/** One problem in a scenario, as the model reports it. */
export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

/** The model as the page sees it. */
export interface ModelInfo {
  /** Version stamped on links and exports (the package version). */
  readonly version: string;
  /** Presets in the model's order. */
  readonly presets: readonly { readonly name: string; readonly title: string; readonly description: string }[];
  /** A preset's raw input (for its sources and description), or undefined. */
  presetInput(name: string): Record<string, unknown> | undefined;
  /** The preset loaded first. */
  readonly defaultPreset: string;
  /** Validates scenario input (with `base` resolved against the presets). */
  validate(input: unknown): { ok: true; scenario: Record<string, unknown> } | { ok: false; errors: readonly ScenarioProblem[] };
  /** JSON Schema of scenario input. */
  readonly jsonSchema: Record<string, unknown>;
}

/** The real model. */
export function realModel(): ModelInfo {
  const list = presetList();
  const names = list.map((p) => p.name);
  const table = presets as Record<string, unknown>;
  return {
    version,
    presets: list,
    presetInput: (name) => (Object.hasOwn(table, name) ? (table[name] as Record<string, unknown>) : undefined),
    defaultPreset: names.includes(DEFAULT_PRESET) ? DEFAULT_PRESET : names[0],
    validate: (input) => {
      const r = validateScenario(input, presets as Record<string, unknown>);
      return r.ok ? { ok: true, scenario: r.scenario as unknown as Record<string, unknown> } : { ok: false, errors: r.errors.map((e) => ({ path: String(e.path), message: e.message })) };
    },
    jsonSchema: scenarioJsonSchema() as Record<string, unknown>,
  };
}
