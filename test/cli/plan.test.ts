import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planUnits, shardUnits, planCommand, type Plan } from '../../cli/plan.ts';

const plan = (scenarios: number, reps: number): Plan => ({
  kind: 'run',
  sources: Array.from({ length: scenarios }, (_, i) => `s${i}`),
  scenarios: Array.from({ length: scenarios }, (_, i) => ({ label: `s${i}`, scenario: {} })),
  seed: 1,
  reps,
  days: null,
});

describe('shardUnits', () => {
  it('splits the units into n disjoint shards that together hold every unit once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 12 }), (s, r, n) => {
        const p = plan(s, r);
        const all = Array.from({ length: n }, (_, i) => shardUnits(p, { index: i + 1, count: n })).flat();
        const key = (u: { scenario: number; replication: number }) => `${u.scenario}:${u.replication}`;
        expect(all.map(key).sort()).toEqual(planUnits(p).map(key).sort());
      }),
    );
  });

  it('gives every shard a share of every scenario when there are enough replications', () => {
    const shards = [1, 2].map((index) => shardUnits(plan(2, 4), { index, count: 2 }));
    for (const s of shards) expect(new Set(s.map((u) => u.scenario))).toEqual(new Set([0, 1]));
  });
});

describe('planCommand', () => {
  it('gives the command line that reproduces the numbers, quoting what the shell would split', () => {
    const p: Plan = { ...plan(1, 3), sources: ['my file.json'], days: 30 };
    expect(planCommand(p)).toBe("border-sim run 'my file.json' --reps 3 --seed 1 --days 30");
  });
});
