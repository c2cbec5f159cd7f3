/**
 * Fuzzing of what the browser app reads from outside, in Node, thousands of cases a second:
 * share-link fragments (random text, hostile JSON, corrupted real links) and imported files.
 * Decoding must never throw, must keep every setting within the app's limits and every field
 * path safe, must leave Object.prototype alone, and must explain problems in short sentences;
 * whatever it lets through must be something the model validates without throwing. (Fixed
 * examples: test/ui/state/; the same in a real browser: browser.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultState, LIMITS } from '../../ui/state/appState.ts';
import { model, validate } from '../ui/model.ts';
import { isSafePath, toScenarioInput } from '../../ui/state/scenarioEntry.ts';
import { readScenarioFile } from '../../ui/state/scenarioFile.ts';
import { decodeState, encodeState } from '../../ui/state/urlState.ts';
import { fuzzParams } from './fuzzConfig.ts';
import { presets, validateScenario } from '../../sim/model/index.ts';
import { deepJunk } from './invalidArbitraries.ts';

const presetNames = new Set(model.presets.map((p) => p.name));
const fallback = defaultState(model.defaultPreset);

/** Strings an attacker would try, and ordinary ones. */
const hostileText = fc.oneof(
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '__proto__', 'constructor', 'prototype', '"}]', '%', '%00', '\u2028', '\u0000', '&s=', '#', '${7*7}', '{{7*7}}'),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 100, max: 5000 }).map((n) => 'x'.repeat(n)),
);
const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'constructor.prototype.polluted', '__proto__.polluted', 'detention.beds', 'a..b', '', 'x'.repeat(300)), fc.string({ maxLength: 20 }));
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(-5, 1e308, -0, 0.5, null, true, [], {}),
  fc.integer({ min: 20, max: 3000 }).map((d) => deepJunk(d, d % 2 === 0)),
  fc.jsonValue({ maxDepth: 3 }),
);
/** A scenario list as a link may carry it: plausible shape, hostile contents. */
const hostileScenarios = fc.array(
  fc.oneof(
    fc.record({ name: hostileText, base: fc.oneof(fc.constantFrom(...presetNames), hostileText), set: fc.dictionary(hostileKey, hostileValue, { maxKeys: 4 }) }, { requiredKeys: [] }),
    hostileValue,
  ),
  { maxLength: 6 },
);

/** Serializes, tolerating values JSON cannot hold. */
function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return '[[[';
  }
}

const fragments = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.dictionary(fc.constantFrom('v', 's', 'seed', 'reps', 'days', 'bands', 'title', '__proto__', 'x'), hostileText, { maxKeys: 7 }).map((o) => new URLSearchParams(o).toString()),
  fc.tuple(hostileScenarios, fc.oneof(fc.integer(), hostileText), fc.oneof(fc.integer(), hostileText), hostileText).map(([s, seed, reps, title]) => new URLSearchParams({ s: json(s), seed: String(seed), reps: String(reps), title }).toString()),
  // A real link, then corrupted: cut, or a character replaced.
  fc.tuple(fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([cut, at, junk]) => {
    const real = encodeState({ ...fallback, title: 'T', scenarios: [{ name: 'A', base: 'baseline', overrides: { 'detention.beds': 30000 } }, { name: 'B', base: 'surge', overrides: {} }] }, model.version);
    const i = at % real.length;
    return cut % 2 ? real.slice(0, cut % real.length) : real.slice(0, i) + junk + real.slice(i + 1);
  }),
);

describe('share links and files under fuzzing', () => {
  it('decodes any fragment without throwing, within the limits, with safe paths and short problems', () => {
    fc.assert(
      fc.property(fragments, (fragment) => {
        const { state, problems } = decodeState(`#${fragment}`, fallback, presetNames);
        expect(Number.isInteger(state.seed) && state.seed >= LIMITS.seed.min && state.seed <= LIMITS.seed.max).toBe(true);
        expect(Number.isInteger(state.reps) && state.reps >= LIMITS.reps.min && state.reps <= LIMITS.reps.max).toBe(true);
        if (state.days !== null) expect(Number.isInteger(state.days) && state.days >= LIMITS.days.min && state.days <= LIMITS.days.max).toBe(true);
        expect(state.title.length).toBeLessThanOrEqual(LIMITS.titleChars);
        expect(state.scenarios.length).toBeGreaterThanOrEqual(1);
        expect(state.scenarios.length).toBeLessThanOrEqual(LIMITS.scenarios.max);
        for (const s of state.scenarios) {
          expect(s.name.length).toBeLessThanOrEqual(LIMITS.nameChars);
          expect(s.base === '' || presetNames.has(s.base)).toBe(true);
          expect(Object.getPrototypeOf(s.overrides)).toBe(Object.prototype);
          for (const path of Object.keys(s.overrides)) expect(isSafePath(path), path).toBe(true);
          // What the page then asks the model must not make it throw.
          const checked = model.validate(toScenarioInput(s));
          if (!checked.ok) for (const e of checked.errors) expect(e.message.length).toBeLessThanOrEqual(600);
        }
        // The page shows each problem clipped; here they must just not echo megabytes.
        for (const p of problems) expect(p.length, p.slice(0, 80)).toBeLessThanOrEqual(2000);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      fuzzParams(1500),
    );
  });

  it('reads any file text without throwing: a validated scenario or one short message', async () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.record({ base: fc.oneof(fc.constantFrom(...presetNames), hostileText), name: hostileText, detention: fc.dictionary(hostileKey, hostileValue, { maxKeys: 3 }) }, { requiredKeys: [] }).map(json),
      fc.dictionary(hostileKey, hostileValue, { maxKeys: 5 }).map(json),
      fc.integer({ min: 10, max: 100_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
    );
    await fc.assert(
      fc.asyncProperty(texts, hostileText, async (text, fileName) => {
        const r = await readScenarioFile(text, fileName, model, validate);
        if (r.ok) {
          expect(model.validate(toScenarioInput(r.entry)).ok).toBe(true);
          // The browser imports only files the CLI reads: the same text is a valid scenario there.
          expect(validateScenario(JSON.parse(text), presets).ok).toBe(true);
          for (const path of Object.keys(r.entry.overrides)) expect(isSafePath(path), path).toBe(true);
        } else {
          // Short enough to read: never the file's megabytes echoed back.
          expect(r.message.length).toBeLessThanOrEqual(1000);
          for (const d of r.details) expect(d.length).toBeLessThanOrEqual(1000);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      fuzzParams(1000),
    );
  });
});
