#!/usr/bin/env node
// Bundles the command and its worker threads into build/cli/ (`npm run build:cli`; npm runs it
// on install and before the tests), so `border-sim` starts in about a third of the time: the
// sources then need no TypeScript loader, in the command nor in each worker it starts.
//
// build/cli/manifest.json lists every source file bundled with its content's hash. The
// command uses the bundle only while every one of those files is unchanged
// (bin/freshBundle.mjs); after any edit it runs the sources through tsx, as before, until the
// next build. Packages stay external, loaded from node_modules as the sources load them.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` builds elsewhere (a test does, leaving the command's own bundle alone).
const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 ? resolve(process.argv[outAt + 1]) : join(ROOT, 'build/cli');

// A source that finds files next to itself (`new URL('../package.json', import.meta.url)`)
// must find them from the bundle too: each file's `import.meta.url` becomes its own URL,
// computed from the bundle's.
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mjs)$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromBundle = relative(OUT, args.path).split('\\').join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { main: 'cli/main.ts', 'node.worker': 'workers/node/node.worker.ts' },
  outdir: OUT,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // The pool's default worker is the bundled one, located from workers/node/nodePool.ts
  // (whose import.meta.url is its own, see above).
  define: { BORDER_SIM_BUNDLED_WORKER: JSON.stringify(relative(join(ROOT, 'workers/node'), join(OUT, 'node.worker.mjs')).split('\\').join('/')) },
  metafile: true,
  logLevel: 'warning',
  plugins: [ownUrl],
});

// The sources bundled, and this script: a bundle built otherwise is not this script's.
const files = {};
for (const path of [...Object.keys(result.metafile.inputs), 'scripts/build-cli.mjs'].sort()) {
  files[path] = createHash('sha256').update(readFileSync(join(ROOT, path))).digest('hex');
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify({ files }, null, 1)}\n`);
if (!process.argv.includes('--quiet')) console.log(`${relative(ROOT, OUT)}: the command and its worker bundled from ${Object.keys(files).length} source files`);
