import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scenarioJsonSchema } from '../../../sim/model/index.ts';
import { documented, formatDefault } from '../../../sim/model/schema/fields.ts';

type Node = Record<string, unknown>;

/** Every schema node with its path, walking properties, items and unions. */
function* nodes(node: unknown, path: string, unit?: unknown): Generator<[string, Node]> {
  if (node === null || typeof node !== 'object') return;
  const n: Node = { ...(unit === undefined ? {} : { unit }), ...(node as Node) };
  yield [path, n];
  for (const [k, v] of Object.entries((n.properties as Node | undefined) ?? {})) yield* nodes(v, path ? `${path}.${k}` : k);
  // A list or a union holds values of its field: they take its unit.
  if (n.items) yield* nodes(n.items, `${path}[]`, n.unit);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = (n[key] as unknown[] | undefined) ?? [];
    for (let i = 0; i < list.length; i++) yield* nodes(list[i], path, n.unit);
  }
}

describe('documented scenario fields', () => {
  it('write the default into the description from the default itself', () => {
    const f = documented(z.number().default(1800), { what: 'New registrants.', unit: 'people/day', source: 'an assumption' });
    expect(f.description).toBe('New registrants. Default 1,800 people a day: an assumption.');
  });

  it('write shares as percentages, money in dollars and distributions with their parameters', () => {
    expect(formatDefault(0.015, 'share')).toBe('1.5%');
    expect(formatDefault(150, 'USD')).toBe('$150');
    expect(formatDefault({ kind: 'lognormal', mean: 60, sd: 30 }, 'minutes')).toBe('lognormal with mean 60, sd 30 (minutes)');
  });

  it('refuse a list default without words for it, rather than print [object Object]', () => {
    expect(() => documented(z.array(z.number()).default([1, 2]), { what: 'A list.' })).toThrow(/defaultText/);
  });

  it('give every scenario field with a number, string, boolean or distribution default a description ending in that default', () => {
    let checked = 0;
    for (const [path, n] of nodes(scenarioJsonSchema(), '')) {
      const d = n.default;
      const simple = typeof d === 'number' || typeof d === 'string' || typeof d === 'boolean' || (d !== null && typeof d === 'object' && !Array.isArray(d) && 'kind' in d);
      if (!simple || path === 'name') continue;
      const shown = formatDefault(d, n.unit as Parameters<typeof formatDefault>[1]);
      expect(String(n.description), path).toContain(`Default ${shown}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('give every numeric field of the scenario a unit (distribution parameters take the unit of their field)', () => {
    const missing = new Set<string>();
    for (const [path, n] of nodes(scenarioJsonSchema(), '')) {
      const numeric = n.type === 'number' || n.type === 'integer' || (Array.isArray(n.anyOf) && n.anyOf.some((o) => (o as Node).type === 'number'));
      const distributionParameter = /(Minutes|Hours|Days|Days\.nta|Days\.expeditedRemoval|exitDelayHours\.\w+)\.(mean|sd|value|min|max|mode|lower|upper|shape|scale|k|p|n|values\[\]|weights\[\]|x\[\]|cdf\[\])$/.test(path);
      // A schedule step's value is in the unit of its schedule; a rule's position is a position.
      const stepValue = path.endsWith('[].value');
      if (numeric && !n.unit && !distributionParameter && !stepValue && path !== 'policyChanges[].addRules.at') missing.add(path);
    }
    expect([...missing]).toEqual([]);
  });
});
