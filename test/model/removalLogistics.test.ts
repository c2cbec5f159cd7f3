/**
 * Removal logistics, repeat crossings and the ICE detention outcomes, each tested by its effect
 * on a seeded run: switched on it moves the outcomes it should, in the direction and roughly the
 * size its source says; switched off it changes nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runReplication, type ReplicationResult } from '../../sim/model/index.ts';
import { scenario } from './helpers.ts';

// Each test runs two to four seeded replications of several months: on a shared, loaded machine that takes minutes.
vi.setConfig({ testTimeout: 600_000 });

/** Runs already made, by scenario, horizon and seed: several tests compare with the same reference (read only). */
const made = new Map<string, ReplicationResult>();
const run = (overrides: Record<string, unknown>, days: number, seed = 5, base = 'baseline') => {
  const key = JSON.stringify([overrides, days, seed, base]);
  if (!made.has(key)) made.set(key, runReplication(scenario(overrides, base), { seed, replication: 0, days }));
  return made.get(key)!;
};

/**
 * The FY2024 calibration of the engine before removal logistics and repeat crossings (as it
 * stood in the commit that introduced them): with both switched off and this calibration
 * restored, the engine gave the summary the engine before them gave, bit for bit (checked
 * against the baseline golden of the commit before them, through the merge with court
 * outcomes). Custody overflow, merged after, changes that engine on purpose; the fixture now
 * holds this configuration's summary on the merged engine, so the switch stays a regression check.
 */
const ENGINE_BEFORE = {
  removals: { logistics: false },
  reentry: { enabled: false },
  // Releases on parole from detention now hold parole; before, no release did.
  detention: { removalsPerDay: 742, lengthOfStayDays: { nta: { kind: 'lognormal', mean: 47, sd: 45 } }, removalShare: { nta: 0.5 }, releaseShares: { parole: 0, bond: 0.3, recognizance: 0.7 } },
  arrivals: { betweenPorts: { perDay: 5340, monthlyFactors: [0.9582, 1.1598, 1.0605, 1.0275, 0.9095, 0.6659, 0.4351, 0.4477, 0.4286, 1.4562, 1.5234, 1.9265] } },
  policy: {
    rules: [
      { rule: 'parole', when: { routes: ['appointment'] }, share: 0.95 },
      { rule: 'expeditedRemoval', when: { nationalities: ['mexico'], demographics: ['singleAdult'], routes: ['betweenPorts'] }, share: 0.8 },
      { rule: 'detain', when: { demographics: ['singleAdult'] }, share: 0.24, onlyIfBedFree: true },
      { rule: 'expeditedRemoval', when: { demographics: ['singleAdult'], routes: ['betweenPorts'] }, share: 0.25 },
    ],
    otherwise: 'parole',
  },
};

describe('removal logistics and repeat crossings switched off', () => {
  it('give the engine before them, bit for bit, once its calibration is restored (every metric it had)', () => {
    const before = JSON.parse(readFileSync(new URL('./fixtures/baseline-before-removal-logistics.json', import.meta.url), 'utf8'));
    const r = runReplication(scenario(ENGINE_BEFORE), { seed: before.seed, replication: 0, days: before.days });
    const round = (x: number | null) => (x === null || x === 0 ? x : Number(x.toPrecision(9)));
    const got = Object.fromEntries(Object.keys(before.summary).map((k) => [k, round(r.summary[k as keyof typeof r.summary])]));
    expect(got).toEqual(before.summary);
    expect(r.summary['removals.blocked']).toBe(0);
    expect(r.summary['detention.lengthOfStayDays.expeditedRemoval']).toBeNull();
    expect(r.summary['encounters.unique']).toBe(r.summary['encounters.total']);
  });
});

describe('removal logistics', () => {
  const days = 150;
  const base = run({}, days);

  it('holds people in expedited removal in ICE beds (the expedited-removal stay is used), and removes most by ICE and CBP', () => {
    expect(base.summary['detention.lengthOfStayDays.expeditedRemoval']).toBeGreaterThan(20);
    expect(base.summary['removals.ice']).toBeGreaterThan(0);
    expect(base.summary['repatriations.cbp']).toBeGreaterThan(0);
    expect(base.summary['removals.total']).toBe(base.summary['removals.ice'] + base.summary['repatriations.cbp'] + base.summary['removals.blocked']);
  });

  it('makes the expedited-removal stay and removal share change the outcome', () => {
    const longer = run({ detention: { lengthOfStayDays: { expeditedRemoval: { kind: 'lognormal', mean: 60, sd: 50 } } } }, days);
    expect(longer.summary['detention.lengthOfStayDays.expeditedRemoval']!).toBeGreaterThan(1.5 * base.summary['detention.lengthOfStayDays.expeditedRemoval']!);
    const fewer = run({ detention: { removalShare: { expeditedRemoval: 0.5 } } }, days);
    expect(fewer.summary['dispositions.released']).toBeGreaterThan(base.summary['dispositions.released']);
    expect(fewer.summary['removals.ice']).toBeLessThan(base.summary['removals.ice']);
  });

  it('blocks the removal of a group the receiving country refuses: held up to the limit, then released; detention fills', () => {
    const refused = run({ removals: { destinations: [
      { nationality: 'mexico', cbpRepatriationShare: 0.77, fromCustodyShare: 1 },
      { nationality: 'northernTriangle', seatsPerDay: 450, fromCustodyShare: 0.6 },
      { nationality: 'chnv', seatsPerDay: 0 },
      { nationality: 'other', seatsPerDay: 0 },
    ] } }, days);
    const g = (r: ReplicationResult, k: string) => r.diagnostics!.removals!.byNationality[k]!;
    expect(g(refused, 'other').ice + g(refused, 'chnv').ice).toBe(0);
    expect(g(refused, 'other').blocked).toBeGreaterThan(5 * Math.max(1, g(base, 'other').blocked));
    // Released no sooner than the 90-day hold limit: with 150 days, only people who waited since the first 60.
    expect(refused.summary['removals.blocked']).toBeGreaterThan(0);
    expect(refused.summary['detention.awaitingRemoval.end']).toBeGreaterThan(3 * base.summary['detention.awaitingRemoval.end']);
    expect(refused.summary['detention.lengthOfStayDays.mean']!).toBeGreaterThan(base.summary['detention.lengthOfStayDays.mean']!);
  });

  it('releases people it cannot remove sooner with a shorter hold limit', () => {
    const refused = { destinations: [{ nationality: 'chnv', seatsPerDay: 0 }, { nationality: 'other', seatsPerDay: 0 }] };
    const long = run({ removals: { ...refused, holdLimitDays: 90 } }, days), short = run({ removals: { ...refused, holdLimitDays: 30 } }, days);
    expect(short.summary['removals.blocked']).toBeGreaterThan(long.summary['removals.blocked']);
    expect(short.summary['detention.awaitingRemoval.end']).toBeLessThan(long.summary['detention.awaitingRemoval.end']);
  });

  it('lets CBP repatriate more Mexicans and ICE fewer when CBP carries out a larger share: one for one while ICE has seats to spare, fewer when its daily removals bind (the seats go to others)', () => {
    const mexico = (cbpRepatriationShare: number) => ({ destinations: [{ nationality: 'mexico', cbpRepatriationShare, fromCustodyShare: 1 }, { nationality: 'northernTriangle', seatsPerDay: 450, fromCustodyShare: 0.6 }, { nationality: 'chnv', seatsPerDay: 20 }, { nationality: 'other', seatsPerDay: 200 }] });
    const shift = (a: ReplicationResult, b: ReplicationResult) => {
      const moreCbp = b.summary['repatriations.cbp'] - a.summary['repatriations.cbp'];
      expect(moreCbp).toBeGreaterThan(0);
      return (a.summary['removals.ice'] - b.summary['removals.ice']) / moreCbp;
    };
    // ICE's daily removals unlimited and no repeat crossings: every Mexican CBP takes is one ICE no longer removes.
    const spare = { reentry: { enabled: false }, detention: { removalsPerDay: 1e6 } };
    const ratio = shift(run({ ...spare, removals: mexico(0.77) }, days), run({ ...spare, removals: mexico(1) }, days));
    expect(ratio).toBeGreaterThan(0.9); expect(ratio).toBeLessThan(1.1);
    // The baseline's limit binds on some days: the seats CBP frees carry other people.
    const bound = shift(base, run({ removals: mexico(1) }, days));
    expect(bound).toBeGreaterThan(0.3); expect(bound).toBeLessThan(ratio);
  });
});

describe('ICE detention releases on parole and on bond', () => {
  const days = 120;
  it('gives parolees from detention parole (its term and work permit); those released on bond or recognizance do not hold parole', () => {
    const parole = run({ detention: { releaseShares: { parole: 1, bond: 0, recognizance: 0 } } }, days);
    const bond = run({ detention: { releaseShares: { parole: 0, bond: 1, recognizance: 0 } } }, days);
    expect(bond.summary['detention.releasedOnBond']).toBe(parole.summary['detention.releasedOnParole']);
    expect(bond.summary['detention.releasedOnParole']).toBe(0);
    // The same people are released; only the parolees join the parole stock.
    expect(parole.summary['parole.active.end'] - bond.summary['parole.active.end']).toBe(parole.summary['detention.releasedOnParole']);
    for (const id of ['detention.occupancy.mean', 'court.backlog.end', 'removals.ice', 'encounters.total', 'receiving.unsheltered.mean'] as const) {
      expect(Object.is(parole.summary[id], bond.summary[id]), id).toBe(true);
    }
  });
});

describe('repeat crossings', () => {
  const days = 150;
  /** Title 42-style expulsion of Mexican single adults instead of expedited removal (rule 2 of the default policy). */
  const expelMexicans = (s: ReturnType<typeof scenario>) => ({ policy: { ...s.policy, rules: s.policy.rules.map((r, i) => (i === 1 ? { ...r, rule: 'expel' } : r)) } });
  const on = run({}, days);

  it('counts repeat encounters of people already encountered, beside unique people, without counting them as new arrivals', () => {
    const off = run({ reentry: { enabled: false } }, days);
    expect(on.summary['encounters.repeatShare']!).toBeGreaterThan(0.01);
    expect(on.summary['encounters.unique']).toBeLessThan(on.summary['encounters.total']);
    expect(on.summary['encounters.repeatShare']!).toBeCloseTo(1 - on.summary['encounters.unique'] / on.summary['encounters.total'], 12);
    expect(on.summary['arrivals.total']).toBe(off.summary['arrivals.total']);
    expect(on.summary['encounters.total']).toBeGreaterThan(off.summary['encounters.total']);
    expect(off.summary['encounters.repeatShare']).toBe(0);
    expect(off.summary['encounters.unique']).toBe(off.summary['encounters.total']);
    expect(on.summary['conservation.unaccounted']).toBe(0);
  });

  it('changes nothing when no one tries again: every output as with repeat crossings switched off', () => {
    const off = run({ reentry: { enabled: false } }, 60);
    const none = run({ reentry: { groups: [] } }, 60);
    expect(none.summary).toEqual(off.summary);
  });

  it('brings more people back after an expulsion (no penalty) than after a removal, about in the ratio of the shares trying again (Bazzi et al. 2021)', () => {
    const expelled = run(expelMexicans(scenario({})), days);
    const repeats = (r: ReplicationResult) => r.summary['encounters.total'] - r.summary['encounters.unique'];
    // Mexico: 32% try again after an expulsion, 25% after a removal (and expulsion leaves no one to screening or detention).
    expect(repeats(expelled)).toBeGreaterThan(repeats(on));
    expect(expelled.summary['encounters.repeatShare']!).toBeGreaterThan(on.summary['encounters.repeatShare']!);
    const ratio = repeats(expelled) / repeats(on);
    expect(ratio).toBeGreaterThan(1.1); expect(ratio).toBeLessThan(2);
  });

  it('reaches repeat shares of the Title 42 era (27-29% of encounters in 2021) when most people are expelled and try again', () => {
    const t42 = run({
      policy: { rules: [{ rule: 'expel', when: { demographics: ['singleAdult', 'familyUnit'] } }], otherwise: 'parole' },
      reentry: { groups: [{ nationality: 'mexico', afterRemoval: 0.25, afterExpulsion: 0.5 }, { nationality: 'northernTriangle', afterRemoval: 0.08, afterExpulsion: 0.4 }, { nationality: 'chnv', afterRemoval: 0.05, afterExpulsion: 0.3 }, { nationality: 'other', afterRemoval: 0.03, afterExpulsion: 0.3 }] },
    }, days);
    expect(t42.summary['encounters.repeatShare']!).toBeGreaterThan(0.15);
    expect(t42.summary['encounters.repeatShare']!).toBeLessThan(0.45);
  });
});
