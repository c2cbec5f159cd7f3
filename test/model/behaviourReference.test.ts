/**
 * The behaviour's reference signals are the baseline's own: the default `behaviour.reference`
 * of each nationality group lies within two points of the shares the baseline simulates with
 * arrivals held fixed (seed 2024, the seed they were read with), so that switching the release
 * response on in the baseline, with no policy change, leaves its crossings near where they were
 * calibrated. (The references are annual: the consequence response, whose groups meet a
 * consequence rarely and unevenly over the year, moves them more; docs/model.md says by how much.)
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../sim/model/index.ts';
import { simulatedSignals } from '../../sim/model/behaviourReference.ts';
import { scenario } from './helpers.ts';

const TOLERANCE = 0.02;

describe('behaviour reference signals', { timeout: 600_000 }, () => { // full baseline years, generous for a loaded machine
  it('are the baseline\'s simulated shares released and met with a consequence, group by group', () => {
    const base = scenario();
    const simulated = simulatedSignals(base, 2024);
    for (const s of simulated) {
      const ref = base.behaviour.reference.find((r) => r.nationality === s.nationality)!;
      console.log(`${s.nationality}: released ${s.releasedShare!.toFixed(3)} (reference ${ref.releasedShare}), consequence ${s.consequenceShare!.toFixed(3)} (reference ${ref.consequenceShare})`);
      expect(Math.abs(s.releasedShare! - ref.releasedShare), `${s.nationality} released`).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs(s.consequenceShare! - ref.consequenceShare), `${s.nationality} consequence`).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it('leave the baseline\'s crossings within 3% when the release response is on at the pull hypothesis\'s strength and no policy changes', () => {
    const opts = { seed: 11, replication: 0 };
    const fixed = runReplication(scenario(), opts).summary['arrivals.betweenPorts']!;
    const responding = runReplication(scenario({ behaviour: { enabled: true, releaseElasticity: 1 } }), opts).summary['arrivals.betweenPorts']!;
    console.log(`crossings between ports over the year: ${Math.round(fixed)} held fixed, ${Math.round(responding)} responding (${((responding / fixed - 1) * 100).toFixed(1)}%)`);
    expect(responding / fixed).toBeGreaterThan(0.97);
    expect(responding / fixed).toBeLessThan(1.03);
  });
});
