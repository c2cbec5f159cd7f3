#!/usr/bin/env node
// The border-sim command: runs the CLI bundled in build/cli/ while it matches the sources
// (see scripts/build-cli.mjs), else the sources through tsx (Node 20 cannot run TypeScript
// directly). See docs/cli.md.
import { freshBundle } from './freshBundle.mjs';

// Standard output that cannot be written: a reader that stops early (`border-sim schema |
// head`) closes the pipe, which ends the command quietly; any other failure (a full disk,
// `> /dev/full`) is an error of one line (exit 1), never a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  try {
    process.stderr.write(`border-sim: error: cannot write the output (${error.code ?? 'error'}: ${error.message.replace(/^\w+: /, '')})\n`);
  } finally {
    process.exit(1);
  }
});
// Standard error carries only progress and messages: when it cannot be written (`2>/dev/full`,
// a closed log), the run goes on without them and its results are still written.
process.stderr.on('error', () => {});

const bundled = freshBundle();
let main;
if (bundled) ({ main } = await import(bundled));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(new URL('../cli/main.ts', import.meta.url).href));
}
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Worker threads are closed by now; this only guards against a stray handle keeping the process up.
setTimeout(() => process.exit(code), 2000).unref();
