import { describe, expect, it } from 'vitest';
import { Release } from '../../../sim/model/engine/release.ts';
import { SPONSOR } from '../../../sim/model/engine/tags.ts';
import { harness } from './stageHarness.ts';

function setUp(overrides: Record<string, unknown>) {
  const h = harness({ parole: { termDays: 3, workPermitAfterDays: 1, atdDays: 2, workEligibleShare: 1 }, ...overrides }, 10);
  const r = new Release(h.ctx);
  const cases: number[] = [];
  r.connect((n) => cases.push(n));
  return { ...h, r, cases };
}

describe('release (a stage on its own)', () => {
  it('opens a court case, a parole term, a work permit and ATD enrolment for each parolee', () => {
    const t = setUp({ receiving: { shareNeedingShelterWithSponsor: 0, shareNeedingShelterWithoutSponsor: 0 } });
    t.r.paroleWithNta(4, SPONSOR, 1);
    expect(t.cases).toEqual([4]);
    expect(t.ctx.dispositions.parole.total).toBe(4);
    expect(t.ctx.ledger.exits.paroled).toBe(4);
    const stocks = (d: number) => { t.r.parole.startDay(d); return [t.r.parole.activeNow, t.r.parole.workNow, t.r.parole.atdNow]; };
    expect(stocks(0)).toEqual([4, 0, 1]);
    expect(stocks(1)).toEqual([4, 4, 1]);
    expect(stocks(2)).toEqual([4, 4, 0]);
    expect(stocks(3)).toEqual([0, 0, 0]);
  });

  it('sends released people without a sponsor to receiving shelters more often than those with one', () => {
    const t = setUp({ receiving: { shareNeedingShelterWithSponsor: 0, shareNeedingShelterWithoutSponsor: 1, shelterPlaces: 2, stayDays: 1 } });
    t.r.toReceiving(5, SPONSOR);
    expect(t.r.receiving.level).toBe(0);
    t.r.toReceiving(5, 0);
    expect(t.r.receiving.level).toBe(5);
    t.env.run({ until: 1 });
    t.r.closeDay(0);
    expect(t.ctx.record.series['receiving.unsheltered'][0]).toBe(3);
    expect(t.ctx.record.series['receiving.occupancy'][0]).toBe(2);
  });

  it('lets people leave receiving shelters at rate 1/stayDays', () => {
    const t = setUp({ receiving: { shareNeedingShelterWithoutSponsor: 1, stayDays: 2 } });
    t.r.toReceiving(10000, 0);
    t.r.shelterDepartures();
    expect(t.r.receiving.level / 10000).toBeCloseTo(Math.exp(-1 / 2), 1);
  });
});
