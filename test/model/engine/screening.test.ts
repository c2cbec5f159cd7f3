import { describe, expect, it } from 'vitest';
import { Screening } from '../../../sim/model/engine/screening.ts';
import { fixed, harness, recorder } from './stageHarness.ts';

function setUp(overrides: Record<string, unknown>, bedsFree: number) {
  const h = harness({ credibleFear: { asylumOfficers: 1, screeningHours: fixed(6), ...overrides } });
  const s = new Screening(h.ctx);
  const parole = recorder<[number, number, number]>(), bookIn = recorder<[number, number]>(), removed = recorder<[number]>();
  s.connect({ parole: parole.fn, bookIn: bookIn.fn, bedsFree: () => bedsFree, removed: removed.fn });
  s.openDay(0);
  return { ...h, s, parole, bookIn, removed };
}

describe('credible-fear screening (a stage on its own)', () => {
  it('screens people in turn with the officers on duty, a family taking one interview per member', () => {
    const t = setUp({ positiveShare: 1 }, 0);
    t.s.arrive(2, 0); t.s.arrive(1, 0);
    t.env.run({ until: 0.51 });
    expect(t.parole.calls.map((c) => c[0])).toEqual([2]);
    t.env.run({ until: 0.74 });
    expect(t.parole.calls.map((c) => c[0])).toEqual([2]);
    t.env.run({ until: 1 });
    expect(t.parole.calls.map((c) => c[0])).toEqual([2, 1]);
    expect(t.ctx.places.cf.level).toBe(0);
  });

  it('removes people with a negative finding', () => {
    const t = setUp({ positiveShare: 0 }, 0);
    t.s.arrive(3, 0);
    t.env.run({ until: 1 });
    expect(t.removed.calls).toEqual([[3]]);
  });

  it('detains after a positive finding when told to and a bed is free, and paroles when none is', () => {
    const free = setUp({ positiveShare: 1, positiveThen: 'detain' }, 5);
    free.s.arrive(2, 0);
    free.env.run({ until: 1 });
    expect(free.bookIn.calls.map((c) => c[0])).toEqual([2]);
    const full = setUp({ positiveShare: 1, positiveThen: 'detain' }, 1);
    full.s.arrive(2, 0);
    full.env.run({ until: 1 });
    expect(full.parole.calls.map((c) => c[0])).toEqual([2]);
  });

  it('screens no one without asylum officers', () => {
    const t = setUp({ asylumOfficers: 0, positiveShare: 1 }, 0);
    t.s.arrive(1, 0);
    t.env.run({ until: 5 });
    expect(t.parole.calls).toEqual([]);
    expect(t.ctx.places.cf.level).toBe(1);
  });
});
