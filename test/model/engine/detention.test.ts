import { describe, expect, it } from 'vitest';
import { CohortQueue } from '../../../sim/kernel/index.ts';
import { Detention, type BedWaiter, type DetentionSinks } from '../../../sim/model/engine/detention.ts';
import { fixed, harness, recorder } from './stageHarness.ts';

/** Detention with 10 beds (no overflow), no initial population and no interior arrests; stays of 5 days. */
function setUp(overrides: Record<string, unknown> = {}, courtCanOrder = true) {
  const h = harness({
    detention: { beds: 10, overflowShare: 0, initialPopulation: 0, interiorBookInsPerDay: 0, lengthOfStayDays: { nta: fixed(5) }, removalsPerDay: 2, removalShare: { nta: 1 }, ...overrides },
  }, 30);
  const detention = new Detention(h.ctx);
  const released = recorder<[number, number]>(), removed = recorder<[number]>();
  const court = { in: 0, out: 0, done: 0 };
  const sinks: DetentionSinks = {
    released: released.fn, removed: removed.fn,
    courtBookedIn: (n) => { court.in += n; }, courtReleased: (n) => { court.out += n; }, courtRemoved: (n) => { court.done += n; },
    courtCanOrder: () => courtCanOrder,
  };
  const waiting: BedWaiter & { left: number[] } = { bedWait: new CohortQueue(), left: [], leave(size) { this.left.push(size); } };
  detention.connect([waiting], sinks);
  detention.setCapacity(0);
  return { ...h, detention, released, removed, court, waiting };
}

/** Runs day by day, opening each day as the world does. */
function runDays(t: ReturnType<typeof setUp>, days: number) {
  for (let d = 0; d < days; d++) { t.env.run({ until: d }); t.detention.setCapacity(d); t.detention.openDay(); }
  t.env.run({ until: days });
}

describe('detention (a stage on its own)', () => {
  it('removes people at the end of their stay, within the removals ICE can carry out each day', () => {
    const t = setUp();
    t.detention.bookInFromBorder(1, 0); t.detention.bookInFromBorder(1, 0); t.detention.bookInFromBorder(1, 0);
    runDays(t, 8);
    // Three stays end on day 5; two removals a day: two on day 5, the third when day 6 opens.
    expect(t.removed.calls).toEqual([[1], [1], [1]]);
    expect(t.detention.losSum).toBeCloseTo(5 + 5 + 6, 9);
    expect(t.court).toEqual({ in: 3, out: 0, done: 3 });
  });

  it('holds removals of court cases until judges can order them', () => {
    const t = setUp({}, false);
    t.detention.bookInFromBorder(1, 0);
    runDays(t, 10);
    expect(t.removed.calls).toEqual([]);
    expect(t.ctx.places.detention.level).toBe(1);
  });

  it('releases people whose stay does not end in removal, and tells the court their case moves', () => {
    const t = setUp({ removalShare: { nta: 0 } });
    t.detention.bookInFromBorder(2, 0);
    runDays(t, 6);
    expect(t.released.calls.map((c) => c[0])).toEqual([2]);
    expect(t.court.out).toBe(2);
    expect(t.detention.released).toBe(2);
  });

  it('fills beds freed by removals from those waiting in custody, earliest first', () => {
    const t = setUp();
    for (let i = 0; i < 10; i++) t.detention.bookInFromBorder(1, 0);
    t.waiting.bedWait.push(0.5, 0.5, 0, 3);
    expect(t.detention.bedsFree()).toBe(0);
    runDays(t, 7);
    // Two removals on day 5 free two beds, not enough for the party of 3; two more on day 6 do.
    expect(t.waiting.left).toEqual([3]);
    expect(t.ctx.places.detention.level).toBe(10 - 4 + 3);
  });

  it('starts with its initial population, each with a residual stay, all removed or released in time', () => {
    const t = setUp({ initialPopulation: 50, removalsPerDay: 1000 });
    t.detention.populate();
    expect(t.ctx.places.detention.level).toBe(50);
    expect(t.ctx.ledger.entries.initialDetention).toBe(50);
    runDays(t, 6);
    expect(t.ctx.places.detention.level).toBe(0);
    expect(t.detention.bookIns).toBe(0);
  });
});
