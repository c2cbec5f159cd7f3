/** Writes scenarios/scenario.schema.json from the zod scenario schema (run: node bin/tsnode.mjs scripts/gen-schema.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../sim/model/index.ts';

const out = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
