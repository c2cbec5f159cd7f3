/**
 * Loading a scenario the way every command and script names one: a preset name, a path
 * to a JSON file, or scenario data. The result is validated and fully resolved (preset
 * base applied, defaults filled), so it can be saved next to results and run again.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { presets, validateScenario, type Scenario } from '../sim/model/index.ts';

/** One problem found in a scenario: the field path, the bad value and what was expected. */
export interface ScenarioIssue {
  readonly path: string;
  readonly value: unknown;
  readonly expected: string;
  readonly message: string;
}

/** Thrown when a scenario cannot be read or is invalid; `issues` lists every problem. */
export class ScenarioError extends Error {
  /** What was given: a preset name, a file path, or `<data>`. */
  readonly source: string;
  readonly issues: readonly ScenarioIssue[];
  constructor(source: string, message: string, issues: readonly ScenarioIssue[] = []) {
    super(message);
    this.name = 'ScenarioError';
    this.source = source;
    this.issues = issues;
  }
}

/** A validated scenario with the name results are filed under. */
export interface LoadedScenario {
  /** Short name: the preset name, or the file name without `.json` (for data: `label` or `scenario`). */
  readonly label: string;
  /** What was given: a preset name, a file path, or `<data>`. */
  readonly source: string;
  /** The fully resolved scenario (every default filled). */
  readonly scenario: Scenario;
}

/**
 * One line per issue, naming the field path, the bad value and what was expected. The
 * model's messages already start with the path (`detention.beds: expected a number >= 0,
 * got -5`); other messages get the path put in front.
 */
export function formatIssue(issue: ScenarioIssue): string {
  const path = Array.isArray(issue.path) ? issue.path.join('.') : String(issue.path ?? '');
  const message = String(issue.message);
  if (path === '' || message.startsWith(`${path}:`)) return message;
  return `${path}: ${message}`;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const names = Object.keys(presets).join(', ');
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new ScenarioError(path, `scenario '${path}': not a preset (${names}) and not a readable JSON file (${why})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(path, `scenario '${path}': invalid JSON (${(error as Error).message})`);
  }
}

/**
 * Loads and validates a scenario.
 *
 * @param source a preset name (see `border-sim list`), a path to a JSON scenario file
 *   (which may start from a preset with `"base": "<preset>"`), or scenario data.
 * @param label name to file results under (default: the preset or file name).
 * @throws ScenarioError naming the source and listing every invalid field.
 * @example
 * ```ts
 * const { scenario } = loadScenario('baseline');
 * const mine = loadScenario('scenarios/more-judges.json');
 * ```
 */
export function loadScenario(source: string | object, label?: string): LoadedScenario {
  let input: unknown;
  let origin: string;
  let name: string;
  if (typeof source === 'string') {
    origin = source;
    if (Object.hasOwn(presets, source)) {
      input = presets[source];
      name = source;
    } else {
      input = readJson(source);
      name = basename(source, extname(source));
    }
  } else {
    origin = '<data>';
    input = source;
    name = 'scenario';
  }
  const checked = validateScenario(input, presets);
  if (!checked.ok) {
    const issues = checked.errors as readonly ScenarioIssue[];
    const detail = issues.map(formatIssue).join('; ');
    throw new ScenarioError(origin, `scenario '${origin}' is invalid: ${detail}`, issues);
  }
  return { label: label ?? name, source: origin, scenario: checked.scenario };
}
