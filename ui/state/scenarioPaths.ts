/**
 * The dotted paths of scenario fields, as a type derived from the scenario schema's input type:
 * a lever over a path the schema does not have fails to compile, instead of silently
 * disappearing from the form. Lists end a path (a list is replaced whole, as `base` merges do).
 */
import type { ScenarioInput } from '../../sim/model/schema/scenarioSchema.ts';

type Depth = [never, 0, 1, 2, 3, 4, 5];

/** Paths into T (every member of a union), at most D levels deep. */
type PathsOf<T, D extends number, P extends string = ''> = [D] extends [never]
  ? never
  : T extends readonly unknown[]
    ? never
    : T extends object
      ? { [K in keyof T & string]-?: `${P}${K}` | PathsOf<NonNullable<T[K]>, Depth[D], `${P}${K}.`> }[keyof T & string]
      : never;

/** A field of a scenario, by dotted path (`detention.beds`). */
export type ScenarioPath = PathsOf<ScenarioInput, 5>;
