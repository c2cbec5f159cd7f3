/**
 * Golden summaries: each preset, seeded, over a short horizon, stored as JSON so that any
 * change in results shows in review. Update deliberately with
 *   UPDATE_GOLDEN=1 npx vitest run test/model/golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presets, runReplication } from '../../sim/model/index.ts';
import { scenario } from './helpers.ts';

const DAYS = 45;
const SEED = 20240;
/** Rounds to 9 significant digits: stable across platforms, far finer than any real change. */
const round = (x: number | null) => (x === null || x === 0 ? x : Number(x.toPrecision(9)));

describe('golden summaries', () => {
  for (const name of Object.keys(presets)) {
    it(`matches the stored summary of preset ${name} (seed ${SEED}, ${DAYS} days)`, () => {
      const r = runReplication(scenario({}, name), { seed: SEED, replication: 0, days: DAYS });
      const got = { preset: name, seed: SEED, days: DAYS, summary: Object.fromEntries(Object.entries(r.summary).map(([k, v]) => [k, round(v)])) };
      const file = new URL(`./golden/${name}.json`, import.meta.url);
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
        writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
        if (process.env['UPDATE_GOLDEN'] !== '1') throw new Error(`golden file for ${name} was missing and has been written; review and commit it`);
      }
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
