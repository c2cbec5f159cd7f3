import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROGRAM_STREAMS, STREAMS } from '../../sim/model/engine/streams.ts';

const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');

describe('docs/model.md', () => {
  it('lists every random stream the engine declares, with what it draws', () => {
    for (const [name, purpose] of Object.entries(STREAMS)) expect(doc, name).toContain(`| \`${name}\` | ${purpose} |`);
    for (const pattern of Object.values(PROGRAM_STREAMS)) expect(doc, pattern).toContain(`\`${pattern}\``);
  });
});
