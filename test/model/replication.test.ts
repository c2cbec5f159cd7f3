import { describe, expect, it } from 'vitest';
import { createReplication, runReplication } from '../../sim/model/index.ts';
import { scenario } from './helpers.ts';

const plain = (r: ReturnType<typeof runReplication>) => JSON.parse(JSON.stringify({ ...r, daily: Object.fromEntries(Object.entries(r.daily).map(([k, v]) => [k, [...v]])) }));

describe('replication', () => {
  it('gives identical results for the same seed and replication', () => {
    const sc = scenario();
    const a = runReplication(sc, { seed: 9, replication: 2, days: 20 });
    const b = runReplication(sc, { seed: 9, replication: 2, days: 20 });
    expect(plain(a)).toEqual(plain(b));
  });

  it('gives different results for different replications', () => {
    const sc = scenario();
    const a = runReplication(sc, { seed: 9, replication: 0, days: 10 });
    const b = runReplication(sc, { seed: 9, replication: 1, days: 10 });
    expect(a.summary['arrivals.total']).not.toBe(b.summary['arrivals.total']);
  });

  it('gives the same result advanced in slices as in one run, bit for bit', () => {
    const sc = scenario({}, 'mpp-reinstated');
    const one = runReplication(sc, { seed: 4, replication: 0, days: 130 });
    const r = createReplication(sc, { seed: 4, replication: 0, days: 130 });
    for (const d of [1, 7, 50, 119, 120, 121, 130]) { r.advance(d); expect(r.day).toBe(d); }
    expect(plain(r.snapshot())).toEqual(plain(one));
  });

  it('gives the same result advanced in slices within days as in one run, bit for bit (a worker looks for a cancel within a day)', () => {
    const sc = scenario({}, 'mpp-reinstated');
    const one = runReplication(sc, { seed: 4, replication: 0, days: 130 });
    const r = createReplication(sc, { seed: 4, replication: 0, days: 130 });
    for (const d of [0.3, 1, 1.125, 6.5, 7, 50, 119.875, 120, 120.01, 121, 129.5, 130]) { r.advance(d); expect(r.day).toBe(Math.floor(d)); }
    expect(plain(r.snapshot())).toEqual(plain(one));
  });

  it('refuses to advance to a day that is not a number, rather than doing nothing', () => {
    const r = createReplication(scenario(), { seed: 4, replication: 0, days: 5 });
    expect(() => r.advance(Number.NaN)).toThrow(/invalid day: NaN/);
  });

  it('reports partial results while advancing (days not yet simulated stay 0)', () => {
    const r = createReplication(scenario(), { seed: 4, replication: 0, days: 30 });
    r.advance(10);
    const s = r.snapshot();
    expect(s.daily.arrivals[9]).toBeGreaterThan(0);
    expect(s.daily.arrivals[10]).toBe(0);
    expect(s.diagnostics!.simulatedDays).toBe(10);
  });

  it('keeps first crossings unchanged when only the policy changes (common random numbers); repeat crossings are what the policy moves', () => {
    const a = runReplication(scenario(), { seed: 8, replication: 0, days: 30 });
    const b = runReplication(scenario({}, 'no-parole'), { seed: 8, replication: 0, days: 30 });
    expect([...b.daily['arrivals.betweenPorts']]).toEqual([...a.daily['arrivals.betweenPorts']]);
    expect(b.summary['dispositions.parole']).toBeLessThan(a.summary['dispositions.parole']);
  });

  it('keeps Border Patrol encounters unchanged under a policy change once nobody re-crosses', () => {
    const noRepeats = { reentry: { enabled: false } };
    const a = runReplication(scenario(noRepeats), { seed: 8, replication: 0, days: 30 });
    const b = runReplication(scenario(noRepeats, 'no-parole'), { seed: 8, replication: 0, days: 30 });
    expect([...b.daily['encounters.bp']]).toEqual([...a.daily['encounters.bp']]);
  });

  it('applies a policy change from its day on and not before', () => {
    const r = runReplication(scenario({}, 'mpp-reinstated'), { seed: 4, replication: 0, days: 130 });
    const mpp = r.daily['dispositions.mpp'];
    expect(mpp.slice(0, 120).reduce((a, b) => a + b, 0)).toBe(0);
    expect(mpp[120]).toBeGreaterThan(0);
    expect(Math.max(...mpp.slice(120))).toBeLessThanOrEqual(300 + 20);
    expect(r.policyChangeDays).toEqual([120]);
  });

  it('applies a detention capacity change from its day on', () => {
    const r = runReplication(scenario({}, 'detention-cut'), { seed: 4, replication: 0, days: 100 });
    expect(r.daily['detention.capacity'][89]).toBe(41500);
    expect(r.daily['detention.capacity'][90]).toBe(25000);
    expect(r.daily['detention.bookIns'].slice(91, 100).reduce((a, b) => a + b, 0)).toBeLessThan(r.daily['detention.bookIns'].slice(80, 89).reduce((a, b) => a + b, 0));
  });
});
