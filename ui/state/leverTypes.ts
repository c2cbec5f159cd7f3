/**
 * What a lever is: how it is edited, which override paths it writes, and how it reads its
 * value from a resolved scenario. The lever list itself is in `levers.ts`.
 */
import type { FieldInfo } from './schemaFields.ts';
import type { JsonValue } from './scenarioEntry.ts';

/** A lever's value. */
export type LeverValue = number | string | boolean;

/** The top of a slider: a number, or one that depends on the scenario (its horizon, for a day). */
export type SliderMax = number | ((scenario: unknown) => number);

/** How a lever is edited. */
export type LeverControl =
  | { readonly type: 'number'; readonly info: FieldInfo; readonly sliderMax: SliderMax; readonly step: number; readonly percent: boolean }
  | { readonly type: 'enum'; readonly info: FieldInfo; readonly options: readonly { readonly value: string; readonly label: string }[] }
  | { readonly type: 'boolean'; readonly info: FieldInfo };

/** One lever. */
export interface Lever {
  readonly id: string;
  readonly group: 'policy' | 'assumption';
  readonly label: string;
  /** Unit shown beside the number ('' for none). */
  readonly unit: string;
  readonly control: LeverControl;
  /** Override paths this lever writes (reset removes them). */
  readonly paths: readonly string[];
  /** Current value in a resolved scenario, or null when the scenario has no such field. */
  read(scenario: unknown): LeverValue | null;
  /** Overrides that set the lever to `value` in `scenario`. */
  write(value: LeverValue, scenario: unknown): Record<string, JsonValue>;
  /** A caveat about the current value (e.g. a schedule that the slider flattens), or null. */
  note(scenario: unknown): string | null;
}

/** A JSON Schema document, navigated by `schemaFields.ts`. */
export type Schema = Record<string, unknown>;
