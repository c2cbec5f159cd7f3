/** The commands that do not run replications: validate, schema, list. */
import { loadScenario, ScenarioError, formatIssue } from '../lib/loadScenario.ts';
import { presetList, scenarioJsonSchema } from '../sim/model/index.ts';
import { printable, UsageError } from './errors.ts';

/** Errors `validate` lists per scenario; beyond them it says how many more there are. */
export const MAX_VALIDATE_ERRORS = 100;

/** `validate`: one line per valid scenario on stdout; each error (the first hundred) with its path on stderr; exit 2 if any is invalid. */
export function validateCommand(sources: readonly string[]): void {
  let invalid = 0;
  for (const source of sources) {
    try {
      loadScenario(source);
      process.stdout.write(`${source}: valid\n`);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      invalid++;
      if (error.issues.length === 0) process.stderr.write(`border-sim: ${printable(error.message)}\n`);
      for (const issue of error.issues.slice(0, MAX_VALIDATE_ERRORS)) process.stderr.write(`border-sim: ${printable(`${source}: ${formatIssue(issue)}`)}\n`);
      const more = error.issues.length - MAX_VALIDATE_ERRORS;
      if (more > 0) process.stderr.write(`border-sim: ${printable(`and ${more.toLocaleString('en-US')} more errors in ${source}`)}\n`);
    }
  }
  if (invalid > 0) throw new UsageError(`${invalid} of ${sources.length} scenario${sources.length === 1 ? '' : 's'} invalid`);
}

/** `schema`: the scenario JSON Schema, for editors and validators. */
export function schemaCommand(): void {
  process.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
}

/** `list`: each preset's name and title (its one-line description); with `json`, name, title and full description as JSON. */
export function listCommand(json: boolean): void {
  const list = presetList();
  if (json) {
    process.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return;
  }
  const width = Math.max(...list.map((p) => p.name.length));
  for (const p of list) process.stdout.write(`${p.name.padEnd(width)}  ${p.title.replace(/\s+/g, ' ').trim()}\n`);
}
