/**
 * The behaviour of arrivals, mechanism by mechanism: each response moves new crossings between
 * ports in the direction its hypothesis says and by about the size its parameters imply, and
 * switched off changes nothing. Runs are paired (same seed): the potential crossings are the
 * same random numbers in every run, only which of them cross differs.
 */
import { describe, expect, it } from 'vitest';
import { runReplication, type ReplicationResult } from '../../sim/model/index.ts';
import { scenario } from './helpers.ts';

const DAYS = 150, CHANGE = 40, LAG = 20, WINDOW = 10;
/** Runs already made, by scenario: several tests compare with the same reference (read only). */
const made = new Map<string, ReplicationResult>();
const run = (o: Record<string, unknown>, base = 'baseline') => {
  const key = JSON.stringify([o, base]);
  if (!made.has(key)) made.set(key, runReplication(scenario(o, base), { seed: 7, replication: 0, days: DAYS }));
  return made.get(key)!;
};
/** New crossings between ports per day over days [from, to). */
const perDay = (r: ReplicationResult, from: number, to = DAYS) => r.daily['arrivals.betweenPorts'].slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
const behaviour = (b: Record<string, unknown>) => ({ behaviour: { enabled: true, perceptionLagDays: LAG, windowDays: WINDOW, ...b } });
/**
 * From day CHANGE, everyone crossing between ports is placed in expedited removal or detained; no parole.
 * Border Patrol holding has no ceiling here, so that nobody is released when stations fill (releases
 * from full stations are releases migrants see, and would keep the released share up).
 */
const noParoleFrom = {
  policyChanges: [{ day: CHANGE, title: 'parole ends', policy: { rules: [{ rule: 'detain', onlyIfBedFree: true }], otherwise: 'expeditedRemoval' } }],
  borderPatrol: { overflow: { ceiling: { enabled: false } } },
};

describe('behaviour of arrivals', { timeout: 600_000 }, () => { // full-model runs of 150 days, generous for a loaded machine
  it('changes nothing when on with every response at zero', () => {
    const off = run({}), zero = run(behaviour({}));
    expect(zero.summary).toEqual(off.summary);
    expect(zero.daily['arrivals.betweenPorts']).toEqual(off.daily['arrivals.betweenPorts']);
  });

  it('keeps the baseline arrivals whatever the potential multiple, in distribution (thinning is unbiased)', () => {
    const a = run({}), b = run({ behaviour: { potentialMultiplier: 4 } });
    expect(perDay(b, 0) / perDay(a, 0)).toBeGreaterThan(0.98);
    expect(perDay(b, 0) / perDay(a, 0)).toBeLessThan(1.02);
  });

  it('draws fewer crossings once fewer are released, under the pull hypothesis, after the lag and not before', () => {
    const pull = behaviour({ releaseElasticity: 1 });
    const withParole = run(pull), without = run({ ...pull, ...noParoleFrom });
    // Identical until the first day that sees the change (CHANGE + LAG): the same potential crossings, the same acceptances.
    expect(without.daily['arrivals.betweenPorts'].slice(0, CHANGE + LAG)).toEqual(withParole.daily['arrivals.betweenPorts'].slice(0, CHANGE + LAG));
    const ratio = perDay(without, CHANGE + LAG + WINDOW) / perDay(withParole, CHANGE + LAG + WINDOW);
    // Released share falls from about 0.8 to near 0: with elasticity 1 crossings fall to a small fraction.
    expect(ratio).toBeLessThan(0.5);
    expect(ratio).toBeGreaterThan(0.05);
  });

  it('does not move crossings when the same policy change is tried without the pull', () => {
    const none = behaviour({});
    const a = run(none), b = run({ ...none, ...noParoleFrom });
    expect(b.daily['arrivals.betweenPorts']).toEqual(a.daily['arrivals.betweenPorts']);
  });

  it('deters crossings when more meet a consequence, by about the elasticity implies', () => {
    const det = behaviour({ consequenceElasticity: 0.5 });
    const a = run(det), b = run({ ...det, ...noParoleFrom });
    const ratio = perDay(b, CHANGE + LAG + WINDOW) / perDay(a, CHANGE + LAG + WINDOW);
    // Consequence share rises from about 0.2-0.5 to near 1: at elasticity 0.5, crossings fall by a third to a half.
    expect(ratio).toBeLessThan(0.8);
    expect(ratio).toBeGreaterThan(0.35);
  });

  it('sends more across between ports when program places are taken away, under substitution, about one per place', () => {
    const sub = behaviour({ substitutionPerPlace: 1 });
    const closed = { parolePrograms: [] };
    const open = run(sub), shut = run({ ...sub, ...closed });
    const extra = perDay(shut, LAG + WINDOW) - perDay(open, LAG + WINDOW);
    // CHNV's 30,000 a month (986 a day) taken away: about 986 more crossings a day, all of CHNV nationality.
    expect(extra).toBeGreaterThan(0.85 * 986);
    expect(extra).toBeLessThan(1.15 * 986);
    const none = behaviour({});
    expect(perDay(run({ ...none, ...closed }), LAG + WINDOW) / perDay(run(none), LAG + WINDOW)).toBeCloseTo(1, 1);
  });

  it('sends more across when the CBP One wait grows, under the wait response', () => {
    const w = behaviour({ appointmentWaitElasticity: 0.5 });
    const a = run(w), b = run({ ...w, cbpOne: { registrationsPerDay: 3600 } });
    expect(perDay(b, 90)).toBeGreaterThan(perDay(a, 90) * 1.03);
  });

  it('never lets crossings exceed the potential multiple of the base flow', () => {
    const r = run(behaviour({ substitutionPerPlace: 10, potentialMultiplier: 1.5 }), 'baseline');
    const r2 = run({ ...behaviour({ substitutionPerPlace: 10, potentialMultiplier: 1.5 }), parolePrograms: [] });
    const m = r2.daily['behaviour.crossingMultiplier'];
    expect(Math.max(...m)).toBeLessThanOrEqual(1.5);
    expect(perDay(r2, LAG + WINDOW) / perDay(r, LAG + WINDOW)).toBeLessThan(1.55);
  });
});

describe('CBP One closed', () => {
  it('sends would-be registrants across between ports (the share who cross when patience runs out) instead of removing them', () => {
    const r = runReplication(scenario({ cbpOne: { enabled: false, crossAfterPatienceShare: 0.5 } }), { seed: 7, replication: 0, days: 30 });
    const expected = 1800 * 30 * 0.5;
    expect(r.summary['cbpone.crossedWithoutAppointments'] / expected).toBeGreaterThan(0.95);
    expect(r.summary['cbpone.crossedWithoutAppointments'] / expected).toBeLessThan(1.05);
    expect(r.summary['conservation.unaccounted']).toBe(0);
  });
});
