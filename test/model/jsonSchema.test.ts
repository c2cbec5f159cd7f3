import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetList, presets, scenarioJsonSchema } from '../../sim/model/index.ts';

describe('scenario JSON Schema', () => {
  it('matches the committed scenarios/scenario.schema.json (run node bin/tsnode.mjs scripts/gen-schema.ts to refresh)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });

  it('forbids unknown fields at the top level so editors flag typos', () => {
    expect((scenarioJsonSchema() as { additionalProperties?: unknown }).additionalProperties).toBe(false);
  });

  it('is referenced by every preset', () => {
    for (const p of Object.values(presets)) expect(p.$schema).toBe('./scenario.schema.json');
  });
});

describe('presetList', () => {
  it('lists every preset with a title and a description, baseline first', () => {
    const list = presetList();
    expect(list[0]!.name).toBe('baseline');
    expect(list.map((p) => p.name).sort()).toEqual(Object.keys(presets).sort());
    for (const p of list) { expect(p.title.length).toBeGreaterThan(10); expect(p.description.length).toBeGreaterThan(100); }
  });
});
