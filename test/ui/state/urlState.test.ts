import { describe, expect, it } from 'vitest';
import { defaultState, type AppState } from '../../../ui/state/appState.ts';
import { decodeState, encodeState } from '../../../ui/state/urlState.ts';

const presets = new Set(['baseline', 'surge']);
const fallback = defaultState('baseline');

const state: AppState = {
  title: 'Surge & more beds',
  scenarios: [
    { name: 'Baseline', base: 'baseline', overrides: {} },
    { name: 'More beds', base: 'surge', overrides: { 'detention.beds': 50000, 'cbpOne.allocation': 'lottery' } },
  ],
  seed: 42,
  reps: 5,
  days: 90,
  showBands: false,
  observed: false,
};

describe('URL state', () => {
  it('round-trips a comparison through the fragment', () => {
    const decoded = decodeState(`#${encodeState(state, '1.2.3')}`, fallback, presets);
    expect(decoded.problems).toEqual([]);
    expect(decoded.modelVersion).toBe('1.2.3');
    expect(decoded.state).toEqual(state);
  });

  it('writes only the changed levers of each scenario', () => {
    const params = new URLSearchParams(encodeState(state, '1'));
    const scenarios = JSON.parse(params.get('s')!);
    expect(scenarios[0].set).toBeUndefined();
    expect(Object.keys(scenarios[1].set)).toEqual(['cbpOne.allocation', 'detention.beds']);
  });

  it('keeps the defaults and explains when the scenarios are not JSON', () => {
    const decoded = decodeState('#seed=3&s=%3Cscript%3Ealert(1)%3C%2Fscript%3E', fallback, presets);
    expect(decoded.state.scenarios).toEqual(fallback.scenarios);
    expect(decoded.state.seed).toBe(3);
    expect(decoded.problems.join(' ')).toMatch(/could not be read/);
  });

  it('ignores a __proto__ field path and says so', () => {
    const s = JSON.stringify([{ name: 'x', base: 'baseline', set: { '__proto__.polluted': 1, 'detention.beds': 1 } }]);
    const decoded = decodeState(`#s=${encodeURIComponent(s)}`, fallback, presets);
    expect(decoded.state.scenarios[0].overrides).toEqual({ 'detention.beds': 1 });
    expect(decoded.problems.join(' ')).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a __proto__ key inside the scenarios JSON', () => {
    const decoded = decodeState(`#s=${encodeURIComponent('[{"name":"x","base":"baseline","set":{"__proto__":{"a":1}}}]')}`, fallback, presets);
    expect(decoded.state.scenarios).toEqual(fallback.scenarios);
    expect(decoded.problems.length).toBeGreaterThan(0);
  });

  it('replaces an unknown preset by the schema defaults and says so', () => {
    const decoded = decodeState(`#s=${encodeURIComponent('[{"name":"x","base":"nope"}]')}`, fallback, presets);
    expect(decoded.state.scenarios[0].base).toBe('');
    expect(decoded.problems.join(' ')).toContain('unknown preset');
  });

  it('falls back on out-of-range run settings and names each', () => {
    const decoded = decodeState('#seed=-1&reps=100000&days=abc', fallback, presets);
    expect(decoded.state.seed).toBe(fallback.seed);
    expect(decoded.state.reps).toBe(fallback.reps);
    expect(decoded.problems).toHaveLength(3);
  });

  it('keeps at most four scenarios', () => {
    const many = JSON.stringify(Array.from({ length: 7 }, (_, i) => ({ name: `s${i}`, base: 'baseline' })));
    const decoded = decodeState(`#s=${encodeURIComponent(many)}`, fallback, presets);
    expect(decoded.state.scenarios).toHaveLength(4);
  });

  it('refuses a fragment longer than a comparison can be, with a short message', () => {
    const decoded = decodeState(`#s=${'a'.repeat(1_000_000)}`, fallback, presets);
    expect(decoded.state).toBe(fallback);
    expect(decoded.problems[0].length).toBeLessThan(200);
  });

  it('carries the published-data choice only when the user made one', () => {
    expect(new URLSearchParams(encodeState({ ...state, observed: null }, '1')).has('obs')).toBe(false);
    expect(new URLSearchParams(encodeState({ ...state, observed: true }, '1')).get('obs')).toBe('1');
    expect(decodeState(`#${encodeState({ ...state, observed: true }, '1')}`, fallback, presets).state.observed).toBe(true);
    expect(decodeState(`#${encodeState({ ...state, observed: null }, '1')}`, fallback, presets).state.observed).toBeNull();
  });

  it('keeps the default for a published-data choice it cannot read, and says so', () => {
    const decoded = decodeState('#obs=yes', fallback, presets);
    expect(decoded.state.observed).toBeNull();
    expect(decoded.problems.join(' ')).toMatch(/"obs" must be 1 .* or 0 .*, not "yes"/);
  });

  it('cuts a long title', () => {
    const decoded = decodeState(`#title=${'t'.repeat(500)}`, fallback, presets);
    expect(decoded.state.title).toHaveLength(140);
  });
});
