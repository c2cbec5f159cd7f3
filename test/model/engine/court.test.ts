import { describe, expect, it } from 'vitest';
import { Court } from '../../../sim/model/engine/court.ts';
import { Mpp } from '../../../sim/model/engine/mpp.ts';
import { harness } from './stageHarness.ts';

function setUp(overrides: Record<string, unknown>, days = 10) {
  const h = harness({ court: { initialBacklog: 1000, judges: 100, completionsPerJudgePerDay: 2, otherNewCasesPerDay: 0, ...overrides }, mpp: { hearingSlotsPerDay: 5 } }, days);
  const mpp = new Mpp(h.ctx);
  const court = new Court(h.ctx, mpp);
  const removed: number[] = [];
  mpp.connect((n) => court.addMpp(n), (n) => removed.push(n));
  return { ...h, mpp, court, removed };
}

/** Runs the court's day clock over `days` days. */
function runDays(t: ReturnType<typeof setUp>, days: number): void {
  for (let d = 0; d < days; d++) { t.env.run({ until: d + 1 }); t.court.closeDay(d); }
}

describe('courts and MPP hearings (stages on their own)', () => {
  it("gives judges' completions to detained cases first, then MPP hearings (within their slots), then the non-detained dockets", () => {
    const t = setUp({});
    t.court.addDetained(8);
    expect(t.court.canCompleteDetained(8)).toBe(true);
    t.court.completeDetained(8);
    t.mpp.enrol(7, 0);
    t.env.run({ until: 1 });
    t.court.closeDay(0);
    const capacity = t.ctx.record.series['court.completions'][0]!;
    // The day's capacity is Poisson around 100 judges × 2 = 200 (sd 14).
    expect(Math.abs(capacity - 200)).toBeLessThan(70);
    expect(t.court.canCompleteDetained(capacity - 8 + 1)).toBe(false);
    expect([t.court.completedDetained, t.court.completedMpp, t.court.withoutAtd.completed]).toEqual([8, 5, capacity - 13]);
    expect(t.mpp.waiting).toBe(2);
    expect(t.court.backlog()).toBe(1000 - (capacity - 13) + 2);
  });

  it('draws the completions of each day at random around judges × rate, with a Poisson spread', () => {
    const days = 400;
    const t = setUp({ initialBacklog: 1e7, judges: 100, completionsPerJudgePerDay: 2 }, days);
    runDays(t, days);
    const c = Array.from(t.ctx.record.series['court.completions'].subarray(0, days));
    const mean = c.reduce((a, b) => a + b, 0) / days;
    const variance = c.reduce((a, b) => a + (b - mean) ** 2, 0) / (days - 1);
    expect(Math.abs(mean - 200)).toBeLessThan(4 * Math.sqrt(200 / days));
    // A Poisson count's variance equals its mean: sample variance of 400 days within about ±30%.
    expect(variance / mean).toBeGreaterThan(0.7);
    expect(variance / mean).toBeLessThan(1.3);
  });

  it('ends every non-detained completion in exactly one outcome, with the shares it is given', () => {
    const t = setUp({ initialBacklog: 1e6, judges: 1000, completionsPerJudgePerDay: 100, inAbsentiaShare: 0.3, reliefShare: 0.2, removalOrderedShare: 0.4 });
    runDays(t, 1);
    const o = t.court.withoutAtd, n = o.completed;
    expect(Math.abs(n - 1e5)).toBeLessThan(5 * Math.sqrt(1e5));
    expect(o.inAbsentia / n).toBeCloseTo(0.3, 2);
    // Relief and removal orders are shares of those who appeared.
    expect(o.relief / (n - o.inAbsentia)).toBeCloseTo(0.2, 2);
    expect(o.removalOrdered / (n - o.inAbsentia)).toBeCloseTo(0.4, 2);
    const rec = t.ctx.record.series;
    expect(rec['court.inAbsentiaOrders'][0]).toBe(o.inAbsentia);
    expect(rec['court.removalOrders'][0]).toBe(o.inAbsentia + o.removalOrdered);
    expect(rec['court.ordersUnexecuted'][0]).toBe(o.inAbsentia + o.removalOrdered);
  });

  it('hears the ATD docket in proportion to its size, and people on ATD appear more often', () => {
    const t = setUp({ initialBacklog: 0, judges: 1000, completionsPerJudgePerDay: 100, inAbsentiaShare: 0.3, inAbsentiaShareWithAtd: 0.1 });
    t.court.addNonDetained(1e6, 2.5e5);
    runDays(t, 1);
    const without = t.court.withoutAtd, withAtd = t.court.withAtd, n = without.completed + withAtd.completed;
    expect(withAtd.completed / n).toBeCloseTo(0.25, 2);
    expect(without.inAbsentia / without.completed).toBeCloseTo(0.3, 1);
    expect(withAtd.inAbsentia / withAtd.completed).toBeCloseTo(0.1, 1);
    expect(t.court.backlog()).toBe(1e6 - n);
  });

  it('counts a detained completion as a removal order carried out, and MPP orders by whether the person came', () => {
    const t = setUp({ initialBacklog: 0 });
    t.court.addDetained(3);
    t.court.completeDetained(3);
    t.mpp.enrol(5, 0);
    runDays(t, 1);
    const ex = t.ctx.ledger.exits, removedAtPort = t.removed.reduce((a, b) => a + b, 0);
    expect(ex.mppInAbsentia + ex.mppRelief + removedAtPort).toBe(5);
    expect(t.ctx.record.series['court.removalOrders'][0]).toBe(3 + ex.mppInAbsentia + removedAtPort);
    expect(t.ctx.record.series['court.ordersUnexecuted'][0]).toBe(ex.mppInAbsentia);
  });

  it('completes nothing without judges', () => {
    const t = setUp({ judges: 0 });
    t.court.addDetained(1);
    expect(t.court.canCompleteDetained(1)).toBe(false);
    runDays(t, 1);
    expect(t.court.completions).toBe(0);
  });
});
