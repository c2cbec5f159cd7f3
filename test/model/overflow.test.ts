/**
 * Custody that fills and overflows: the 72-hour tail appears when stations crowd, no preset
 * holds more than its physical ceiling, and each crowding response, switched on, moves what
 * it should in the direction and roughly the size its source says; switched off (or unable to
 * act), it changes nothing, bit for bit.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_PRESETS, runReplication, type ReplicationResult } from '../../sim/model/index.ts';
import { scenario } from './helpers.ts';

const SEED = 2024;
/** The surge (days 60-120) and two months after it. */
const DAYS = 180;
const cache = new Map<string, ReplicationResult>();
const run = (overrides: Record<string, unknown>, base = 'surge', days = DAYS) => {
  const key = JSON.stringify([overrides, base, days]);
  if (!cache.has(key)) cache.set(key, runReplication(scenario(overrides, base), { seed: SEED, replication: 0, days }));
  return cache.get(key)!;
};
const overflow = (o: Record<string, unknown>) => ({ borderPatrol: { overflow: o } });
const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

describe('time in custody has a tail exactly when stations crowd', () => {
  it('keeps the baseline year near the observed mean (39 h), with few over 72 hours and no day over rated capacity', () => {
    const s = run({}, 'baseline', 366).summary;
    expect(s['bp.timeInCustodyHours.mean']!).toBeGreaterThan(39 * 0.9);
    expect(s['bp.timeInCustodyHours.mean']!).toBeLessThan(39 * 1.1);
    expect(s['bp.shareOver72h']!).toBeLessThan(0.03);
    expect(s['bp.daysOverCapacity']).toBe(0);
  });

  it('puts people past 72 hours and custody over its rated capacity in the surge', () => {
    const s = run({}).summary;
    expect(s['bp.shareOver72h']!).toBeGreaterThan(0.03);
    expect(s['bp.daysOverCapacity']).toBeGreaterThan(20);
  });

  it('concentrates the baseline\'s time over 72 hours in its crowded winter, not in the quiet summer', () => {
    // Days 0-120 (Oct-Jan, 5,000-8,000 apprehensions a day) against days 240-366 (Jun-Sep, ~2,000 a day).
    const winter = run({ days: 120 }, 'baseline', 120).summary['bp.shareOver72h']!;
    const year = run({}, 'baseline', 366).summary['bp.shareOver72h']!;
    expect(winter).toBeGreaterThan(year);
  });
});

describe('the physical ceiling on Border Patrol holding', () => {
  // The other presets are checked on their full-year replications in presetClaims.test.ts.
  for (const name of HISTORY_PRESETS) {
    it(`is never exceeded in preset ${name}, nor is the ports' ceiling`, () => {
      const r = run({}, name, 150);
      const ceiling = r.daily['bp.ceiling'], peak = r.daily['bp.occupancy.peak'];
      for (let d = 0; d < r.days; d++) expect(peak[d]!, `day ${d}`).toBeLessThanOrEqual(ceiling[d]!);
      expect(r.summary['bp.occupancy.peak']).toBeLessThanOrEqual(1.5 * 20000);
      expect(Math.max(...r.daily['ofo.occupancy.peak'])).toBeLessThanOrEqual(1.5 * 2500);
      expect(r.summary['conservation.unaccounted']).toBe(0);
    });
  }

  it('stops the surge piling people into custody: without it, custody grows to several times its capacity', () => {
    const on = run({}).summary, off = run(overflow({ ceiling: { enabled: false } })).summary;
    expect(on['bp.occupancy.peak']).toBeLessThanOrEqual(30000);
    expect(off['bp.occupancy.peak']).toBeGreaterThan(30000);
    expect(on['bp.daysAtCeiling']).toBeGreaterThan(0);
    expect(off['bp.daysAtCeiling']).toBe(0);
  });

  it('changes nothing when it is never reached (a ceiling far above the crowd is the same as none)', () => {
    const off = run(overflow({ ceiling: { enabled: false } })), far = run(overflow({ ceiling: { share: 1000 } }));
    expect(far.summary).toEqual(off.summary);
  });
});

describe('the responses that fired under the surge are reported: which, when, for how many', () => {
  it('reports people released from full stations, the days it happened, and matches its daily series', () => {
    const r = run({});
    const s = r.summary;
    expect(s['overflow.releasedWhenFull']).toBeGreaterThan(1000);
    expect(s['overflow.releasedWhenFull.days']).toBeGreaterThan(0);
    expect(sum(r.daily['overflow.releasedWhenFull'])).toBe(s['overflow.releasedWhenFull']);
    expect(r.daily['overflow.releasedWhenFull'].filter((x) => x > 0).length).toBe(s['overflow.releasedWhenFull.days']);
    expect(sum(r.daily['bp.atCeiling'])).toBe(s['bp.daysAtCeiling']);
    // All within the surge and its aftermath.
    const first = r.daily['overflow.releasedWhenFull'].findIndex((x) => x > 0);
    expect(first).toBeGreaterThanOrEqual(60);
    expect(first).toBeLessThan(130);
    expect(s['overflow.releasedToStreet']).toBeLessThanOrEqual(s['overflow.releasedWhenFull'] + s['overflow.releasedAtApprehension']);
  });

  it('reports agents pulled to processing on the crowded days, and none in the quiet summer', () => {
    const r = run({});
    expect(r.summary['overflow.agentsToProcessing.days']).toBeGreaterThan(20);
    expect(r.summary['overflow.agentsToProcessing.peak']).toBeGreaterThan(100);
    expect(Math.max(...r.daily['overflow.agentsToProcessing'].subarray(55, 130))).toBe(r.summary['overflow.agentsToProcessing.peak']);
    expect(sum(r.daily['overflow.agentsToProcessing'].subarray(150))).toBe(0);
  });

  it('reports parole with conditions when it is switched on: days in force and people paroled', () => {
    const r = run(overflow({ paroleWithConditions: { enabled: true } }));
    const s = r.summary;
    expect(s['overflow.paroleWithConditions.days']).toBeGreaterThan(10);
    expect(s['overflow.paroleWithConditions']).toBeGreaterThan(10000);
    expect(sum(r.daily['overflow.paroleWithConditions.inForce'])).toBe(s['overflow.paroleWithConditions.days']);
    expect(sum(r.daily['overflow.paroleWithConditions'])).toBe(s['overflow.paroleWithConditions']);
  });
});

describe('each crowding response, on against off', () => {
  it('parole with conditions empties crowded custody faster when screening keeps up, paroling fewer with a Notice to Appear about one for one', () => {
    const ample = { credibleFear: { asylumOfficers: 300 } };
    const off = run(ample).summary, on = run({ ...ample, ...overflow({ paroleWithConditions: { enabled: true } }) }).summary;
    expect(on['bp.occupancy.mean']).toBeLessThan(0.8 * off['bp.occupancy.mean']);
    expect(on['bp.timeInCustodyHours.mean']!).toBeLessThan(off['bp.timeInCustodyHours.mean']!);
    const fewer = off['dispositions.parole'] - on['dispositions.parole'];
    expect(fewer).toBeGreaterThan(0.9 * on['overflow.paroleWithConditions']);
    expect(fewer).toBeLessThan(1.1 * on['overflow.paroleWithConditions']);
  });

  it('parole with conditions keeps the surge off its ceiling on more days, though the screening backlog it leaves in custody then stays', () => {
    const off = run({}).summary, on = run(overflow({ paroleWithConditions: { enabled: true } })).summary;
    expect(on['bp.daysAtCeiling']).toBeLessThan(off['bp.daysAtCeiling']);
    expect(on['overflow.releasedWhenFull']).toBeLessThan(off['overflow.releasedWhenFull']);
    // Fewer released from full stations: more of those awaiting screening stay and wait.
    expect(on['cf.occupancy.mean']).toBeGreaterThan(off['cf.occupancy.mean']);
  });

  it('parole with conditions changes nothing while no trigger holds', () => {
    const never = run(overflow({ paroleWithConditions: { enabled: true, occupancyAbove: 100, meanHoursInCustodyAbove: 1e6, apprehensionsAbove: 1e9 } }));
    expect(never.summary).toEqual(run({}).summary);
  });

  it('agents pulled from patrol cut the processing queue and time in custody, and let more crossers through (up to their share of patrol)', () => {
    const on = run({}).summary, off = run(overflow({ agentsToProcessing: { enabled: false } })).summary;
    expect(on['bp.timeInCustodyHours.mean']!).toBeLessThan(off['bp.timeInCustodyHours.mean']!);
    expect(on['gotaways.total']).toBeGreaterThan(off['gotaways.total']);
    // Apprehensions fall by at most the pulled share of patrol (peak pull / patrol) on the days it acts.
    const r = run({}), share = r.daily['arrivals.apprehensionShare'];
    const lowest = Math.min(...share);
    expect(lowest).toBeLessThan(0.75);
    expect(lowest).toBeGreaterThanOrEqual(0.75 * (1 - on['overflow.agentsToProcessing.peak'] / 3000) - 1e-12);
  });

  it('agents pulled from patrol change nothing when none can be pulled', () => {
    const none = run(overflow({ agentsToProcessing: { maxShareOfPatrol: 0 } }));
    expect(none.summary).toEqual(run(overflow({ agentsToProcessing: { enabled: false } })).summary);
  });

  it('releases when full take people waiting for beds and screening instead of turning new apprehensions out at once', () => {
    const on = run({}).summary, off = run(overflow({ releaseWhenFull: { enabled: false } })).summary;
    expect(on['overflow.releasedWhenFull']).toBeGreaterThan(0);
    expect(off['overflow.releasedWhenFull']).toBe(0);
    expect(off['overflow.releasedAtApprehension']).toBeGreaterThan(on['overflow.releasedAtApprehension']);
    // Off, those waiting stay: longer in custody.
    expect(off['bp.timeInCustodyHours.mean']!).toBeGreaterThan(on['bp.timeInCustodyHours.mean']!);
  });
});

describe('credible-fear screening in a real place (no hidden stock)', () => {
  // The baseline's crowded autumn and winter (days 0-90, through December), with the default officers, half of them, and screening in ICE detention.
  const WINTER = 90;
  // Two model runs of a quarter each; generous for a loaded machine.
  const TIMEOUT = 300_000;
  const base = () => run({}, 'baseline', WINTER);

  it('keeps people awaiting screening in Border Patrol custody: with fewer officers, its population and holding cost rise by what the longer wait adds', () => {
    const ample = base().summary, scarce = run({ credibleFear: { asylumOfficers: 45 } }, 'baseline', WINTER).summary;
    const waited = scarce['cf.occupancy.mean'] - ample['cf.occupancy.mean'];
    expect(waited).toBeGreaterThan(5000);
    const held = scarce['bp.occupancy.mean'] - ample['bp.occupancy.mean'];
    expect(held).toBeGreaterThan(0.9 * waited);
    expect(held).toBeLessThan(1.1 * waited);
    expect(scarce['bp.timeInCustodyHours.mean']!).toBeGreaterThan(ample['bp.timeInCustodyHours.mean']!);
    expect(scarce['cost.totalUsd']).toBeGreaterThan(ample['cost.totalUsd']);
  }, TIMEOUT);

  it('screened in ICE detention instead, they take beds: book-ins rise by most of those handed over, and Border Patrol custody falls by those who waited there', () => {
    // Without removal logistics, so that negative findings screened in custody are not booked in for their removal too.
    const noLogistics = { removals: { logistics: false } };
    const custody = run(noLogistics, 'baseline', WINTER), detention = run({ ...noLogistics, credibleFear: { location: 'detention' } }, 'baseline', WINTER);
    const handedOver = detention.diagnostics!.facilities['cf']!.entries;
    const booked = detention.summary['detention.bookIns'] - custody.summary['detention.bookIns'];
    // Not all: detention runs close to its beds in the recalibrated baseline, so some wait in
    // custody for a bed past the horizon or are released when custody is full.
    console.log(`handed over ${handedOver}, extra book-ins ${booked}`);
    expect(booked).toBeGreaterThan(0.5 * handedOver);
    expect(booked).toBeLessThanOrEqual(handedOver);
    const fewer = custody.summary['bp.occupancy.mean'] - detention.summary['bp.occupancy.mean'];
    expect(fewer).toBeGreaterThan(0.7 * custody.summary['cf.occupancy.mean']);
    expect(fewer).toBeLessThan(1.3 * custody.summary['cf.occupancy.mean']);
  }, TIMEOUT);
});
