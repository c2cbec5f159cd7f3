import { describe, expect, it } from 'vitest';
import { METRICS, presets, runReplication } from '../../sim/model/index.ts';
import { scenario } from './helpers.ts';

const DAYS = 40;
const cache = new Map<string, ReturnType<typeof runReplication>>();
/** One seeded run per preset, shared by the tests below. */
const run = (name: string) => {
  if (!cache.has(name)) cache.set(name, runReplication(scenario({}, name), { seed: 11, replication: 0, days: DAYS }));
  return cache.get(name)!;
};

describe('conservation', () => {
  for (const name of Object.keys(presets)) {
    it(`accounts for every person in preset ${name} (in exactly one place or with one exit)`, () => {
      const r = run(name);
      expect(r.summary['conservation.unaccounted']).toBe(0);
      const d = r.diagnostics!;
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      expect(sum(d.ledger.entries)).toBe(sum(d.ledger.places) + sum(d.ledger.exits));
      expect(sum(d.ledger.entries)).toBeGreaterThan(0);
    });

    it(`gives a finite value for every metric in preset ${name} (null only for a mean over nobody)`, () => {
      const r = run(name);
      for (const m of METRICS) {
        const v = r.summary[m.id];
        if (v === null) expect('emptyWhen' in m, `${m.id} is null`).toBe(true);
        else expect(Number.isFinite(v), m.id).toBe(true);
      }
    });
  }

  it('keeps each facility ledger consistent: entries - exits = people present', () => {
    const r = run('baseline');
    for (const [name, f] of Object.entries(r.diagnostics!.facilities)) expect(f.entries - f.exits, name).toBe(f.level);
  });

  it('keeps the court docket balanced: end backlog = start + intake - completions', () => {
    const r = runReplication(scenario({}, 'mpp-reinstated'), { seed: 3, replication: 0, days: 150 });
    const c = r.diagnostics!.court;
    expect(r.summary['court.backlog.end']).toBe(c.initial + c.intake - c.completions);
  });

  it('holds a 100x overload in bounded memory (queues as cohorts, not people)', () => {
    const sc = scenario({ arrivals: { betweenPorts: { surges: [{ fromDay: 0, toDay: 10, multiplier: 100 }] } } });
    const r = runReplication(sc, { seed: 5, replication: 0, days: 2 });
    const bp = r.diagnostics!.stations['bp']!;
    expect(bp.queued).toBeGreaterThan(500_000);
    // 2 days x 24 hours x (groups x routes x flags) is the ceiling on cohort entries, far below the people queued.
    expect(bp.queueEntries).toBeLessThan(bp.queued / 10);
    expect(r.summary['conservation.unaccounted']).toBe(0);
  });
});
