/**
 * The fingerprint of the model code: a SHA-256 over every file under `sim/` (the kernel, the
 * random streams, the maths, the model and the reports: everything that fixes the numbers),
 * each as its path relative to `sim/`, a NUL, its content with line ends as LF, a NUL, in path
 * order. Two builds with the same fingerprint compute the same numbers from the same scenario
 * and seed; part files carry it, so `merge` never mixes shards of different model code.
 *
 * Computed when first needed from the source files next to this module, which works from a
 * clean clone (the CLI runs the sources). A bundled CLI, which has no `sim/` folder beside it,
 * gets the same value at build time: the bundler defines `__BORDER_SIM_MODEL_SHA256__` as
 * `fingerprintFolder('sim')` (for Vite: `define: { __BORDER_SIM_MODEL_SHA256__: JSON.stringify(...) }`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

declare const __BORDER_SIM_MODEL_SHA256__: string | undefined;

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The fingerprint of the files under `dir` (see the module comment). */
export function fingerprintFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const path of filesUnder(dir)) {
    hash.update(path, 'utf8').update('\0');
    hash.update(readFileSync(join(dir, path), 'utf8').replace(/\r\n/g, '\n'), 'utf8').update('\0');
  }
  return hash.digest('hex');
}

let cached: string | undefined;

/** The fingerprint of the model code this CLI runs. */
export function modelFingerprint(): string {
  if (cached) return cached;
  if (typeof __BORDER_SIM_MODEL_SHA256__ === 'string') return (cached = __BORDER_SIM_MODEL_SHA256__);
  const sim = fileURLToPath(new URL('../sim/', import.meta.url));
  try {
    cached = fingerprintFolder(sim);
  } catch (error) {
    throw new Error(`cannot fingerprint the model code: the sources in ${sim} cannot be read (${(error as Error).message})`);
  }
  return cached;
}
