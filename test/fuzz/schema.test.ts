/**
 * Property-based fuzzing of the scenario schema: generated valid scenarios near the limits
 * are accepted (also after a JSON round trip, and once resolved), scenarios with one defect
 * are rejected with an error naming the defect's field, and arbitrary input never makes
 * validation throw. Seed and counts: fuzzConfig.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presets, validateScenario, type ScenarioError } from '../../sim/model/index.ts';
import { deepFreeze } from './deepFreeze.ts';
import { fuzzParams, runs, timeoutFor } from './fuzzConfig.ts';
import { invalidScenario, junkInput, MUTATIONS } from './invalidArbitraries.ts';
import { validScenario } from './scenarioArbitraries.ts';

const LIMITS = { maxDays: 3650, maxPerDay: 1000 };

/** True when one path is the other, or a parent or child of it. */
const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** The contract of every error: a path, and one line of bounded length that starts with the path when the path is plain. */
function expectWellFormed(errors: readonly ScenarioError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(typeof e.path).toBe('string');
    expect(typeof e.expected).toBe('string');
    expect(e.message).not.toMatch(/[\u0000-\u001f\u2028\u2029]/);
    expect(e.message.length).toBeLessThanOrEqual(600);
    // An unknown field whose name is not a plain word ("", "a.b") is shown quoted.
    const quoted = /^(.*\.)?"[^"]*"?.*: unknown field/.test(e.message);
    if (/^[\w.$-]{1,100}$/.test(e.path) && !quoted) expect(e.message.startsWith(`${e.path}:`), e.message).toBe(true);
    if (e.path === '' && !quoted) expect(e.message.startsWith('(scenario):'), e.message).toBe(true);
  }
}

describe('scenario validation under fuzzing', () => {
  it('accepts every generated valid scenario, as given, after a JSON round trip and once resolved', () => {
    fc.assert(
      fc.property(validScenario(LIMITS), (input) => {
        const checked = validateScenario(input, presets);
        if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join('\n'));
        const again = validateScenario(JSON.parse(JSON.stringify(input)), presets);
        expect(again.ok).toBe(true);
        // A resolved scenario (as the CLI saves it next to results) resolves to itself.
        const resolved = validateScenario(JSON.parse(JSON.stringify(checked.scenario)), presets);
        expect(resolved.ok && resolved.scenario).toEqual(checked.scenario);
      }),
      fuzzParams(1000),
    );
  }, timeoutFor(20_000));

  it('rejects every scenario with one defect, naming the field, without changing the input', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(invalidScenario(LIMITS), (c) => {
        seen.add(c.kind);
        const checked = validateScenario(deepFreeze(c.input), presets);
        expect(checked.ok, `${c.kind} at ${c.path} was accepted`).toBe(false);
        if (checked.ok) return;
        expectWellFormed(checked.errors);
        expect(checked.errors.some((e) => related(e.path, c.path)), `${c.kind} at ${c.path}; errors at ${checked.errors.map((e) => e.path).join(', ')}`).toBe(true);
      }),
      fuzzParams(5000),
    );
    if (!process.env.FUZZ_PATH && runs(5000) >= 1000) expect([...seen].sort()).toEqual([...MUTATIONS].sort());
  }, timeoutFor(40_000));

  it('never throws on arbitrary input: it accepts it or lists well-formed errors', () => {
    fc.assert(
      fc.property(junkInput, (input) => {
        const checked = validateScenario(input, presets);
        if (!checked.ok) expectWellFormed(checked.errors);
      }),
      fuzzParams(2000),
    );
  }, timeoutFor(20_000));

  it('reports a "__proto__", "constructor" or "prototype" key read from JSON at any level as an unknown field', () => {
    const sample = fc.sample(validScenario({ maxDays: 10, maxPerDay: 10 }), { seed: 7, numRuns: 1 })[0]!;
    const text = JSON.stringify(sample);
    // Every object in the scenario, found by walking the parsed text.
    const objects: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      if (v === null || typeof v !== 'object') return;
      if (!Array.isArray(v)) objects.push(path);
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(JSON.parse(text), []);
    expect(objects.length).toBeGreaterThan(30);
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      for (const path of objects) {
        const input = JSON.parse(text) as Record<string, unknown>;
        const parent = path.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, input);
        // As JSON.parse creates it: an own property, not the prototype.
        Object.defineProperty(parent, key, { value: JSON.parse('{"days": 1, "beds": 5}'), enumerable: true, writable: true, configurable: true });
        const checked = validateScenario({ base: 'baseline', ...input }, presets);
        const where = [...path, key].join('.');
        expect(checked.ok, where).toBe(false);
        if (!checked.ok) expect(checked.errors.map((e) => e.path), where).toContain(where);
      }
    }
    expect(({} as Record<string, unknown>).days).toBeUndefined();
  });
});
