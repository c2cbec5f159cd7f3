/**
 * Scenario files read by the command line and imported by the browser, fuzzed: the two accept
 * and refuse the same files, with a byte-order mark or not (before, the CLI refused a file the
 * browser accepted) and with a field given twice anywhere (before, both kept the last value
 * silently); a field given twice is refused naming its path.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../lib/loadScenario.ts';
import { modelInfo } from '../../ui/state/modelInfo.ts';
import { readScenarioFile } from '../../ui/state/scenarioFile.ts';
import { fuzzParams } from './fuzzConfig.ts';
import { validScenario } from './scenarioArbitraries.ts';
import { validate } from '../ui/model.ts';

const dir = mkdtempSync(join(tmpdir(), 'border-sim-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const model = modelInfo();

/** Whether the CLI accepts `text` as a scenario file. */
function cliAccepts(text: string): { ok: boolean; message: string } {
  const path = join(dir, 'scenario.json');
  writeFileSync(path, text);
  try {
    loadScenario(path);
    return { ok: true, message: '' };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** `text` with the first key of the `k`-th object (of those with keys) given a second time, and that key's path. */
function duplicateAt(value: unknown, k: number): { text: string; path: string } | null {
  const objects: { path: string[]; key: string }[] = [];
  const walk = (v: unknown, path: string[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)]));
    else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      if (keys.length > 0) objects.push({ path, key: keys[0]! });
      for (const key of keys) walk((v as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(value, []);
  if (objects.length === 0) return null;
  const target = objects[k % objects.length]!;
  // Serialize, writing the target's first key twice (JSON.stringify cannot).
  const write = (v: unknown, path: string[]): string => {
    if (Array.isArray(v)) return `[${v.map((x, i) => write(x, [...path, String(i)])).join(',')}]`;
    if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
    const entries = Object.entries(v).map(([key, x]) => `${JSON.stringify(key)}:${write(x, [...path, key])}`);
    if (path.join('.') === target.path.join('.')) entries.push(entries[0]!);
    return `{${entries.join(',')}}`;
  };
  return { text: write(value, []), path: [...target.path, target.key].join('.') };
}

describe('scenario files in the CLI and the browser', () => {
  it('are accepted and refused alike, with or without a byte-order mark', async () => {
    await fc.assert(
      fc.asyncProperty(validScenario({ maxDays: 30, maxPerDay: 50 }), fc.constantFrom('', '\ufeff', '\ufeff\ufeff'), async (scenario, mark) => {
        const text = `${mark}${JSON.stringify(scenario)}`;
        const cli = cliAccepts(text);
        const browser = await readScenarioFile(text, 'scenario.json', model, validate);
        expect(browser.ok, `CLI: ${cli.message}; browser: ${browser.ok ? '' : browser.message}`).toBe(cli.ok);
        expect(cli.ok).toBe(mark.length <= 1);
      }),
      fuzzParams(150),
    );
  });

  it('refuse a field given twice in any object, both naming its path', async () => {
    await fc.assert(
      fc.asyncProperty(validScenario({ maxDays: 30, maxPerDay: 50 }), fc.nat(), fc.boolean(), async (scenario, k, mark) => {
        const dup = duplicateAt(scenario, k);
        if (!dup) return;
        const text = `${mark ? '\ufeff' : ''}${dup.text}`;
        const cli = cliAccepts(text);
        const browser = await readScenarioFile(text, 'scenario.json', model, validate);
        expect(cli.ok, dup.path).toBe(false);
        expect(browser.ok, dup.path).toBe(false);
        const shown = dup.path.split('.').map((p) => (/^[A-Za-z_$][\w$-]*$|^\d+$/.test(p) ? p : JSON.stringify(p))).join('.');
        expect(cli.message).toContain(`${shown}: the field is given twice`);
        if (!browser.ok) expect(browser.message).toContain(`${shown}: the field is given twice`);
      }),
      fuzzParams(150),
    );
  });
});
