/**
 * Presets do what their descriptions say: each claim a preset makes (a metric ending higher or
 * lower than in another preset) is checked against a paired seeded comparison, and must hold
 * with its 95% interval clear of zero. The test prints every difference, so a reviewer sees by
 * how much each claim holds.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_PRESETS, presets, runReplication, type ReplicationResult } from '../../sim/model/index.ts';
import { pairedDifference } from '../../sim/stats/index.ts';
import { scenario } from './helpers.ts';

const REPS = 3, SEED = 20261;
const cache = new Map<string, ReplicationResult[]>();
const runs = (name: string) => {
  let r = cache.get(name);
  if (!r) { r = Array.from({ length: REPS }, (_, i) => runReplication(scenario({}, name), { seed: SEED, replication: i })); cache.set(name, r); }
  return r;
};

describe('preset claims', () => {
  it('has a claim for every preset but those replaying history (checked against the record in history.test.ts), so every description states what its run shows', () => {
    const history = new Set<string>(HISTORY_PRESETS);
    const without = Object.entries(presets).filter(([n, p]) => !history.has(n) && !(p.claims?.length));
    expect(without.map(([n]) => n)).toEqual([]);
  });

  it('no-parole: paroles nobody at the border', () => {
    for (const r of runs('no-parole')) expect(r.summary['dispositions.parole']).toBe(0);
  }, 900_000);

  // The physical ceilings (test/model/overflow.test.ts checks the history presets), on these
  // full-year replications rather than on runs of their own.
  for (const name of Object.keys(presets).filter((n) => !(HISTORY_PRESETS as readonly string[]).includes(n))) {
    it(`${name}: never holds more than the physical ceiling of Border Patrol holding, nor of the ports', in any replication`, () => {
      for (const r of runs(name)) {
        const ceiling = r.daily['bp.ceiling'], peak = r.daily['bp.occupancy.peak'];
        for (let d = 0; d < r.days; d++) expect(peak[d]!, `replication ${r.replication}, day ${d}`).toBeLessThanOrEqual(ceiling[d]!);
        expect(r.summary['bp.occupancy.peak']).toBeLessThanOrEqual(1.5 * 20000);
        expect(Math.max(...r.daily['ofo.occupancy.peak'])).toBeLessThanOrEqual(1.5 * 2500);
        expect(r.summary['conservation.unaccounted']).toBe(0);
      }
    }, 900_000);
  }

  for (const [name, preset] of Object.entries(presets)) {
    for (const c of preset.claims ?? []) {
      const than = c.than ?? 'baseline';
      it(`${name}: ${c.metric} is ${c.direction} than in ${than}`, () => {
        const a = runs(than), b = runs(name);
        const value = (r: ReplicationResult) => r.summary[c.metric as keyof ReplicationResult['summary']] ?? NaN;
        const d = pairedDifference(a.map(value), b.map(value));
        const base = a.reduce((s, r) => s + value(r), 0) / REPS;
        console.log(`${name} vs ${than}: ${c.metric} ${base.toFixed(1)} -> ${(base + d.mean).toFixed(1)} (${d.mean >= 0 ? '+' : ''}${d.mean.toFixed(1)}, 95% CI ${d.ci95[0].toFixed(1)} to ${d.ci95[1].toFixed(1)})`);
        if (c.direction === 'higher') expect(d.ci95[0]).toBeGreaterThan(0);
        else expect(d.ci95[1]).toBeLessThan(0);
      }, 900_000); // the first claim of a preset runs its replications (and the reference's) in full years
    }
  }
});
