/**
 * Loading a scenario the way every command and script names one: a preset name, a path
 * to a JSON file, or scenario data. The result is validated and fully resolved (preset
 * base applied, defaults filled), so it can be saved next to results and run again.
 */
import { basename, extname } from 'node:path';
import { presets, validateScenario, type Scenario } from '../sim/model/index.ts';
import { parseScenarioJson } from '../sim/model/scenarioJson.ts';
import { InputFileError, readInputFile } from './readInputFile.ts';

/** Largest scenario file read: far above any scenario (a resolved one is about 15 kB). */
export const MAX_SCENARIO_FILE_BYTES = 16 * 1024 * 1024;

/** Errors shown in one message before the rest are summarised (`validate` lists them all). */
export const MAX_ISSUES_SHOWN = 5;

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

/**
 * The issues as one line: the first {@link MAX_ISSUES_SHOWN}, then how many more (thousands of
 * bad fields would otherwise make a line of hundreds of kilobytes).
 */
export function formatIssues(issues: readonly ScenarioIssue[], max = MAX_ISSUES_SHOWN): string {
  const shown = issues.slice(0, max).map(formatIssue).join('; ');
  const more = issues.length - max;
  return more > 0 ? `${shown}; and ${more.toLocaleString('en-US')} more (border-sim validate lists them all)` : shown;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readInputFile(path, MAX_SCENARIO_FILE_BYTES);
  } catch (error) {
    const why = error instanceof InputFileError ? error.message : String(error);
    const names = Object.keys(presets).join(', ');
    throw new ScenarioError(path, `scenario '${path}': not a preset (${names}) and not a readable JSON file (${why})`);
  }
  // The same reading as the browser's import: a byte-order mark is dropped, a field given twice refused.
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) throw new ScenarioError(path, `scenario '${path}': ${parsed.message}`);
  return parsed.value;
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
    throw new ScenarioError(origin, `scenario '${origin}' is invalid: ${formatIssues(issues)}`, issues);
  }
  return { label: label ?? name, source: origin, scenario: checked.scenario };
}
