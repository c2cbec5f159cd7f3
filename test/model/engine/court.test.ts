import { describe, expect, it } from 'vitest';
import { Court } from '../../../sim/model/engine/court.ts';
import { Mpp } from '../../../sim/model/engine/mpp.ts';
import { harness } from './stageHarness.ts';

function setUp(overrides: Record<string, unknown>) {
  const h = harness({ court: { initialBacklog: 1000, judges: 10, completionsPerJudgePerDay: 2, otherNewCasesPerDay: 0, ...overrides }, mpp: { hearingSlotsPerDay: 5 } }, 10);
  const mpp = new Mpp(h.ctx);
  const court = new Court(h.ctx, mpp);
  const removed: number[] = [];
  mpp.connect((n) => court.addMpp(n), (n) => removed.push(n));
  return { ...h, mpp, court, removed };
}

describe('courts and MPP hearings (stages on their own)', () => {
  it('gives judges\' completions to detained cases first, then MPP hearings (within their slots), then the non-detained docket', () => {
    const t = setUp({});
    t.court.addDetained(8);
    expect(t.court.canCompleteDetained(8)).toBe(true);
    t.court.completeDetained(8);
    expect(t.court.canCompleteDetained(13)).toBe(false);
    t.mpp.enrol(7, 0);
    t.env.run({ until: 1 });
    t.court.closeDay(0);
    // 20 completions: 8 detained, 5 MPP (the slots), 7 non-detained.
    expect([t.court.completedDetained, t.court.completedMpp, t.court.completedNonDetained]).toEqual([8, 5, 7]);
    expect(t.mpp.waiting).toBe(2);
    expect(t.court.backlog()).toBe(1000 - 7 + 2);
    expect(t.ctx.record.series['court.completions'][0]).toBe(20);
  });

  it('ends every completion in exactly one outcome, with the shares it is given', () => {
    const t = setUp({ initialBacklog: 1e6, judges: 1000, completionsPerJudgePerDay: 100, inAbsentiaShare: 0.3, reliefShare: 0.2 });
    t.env.run({ until: 1 });
    t.court.closeDay(0);
    expect(t.court.completedNonDetained).toBe(100000);
    expect(t.court.inAbsentia / 1e5).toBeCloseTo(0.3, 2);
    expect(t.court.relief / 1e5).toBeCloseTo(0.2, 2);
    expect(t.ctx.record.series['court.inAbsentiaOrders'][0]).toBe(t.court.inAbsentia);
  });

  it('ends each MPP hearing in an in-absentia order, relief or removal', () => {
    const t = setUp({});
    t.mpp.enrol(5, 0);
    t.env.run({ until: 1 });
    t.court.closeDay(0);
    const ex = t.ctx.ledger.exits;
    expect(ex.mppInAbsentia + ex.mppRelief + t.removed.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('completes nothing without judges', () => {
    const t = setUp({ judges: 0 });
    t.court.addDetained(1);
    expect(t.court.canCompleteDetained(1)).toBe(false);
    t.env.run({ until: 1 });
    t.court.closeDay(0);
    expect(t.court.completions).toBe(0);
  });
});
