import { describe, expect, it } from 'vitest';
import { Reentry } from '../../../sim/model/engine/reentry.ts';
import { FEAR, PATH_ER, PATH_INTERIOR, ROUTE_APPOINTMENT, SPONSOR, withPath, withRoute } from '../../../sim/model/engine/tags.ts';
import { harness, recorder } from './stageHarness.ts';

const MEXICO = 0, CHNV = 2 * 3;

function setUp(reentry: Record<string, unknown>, apprehensionShare = 1) {
  const h = harness({ reentry: { enabled: true, delayDays: 5, groups: [{ nationality: 'mexico', afterRemoval: 1, afterExpulsion: 1 }], ...reentry }, arrivals: { apprehensionShare } }, 400);
  const r = new Reentry(h.ctx);
  const apprehended = recorder<[number, number]>();
  r.connect({ apprehended: apprehended.fn });
  const runDays = (days: number) => { for (let d = 0; d < days; d++) { h.env.run({ until: d }); r.openDay(d); } h.env.run({ until: days }); };
  return { ...h, r, apprehended, runDays };
}

describe('repeat crossings (a stage on its own)', () => {
  it('lets people leave for good when switched off', () => {
    const t = setUp({ enabled: false });
    t.r.afterRemoval(3, MEXICO); t.r.afterExpulsion(2, MEXICO);
    expect(t.ctx.ledger.exits.removed).toBe(3);
    expect(t.ctx.ledger.exits.expelled).toBe(2);
    expect(t.ctx.places.reentry.level).toBe(0);
    t.runDays(30);
    expect(t.apprehended.calls).toEqual([]);
  });

  it('holds a party that will try again outside the country, then sends it across between ports as the same party', () => {
    const t = setUp({});
    const tag = withPath(withRoute(MEXICO | SPONSOR | FEAR, ROUTE_APPOINTMENT), PATH_ER);
    t.r.afterRemoval(3, tag);
    expect(t.ctx.ledger.exits.removed).toBe(0);
    expect(t.ctx.places.reentry.level).toBe(3);
    t.runDays(200);
    // Same group, sponsor and fear claim; crossing between ports (route 0), no detention path.
    expect(t.apprehended.calls).toEqual([[MEXICO | SPONSOR | FEAR, 3]]);
    expect(t.ctx.places.reentry.level).toBe(0);
    expect(t.r.crossings).toBe(3);
    expect(t.r.repeatEncounters).toBe(3);
  });

  it('does not count as a repeat the encounter of someone first met in the interior', () => {
    const t = setUp({});
    t.r.afterRemoval(1, withPath(MEXICO, PATH_INTERIOR));
    t.runDays(200);
    expect(t.apprehended.calls.length).toBe(1);
    expect(t.r.repeatEncounters).toBe(0);
  });

  it('sets off at rate 1/delayDays: after one day a share exp(-1/delayDays) still waits', () => {
    const t = setUp({ delayDays: 10 });
    for (let i = 0; i < 20000; i++) t.r.afterRemoval(1, MEXICO);
    t.runDays(1);
    expect(t.ctx.places.reentry.level / 20000).toBeCloseTo(Math.exp(-1 / 10), 2);
    const mean = t.ctx.places.reentry.staySum / t.ctx.places.reentry.exits;
    expect(mean).toBeGreaterThan(0); expect(mean).toBeLessThan(1);
  });

  it('tries again in the shares given by group and by consequence, and never for a group not listed', () => {
    const t = setUp({ groups: [{ nationality: 'mexico', afterRemoval: 0.2, afterExpulsion: 0.6 }] });
    for (let i = 0; i < 10000; i++) { t.r.afterRemoval(1, MEXICO); t.r.afterExpulsion(1, MEXICO); t.r.afterRemoval(1, CHNV); }
    expect(t.ctx.ledger.exits.removed).toBeGreaterThan(10000);
    expect((10000 - (t.ctx.ledger.exits.removed - 10000)) / 10000).toBeCloseTo(0.2, 1);
    expect((10000 - t.ctx.ledger.exits.expelled) / 10000).toBeCloseTo(0.6, 1);
  });

  it('counts a repeat crosser who is not apprehended as a gotaway', () => {
    const t = setUp({}, 0);
    t.r.afterExpulsion(2, MEXICO);
    t.runDays(200);
    expect(t.apprehended.calls).toEqual([]);
    expect(t.ctx.ledger.exits.gotaway).toBe(2);
  });
});
