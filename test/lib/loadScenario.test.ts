import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { presets, validateScenario } from '../../sim/model/index.ts';
import { loadScenario, ScenarioError } from '../../lib/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'border-sim-lib-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('loadScenario', () => {
  it('loads a preset by name, fully resolved', () => {
    const loaded = loadScenario('baseline');
    const checked = validateScenario(presets.baseline, presets);
    expect(checked.ok && loaded.scenario).toEqual(checked.ok && checked.scenario);
    expect(loaded.label).toBe('baseline');
  });

  it('loads a JSON file, labelled by its file name, applying its preset base', () => {
    const loaded = loadScenario(file('more-beds.json', JSON.stringify({ base: 'baseline', detention: { beds: 50000 } })));
    expect(loaded.label).toBe('more-beds');
    expect(loaded.scenario.detention.beds).toBe(50000);
    expect(loaded.scenario.court).toEqual(loadScenario('baseline').scenario.court);
  });

  it('accepts scenario data', () => {
    expect(loadScenario({ base: 'baseline', days: 40 }).scenario.days).toBe(40);
  });

  it('throws a ScenarioError listing every invalid field with its path', () => {
    try {
      loadScenario({ base: 'baseline', days: -1, detention: { beds: 'many' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      const paths = (error as ScenarioError).issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['days', 'detention.beds']));
      expect((error as ScenarioError).message).toMatch(/days: .*; .*detention\.beds/);
    }
  });

  it('says when a name is neither a preset nor a file', () => {
    expect(() => loadScenario('nope')).toThrow(/scenario 'nope': not a preset \(.*baseline.*\) and not a readable JSON file \(no such file\)/);
  });

  it('says when a file is not JSON', () => {
    expect(() => loadScenario(file('broken.json', '{ "days": '))).toThrow(/broken\.json': invalid JSON/);
  });
});
