/**
 * What the page knows of the model without running it: the presets, the JSON Schema of
 * scenarios (the committed `scenarios/scenario.schema.json`, which a test keeps equal to the
 * one the zod schema generates) and the model version stamped on links and exports. Nothing
 * here loads zod: building the scenario schema takes longer than a page task may, so
 * validation runs in a worker (see `ui/run/modelClient.ts`).
 */
import { version } from '../../package.json';
import schema from '../../scenarios/scenario.schema.json' with { type: 'json' };
import { DEFAULT_PRESET, HISTORY_PRESETS, presetList, presets } from '../../sim/model/presets.ts';

/** One problem in a scenario, as the model reports it. */
export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

/** The outcome of validating scenario input. */
export type Validation =
  | {
      readonly ok: true;
      /** The resolved scenario: presets merged, every default filled in. */
      readonly scenario: Record<string, unknown>;
      /** People expected to arrive in one replication over the scenario's own horizon (for time estimates). */
      readonly arrivals: number;
    }
  | { readonly ok: false; readonly errors: readonly ScenarioProblem[] };

/** Validates scenario input (with `base` resolved against the presets). */
export type Validate = (input: unknown) => Promise<Validation>;

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
  /** Presets that replay a fiscal year from its published record: the charts show the published series on them by default. */
  readonly historyPresets: readonly string[];
  /** JSON Schema of scenario input. */
  readonly jsonSchema: Record<string, unknown>;
}

/** The real model's facts. */
export function modelInfo(): ModelInfo {
  const list = presetList();
  const names = list.map((p) => p.name);
  const table = presets as Record<string, unknown>;
  return {
    version,
    presets: list,
    presetInput: (name) => (Object.hasOwn(table, name) ? (table[name] as Record<string, unknown>) : undefined),
    defaultPreset: names.includes(DEFAULT_PRESET) ? DEFAULT_PRESET : names[0]!,
    historyPresets: HISTORY_PRESETS.filter((name: string) => names.includes(name)),
    jsonSchema: schema as Record<string, unknown>,
  };
}
