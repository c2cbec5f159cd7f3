#!/usr/bin/env node
// Runs a TypeScript entry point on Node 20 by registering tsx's loader in-process.
// Usage: node bin/tsnode.mjs path/to/file.ts [args...]
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node bin/tsnode.mjs FILE.ts [args...]');
  process.exit(2);
}
process.argv.splice(1, 1); // so the entry sees itself as argv[1]
await import(pathToFileURL(resolve(entry)).href);
