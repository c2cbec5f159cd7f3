import { describe, expect, it } from 'vitest';
import { runReplication, type ReplicationResult } from '../../sim/model/index.ts';
import { erlangCWq, summarize } from '../../sim/stats/index.ts';
import { scenario, singleQueue } from './helpers.ts';

describe('queueing theory', () => {
  it('reproduces the Erlang C mean wait when reduced to one M/M/c queue (within the 95% CI of 12 replications)', () => {
    // lambda = 200/day, c = 5 agents, 30-minute exponential processing (mu = 48/day): rho = 0.83.
    const lambda = 200, c = 5, mu = 48;
    const sc = singleQueue(lambda, c, 30, 150);
    const waits = Array.from({ length: 12 }, (_, k) => runReplication(sc, { seed: 21, replication: k }).diagnostics!.stations['bp']!.meanWaitDays);
    const s = summarize(waits);
    const theory = erlangCWq(c, lambda, mu);
    expect(theory).toBeGreaterThan(0.01);
    expect(s.ci95[0]).toBeLessThanOrEqual(theory);
    expect(s.ci95[1]).toBeGreaterThanOrEqual(theory);
  });

  it('detects a wrong number of servers (the Erlang C check can fail)', () => {
    const waits = Array.from({ length: 6 }, (_, k) => runReplication(singleQueue(200, 6, 30, 150), { seed: 21, replication: k }).diagnostics!.stations['bp']!.meanWaitDays);
    const s = summarize(waits);
    expect(s.ci95[1]).toBeLessThan(erlangCWq(5, 200, 48));
  });
});

describe("Little's law", () => {
  // MPP reinstated (so every facility has flows), without initial stocks, over a horizon long
  // against most stays; each facility's time-average population must equal its entry rate
  // times the mean stay of those who left.
  const reps: ReplicationResult[] = Array.from({ length: 3 }, (_, k) => runReplication(
    scenario({ days: 200, cbpOne: { initialWaitingList: 0 }, detention: { initialPopulation: 0 } }, 'mpp-reinstated'), { seed: 31, replication: k }));
  for (const name of ['bp', 'ofo', 'cf', 'detention', 'mexico', 'mpp', 'receiving', 'reentry']) {
    it(`holds for ${name}: mean occupancy = entry rate x mean stay`, () => {
      const L = summarize(reps.map((r) => r.diagnostics!.facilities[name]!.meanLevel));
      const lw = summarize(reps.map((r) => { const f = r.diagnostics!.facilities[name]!; return (f.entries / r.diagnostics!.simulatedDays) * f.meanStayDays; }));
      expect(L.mean).toBeGreaterThan(0);
      // People still inside at the end have not contributed a stay: allow that edge effect
      // (8% of the level; it is largest where stays are long against the horizon), plus the CIs.
      const tol = 0.08 * L.mean + (L.ci95[1] - L.ci95[0]) + (lw.ci95[1] - lw.ci95[0]);
      expect(Math.abs(L.mean - lw.mean)).toBeLessThanOrEqual(tol);
    });
  }
});

describe("Little's law (the check can fail)", () => {
  it('flags a facility whose stays are misreported', () => {
    const r = runReplication(scenario({ days: 60 }), { seed: 31, replication: 0 });
    const f = r.diagnostics!.facilities['bp']!;
    const lw = (f.entries / 60) * (f.meanStayDays * 1.5);
    expect(Math.abs(f.meanLevel - lw)).toBeGreaterThan(0.08 * f.meanLevel);
  });
});
