import { describe, expect, it } from 'vitest';
import { CohortQueue } from '../../../sim/kernel/index.ts';
import { Removals } from '../../../sim/model/engine/removals.ts';
import { harness, recorder } from './stageHarness.ts';

const MEXICO = 0, TRIANGLE = 1 * 3, CHNV = 2 * 3;

function setUp(removals: Record<string, unknown>, removalsPerDay = 1000) {
  const h = harness({ removals, detention: { removalsPerDay } }, 10);
  const r = new Removals(h.ctx);
  const held = recorder<[number, number]>(), departed = recorder<[number, number]>();
  r.connect({ holdForRemoval: (size, tag) => held.fn(size, tag), departed: departed.fn });
  const from = { bedWait: new CohortQueue(), left: [] as number[], leave(size: number) { this.left.push(size); } };
  r.openDay(0);
  return { ...h, r, held, departed, from };
}

describe('removals (a stage on its own)', () => {
  it('without logistics, carries out an expedited removal as the party leaves custody', () => {
    const t = setUp({ logistics: false });
    t.r.expedite(2, CHNV, 0, t.from);
    expect(t.from.left).toEqual([2]);
    expect(t.departed.calls).toEqual([[2, CHNV]]);
    expect(t.held.calls).toEqual([]);
    expect(t.ctx.costs.today).toBe(2 * t.sc.costs.removalUsd);
  });

  it('with logistics, lets CBP repatriate its share, ICE remove its share from custody when a seat is free, and holds the rest', () => {
    const t = setUp({ logistics: true, destinations: [
      { nationality: 'mexico', cbpRepatriationShare: 1 },
      { nationality: 'northernTriangle', fromCustodyShare: 1, seatsPerDay: 2 },
    ] });
    t.r.expedite(1, MEXICO, 0, t.from);
    expect([t.r.cbp, t.r.ice]).toEqual([1, 0]);
    t.r.expedite(2, TRIANGLE, 0, t.from);
    expect([t.r.ice, t.r.iceFromCustody]).toEqual([2, 2]);
    t.r.expedite(1, TRIANGLE, 0, t.from);
    t.r.expedite(1, CHNV, 0, t.from);
    // No seat left for the northern Triangle today; CHNV is removed through detention.
    expect(t.held.calls).toEqual([[1, TRIANGLE], [1, CHNV]]);
    expect(t.from.left).toEqual([1, 2]);
    expect(t.r.total).toBe(3);
  });

  it('gives each destination its seats each day, within ICE\'s overall limit, without carrying unused seats over', () => {
    const t = setUp({ logistics: true, destinations: [{ nationality: 'chnv', seatsPerDay: 1.5 }] }, 3);
    expect(t.r.seat(1, CHNV)).toBe(true);
    expect(t.r.seat(1, CHNV)).toBe(false);
    expect(t.r.seat(2, MEXICO)).toBe(true);
    expect(t.r.seat(1, MEXICO)).toBe(false);
    t.r.openDay(1);
    // 1.5 a day: one seat on day 0, two on day 1 (the half carries, the unused seat of day 0 does not).
    expect(t.r.seat(2, CHNV)).toBe(true);
  });

  it('counts removals by ICE, repatriations by CBP and removals blocked, and their total', () => {
    const t = setUp({ logistics: true, destinations: [{ nationality: 'mexico', cbpRepatriationShare: 1 }] });
    t.r.expedite(2, MEXICO, 0, t.from);
    t.r.byIce(3, CHNV);
    t.r.blockedRelease(4, CHNV);
    expect([t.r.cbp, t.r.ice, t.r.blocked, t.r.total]).toEqual([2, 3, 4, 9]);
    expect(t.ctx.ledger.exits.removalBlocked).toBe(4);
    expect(t.ctx.costs.today).toBe(5 * t.sc.costs.removalUsd);
  });
});
