/**
 * Court outcomes by path, through the whole model: judges' completions vary from day to day and
 * between replications, ATD changes how many people appear (not only what they cost), and
 * removal orders of people not in custody are counted as orders not carried out.
 */
import { describe, expect, it } from 'vitest';
import { runReplication, type ReplicationResult } from '../../sim/model/index.ts';
import { scenario } from './helpers.ts';

const DAYS = 120;
/** Full-model runs of four months; generous for a loaded machine. */
const SLOW = 600_000;
/** Runs already made, by scenario and replication (read only). */
const made = new Map<string, ReplicationResult>();
const run = (o: Record<string, unknown>, replication = 0) => {
  const key = JSON.stringify([o, replication]);
  if (!made.has(key)) made.set(key, runReplication(scenario(o), { seed: 11, replication, days: DAYS }));
  return made.get(key)!;
};

describe('court outcomes by path', () => {
  it('completes a different number of cases in each replication, near judges × rate × days', () => {
    const a = run({}, 0).summary['court.completions'], b = run({}, 1).summary['court.completions'];
    expect(a).not.toBe(b);
    const expected = 700 * 3.56 * DAYS;
    for (const c of [a, b]) expect(Math.abs(c - expected) / expected).toBeLessThan(0.02);
  }, SLOW);

  it('issues fewer in-absentia orders when more parolees are on ATD, at the appearance rates given', () => {
    const none = run({ parole: { atdShare: 0 } }), most = run({ parole: { atdShare: 0.8 } });
    const s0 = none.summary, s1 = most.summary;
    console.log(`in-absentia orders ${s0['court.inAbsentiaOrders']} (no ATD) -> ${s1['court.inAbsentiaOrders']} (80% on ATD); share on ATD ${s1['court.inAbsentiaShare.withAtd']}`);
    expect(s0['court.inAbsentiaShare.withAtd']).toBeNull();
    expect(s1['court.inAbsentiaShare.withAtd']).toBeGreaterThan(0.07);
    expect(s1['court.inAbsentiaShare.withAtd']).toBeLessThan(0.12);
    expect(s1['court.inAbsentiaShare.withoutAtd']).toBeGreaterThan(0.17);
    // Completions are the same judges' time; the ATD docket's share of it appears about twice as often.
    const atdCompletions = (s0['court.inAbsentiaOrders'] - s1['court.inAbsentiaOrders']) / (0.19 - 0.096);
    expect(atdCompletions).toBeGreaterThan(5000);
    expect(s1['court.completions']).toBeCloseTo(s0['court.completions'], -3);
  }, SLOW);

  it('counts removal orders of people not in custody as not carried out', () => {
    const s = run({}).summary;
    expect(s['court.ordersUnexecuted']).toBeGreaterThan(s['court.inAbsentiaOrders'] - 1);
    expect(s['court.removalOrders']).toBeGreaterThan(s['court.ordersUnexecuted']);
    // Removal or voluntary departure in about 39% of deportation completions (TRAC, FY2023-24).
    const share = s['court.removalOrders'] / s['court.completions'];
    console.log(`removal orders ${(100 * share).toFixed(1)}% of completions; unexecuted ${s['court.ordersUnexecuted']}`);
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
  }, SLOW);
});
