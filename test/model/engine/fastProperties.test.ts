/**
 * The engine's objects stay in V8's fast mode: an object that V8 keeps as a dictionary (one
 * given dozens of properties by keyed stores, or an object literal with a getter) makes every
 * property read on it a hash lookup, and the streams and the policy decider are read for
 * every party. Checked with V8's own %HasFastProperties over every object reachable from a
 * World.
 */
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { presets, validateScenario } from '../../../sim/model/index.ts';
import { World } from '../../../sim/model/engine/world.ts';

setFlagsFromString('--allow-natives-syntax');
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;

/** Paths of the objects reachable from `root` (own enumerable properties, to `depth`) that V8 keeps as dictionaries. */
function dictionaries(root: object, depth = 6): string[] {
  const seen = new Set<object>(), found: string[] = [];
  const walk = (o: unknown, path: string, d: number) => {
    if (o === null || typeof o !== 'object' || seen.has(o) || d > depth) return;
    seen.add(o);
    if (ArrayBuffer.isView(o) || o instanceof Map || o instanceof Set) return;
    if (!Array.isArray(o) && !hasFastProperties(o)) found.push(path);
    for (const k of Object.keys(o)) walk((o as Record<string, unknown>)[k], `${path}.${k}`, d + 1);
  };
  walk(root, 'world', 0);
  return found;
}

describe('the engine\'s objects', () => {
  it('are all in fast mode, the streams and the policy decider among them', () => {
    const v = validateScenario({ base: 'baseline' }, presets);
    if (!v.ok) throw new Error('baseline invalid');
    const world = new World(v.scenario, 1, 0, 30);
    expect(dictionaries(world)).toEqual([]);
    // The check can fail: an object given many properties one keyed store at a time is a dictionary.
    const slow: Record<string, number> = {};
    for (let i = 0; i < 40; i++) slow[`k${i}`] = i;
    expect(dictionaries({ slow })).toEqual(['world.slow']);
  });
});
