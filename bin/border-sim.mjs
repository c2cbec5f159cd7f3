#!/usr/bin/env node
// The border-sim command: registers tsx (Node 20 cannot run TypeScript directly) and
// runs the CLI. See docs/cli.md.
import { register } from 'tsx/esm/api';

// A reader that stops early (`border-sim schema | head`) closes the pipe: stop quietly
// instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

register();
const { main } = await import(new URL('../cli/main.ts', import.meta.url).href);
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Worker threads are closed by now; this only guards against a stray handle keeping the process up.
setTimeout(() => process.exit(code), 2000).unref();
