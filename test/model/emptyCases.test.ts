/**
 * What metrics mean when their denominator is empty or their resource is zero: a mean or a
 * share over nobody has no value (null), never a made-up 0, and a resource at zero does no
 * work at all.
 */
import { describe, expect, it } from 'vitest';
import { METRICS, runReplication } from '../../sim/model/index.ts';
import { summarizeScenario, summaryCsv } from '../../sim/report/index.ts';
import { scenario } from './helpers.ts';

const DAYS = 20;

describe('metrics over nobody and resources at zero', () => {
  // No agents on processing and none pulled from patrol to processing (a response that would otherwise process).
  const noAgents = runReplication(scenario({ borderPatrol: { agents: 0, overflow: { agentsToProcessing: { enabled: false } } } }), { seed: 3, replication: 0, days: DAYS });

  it('reports no Border Patrol time in custody when no agent processes anyone, rather than 0 hours', () => {
    expect(noAgents.summary['encounters.total']).toBeGreaterThan(0);
    expect(noAgents.summary['bp.timeInCustodyHours.mean']).toBeNull();
    expect(noAgents.summary['bp.timeInCustodyHours.p90']).toBeNull();
    expect(noAgents.summary['bp.shareOver72h']).toBeNull();
    expect(noAgents.summary['ofo.timeInCustodyHours.mean']).toBeGreaterThan(0);
  });

  it('gives null only to means and shares over people, each stating when it has no value', () => {
    for (const m of METRICS) if (noAgents.summary[m.id] === null) expect('emptyWhen' in m, m.id).toBe(true);
  });

  it('summarizes a metric with no value in any replication as missing (NA in CSV), with n = 0', () => {
    const s = summarizeScenario('no agents', 3, [noAgents]);
    expect(s.metrics['bp.timeInCustodyHours.mean'].n).toBe(0);
    expect(s.metrics['bp.timeInCustodyHours.mean'].mean).toBeNaN();
    const row = summaryCsv([s]).split('\n').find((l) => l.includes(',bp.timeInCustodyHours.mean,'))!;
    expect(row.split(',').slice(5, 9)).toEqual(['NA', 'NA', 'NA', 'NA']);
  });

  it('summarizes over the replications that have a value, counting them in n', () => {
    const some = runReplication(scenario({}), { seed: 3, replication: 1, days: DAYS });
    const s = summarizeScenario('mixed', 3, [noAgents, some]);
    expect(s.metrics['bp.timeInCustodyHours.mean'].n).toBe(1);
    expect(s.metrics['bp.timeInCustodyHours.mean'].mean).toBe(some.summary['bp.timeInCustodyHours.mean']);
  });

  it('reports no CBP One wait when no one comes to an appointment', () => {
    const r = runReplication(scenario({ cbpOne: { enabled: false } }), { seed: 3, replication: 0, days: DAYS });
    expect(r.summary['cbpone.waitDays.mean']).toBeNull();
  });

  it('completes no court case at all without judges, detained cases included: their removals wait for an order', () => {
    const base = runReplication(scenario({}), { seed: 3, replication: 0, days: DAYS });
    const none = runReplication(scenario({ court: { judges: 0 } }), { seed: 3, replication: 0, days: DAYS });
    expect(base.summary['court.completions']).toBeGreaterThan(0);
    expect(none.summary['court.completions']).toBe(0);
    expect(none.diagnostics!.court.completions).toBe(0);
    expect(none.summary['removals.total']).toBeLessThan(base.summary['removals.total']);
    // Beds stay full either way: the detained who wait for an order take the beds of people who would have been booked in.
    expect(none.summary['detention.awaitingRemoval.end']).toBeGreaterThan(base.summary['detention.awaitingRemoval.end']!);
    expect(none.summary['detention.bookIns']).toBeLessThan(base.summary['detention.bookIns']!);
    expect(none.summary['conservation.unaccounted']).toBe(0);
  });
});

describe('days over capacity', () => {
  it('has one definition: the days counted by the summary are the days marked in the daily series', () => {
    const r = runReplication(scenario({ borderPatrol: { holdingCapacity: 6000 }, detention: { beds: 30000 } }), { seed: 5, replication: 0, days: 30 });
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    expect(r.summary['bp.daysOverCapacity']).toBeGreaterThan(0);
    expect(sum(r.daily['bp.overCapacity'])).toBe(r.summary['bp.daysOverCapacity']);
    expect(sum(r.daily['detention.overCapacity'])).toBe(r.summary['detention.daysOverCapacity']);
  });
});
