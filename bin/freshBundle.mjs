// Whether build/cli/ (scripts/build-cli.mjs) holds the command built from the sources as they
// are now: every source file it lists has the content it was bundled from. Returns the file
// URL of the bundled command, or null: no bundle, a source edited since (run the sources), or
// BORDER_SIM_SOURCES=1 in the environment (run the sources whatever the bundle).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** `root`: the repository's URL, ending in a slash (default: this file's repository). */
export function freshBundle(root = new URL('../', import.meta.url), env = process.env) {
  if (env.BORDER_SIM_SOURCES === '1') return null;
  let files;
  try {
    files = JSON.parse(readFileSync(new URL('build/cli/manifest.json', root), 'utf8')).files;
  } catch {
    return null;
  }
  if (files === null || typeof files !== 'object' || Object.keys(files).length === 0) return null;
  for (const [path, hash] of Object.entries(files)) {
    let text;
    try {
      text = readFileSync(new URL(path, root));
    } catch {
      return null;
    }
    if (createHash('sha256').update(text).digest('hex') !== hash) return null;
  }
  return new URL('build/cli/main.mjs', root).href;
}
