/** The worker layer sits below the app: nothing in `workers/` imports from `ui/`, `cli/` or `lib/`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('workers/', () => {
  it('imports nothing from the app, the CLI or the library layer', () => {
    const upward = sources(join(ROOT, 'workers')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*from\s*'([^']+)'|import\s*'([^']+)'/g)]
        .map((m) => m[1] ?? m[2]!)
        .filter((spec) => /^(\.\.\/)+(ui|cli|lib)\//.test(spec))
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(upward).toEqual([]);
  });

  it('turns zod jitless before anything else in the browser worker', () => {
    const first = /import\s*'([^']+)'|import[^;]*from\s*'([^']+)'/.exec(readFileSync(join(ROOT, 'workers/browser.worker.ts'), 'utf8'));
    expect(first?.[1]).toBe('./zodJitless.ts');
  });
});
