import { describe, expect, it } from 'vitest';
import { canonicalJson, flattenOverrides, fromScenarioInput, getAtPath, isSafePath, setAtPath, toScenarioInput } from '../../../ui/state/scenarioEntry.ts';

describe('scenario entries', () => {
  it('nest dotted overrides under the preset in the CLI file format', () => {
    const input = toScenarioInput({ name: 'Mine', base: 'baseline', overrides: { 'detention.beds': 30000, 'court.judges': 900 } });
    expect(input).toEqual({ base: 'baseline', name: 'Mine', court: { judges: 900 }, detention: { beds: 30000 } });
  });

  it('flatten a file back to the same overrides, lists kept whole', () => {
    const entry = fromScenarioInput({ base: 'baseline', name: 'x', title: 't', detention: { beds: 1 }, ports: [{ id: 'a' }] }, 'fallback');
    expect(entry).toEqual({ name: 'x', base: 'baseline', overrides: { 'detention.beds': 1, ports: [{ id: 'a' }] } });
  });

  it('refuse field paths that could reach a prototype', () => {
    expect(isSafePath('detention.beds')).toBe(true);
    expect(isSafePath('__proto__.x')).toBe(false);
    expect(isSafePath('a.constructor')).toBe(false);
    expect(() => setAtPath({}, 'x.__proto__.y', 1)).toThrow(/invalid field path/);
  });

  it('read only own properties', () => {
    expect(getAtPath({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(getAtPath({}, 'toString')).toBeUndefined();
  });

  it('give the same canonical text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 1, x: 2 }] })).toBe(canonicalJson({ a: [{ x: 2, y: 1 }], b: 1 }));
  });

  it('skip the description fields of a file when flattening', () => {
    expect(flattenOverrides({ name: 'n', sources: ['s'], description: 'd', claims: [{ metric: 'gotaways.total', direction: 'higher' }], days: 30 })).toEqual({ days: 30 });
  });
});
