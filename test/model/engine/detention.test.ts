import { describe, expect, it } from 'vitest';
import { CohortQueue } from '../../../sim/kernel/index.ts';
import { Detention, type BedWaiter, type DetentionSinks } from '../../../sim/model/engine/detention.ts';
import { Removals } from '../../../sim/model/engine/removals.ts';
import { PATH_ER, withPath } from '../../../sim/model/engine/tags.ts';
import { fixed, harness, recorder } from './stageHarness.ts';

/** Nationality group codes of the baseline population (tag = group x 3 + demographic). */
const MEXICO = 0, CHNV = 2 * 3;

/** Detention with 10 beds (no overflow), no initial population and no interior arrests; stays of 5 days; the real Removals for seats. */
function setUp(overrides: Record<string, unknown> = {}, courtCanOrder: boolean | (() => boolean) = true, removals: Record<string, unknown> = { logistics: false }) {
  const h = harness({
    detention: { beds: 10, overflowShare: 0, initialPopulation: 0, interiorBookInsPerDay: 0, lengthOfStayDays: { nta: fixed(5), expeditedRemoval: fixed(5) }, removalsPerDay: 2, removalShare: { nta: 1, expeditedRemoval: 1 }, ...overrides },
    removals,
  }, 200);
  const detention = new Detention(h.ctx);
  const rem = new Removals(h.ctx);
  rem.connect({ holdForRemoval: (size, tag, t0, from) => detention.holdForRemoval(size, tag, t0, from), departed: () => {} });
  const released = recorder<[number, number, number]>(), removed = recorder<[number, number]>(), blocked = recorder<[number, number]>();
  const court = { in: 0, out: 0, done: 0 };
  const canOrder = typeof courtCanOrder === 'function' ? courtCanOrder : () => courtCanOrder;
  const sinks: DetentionSinks = {
    released: released.fn,
    removed: (size, tag) => { removed.fn(size, tag); rem.byIce(size, tag); },
    seat: (size, tag) => rem.seat(size, tag),
    blocked: (size, tag) => { blocked.fn(size, tag); rem.blockedRelease(size, tag); },
    courtBookedIn: (n) => { court.in += n; }, courtReleased: (n) => { court.out += n; }, courtRemoved: (n) => { court.done += n; },
    courtCanOrder: canOrder,
  };
  const waiting: BedWaiter & { left: number[] } = { bedWait: new CohortQueue(), left: [], leave(size) { this.left.push(size); } };
  detention.connect([waiting], sinks);
  detention.setCapacity(0);
  return { ...h, detention, rem, released, removed, blocked, court, waiting };
}

/** Runs day by day, opening each day as the world does. */
function runDays(t: ReturnType<typeof setUp>, days: number, from = 0) {
  for (let d = from; d < days; d++) { t.env.run({ until: d }); t.detention.setCapacity(d); t.rem.openDay(d); t.detention.openDay(); }
  t.env.run({ until: days });
}

describe('detention (a stage on its own)', () => {
  it('removes people at the end of their stay, within the removals ICE can carry out each day', () => {
    const t = setUp();
    t.detention.bookInFromBorder(1, 0); t.detention.bookInFromBorder(1, 0); t.detention.bookInFromBorder(1, 0);
    runDays(t, 8);
    // Three stays end on day 5; two removals a day: two on day 5, the third when day 6 opens.
    expect(t.removed.calls.map((c) => c[0])).toEqual([1, 1, 1]);
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

  it('releases on parole, on bond and on recognizance in the shares given', () => {
    const t = setUp({ removalShare: { nta: 0 }, releaseShares: { parole: 0.6, bond: 0.1, recognizance: 0.3 }, beds: 20000, removalsPerDay: 1e7 });
    for (let i = 0; i < 10000; i++) t.detention.bookInFromBorder(1, 0);
    runDays(t, 6);
    const [parole, bond, recognizance] = t.detention.releasedBy;
    expect(parole! + bond! + recognizance!).toBe(10000);
    expect(parole! / 10000).toBeCloseTo(0.6, 1);
    expect(bond! / 10000).toBeCloseTo(0.1, 1);
    expect(recognizance! / 10000).toBeCloseTo(0.3, 1);
    expect(t.released.calls.filter((c) => c[2] === 1).reduce((a, c) => a + c[0], 0)).toBe(bond);
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

describe('detention with removal logistics', () => {
  const logistics = (destinations: unknown[], holdLimitDays = 90) => ({ logistics: true, holdLimitDays, destinations });

  it('holds people in expedited removal in a bed for their stay, then removes them (their stay counts by path)', () => {
    const t = setUp({ removalsPerDay: 100 }, true, logistics([]));
    const from = { bedWait: new CohortQueue(), left: [] as number[], leave(size: number) { this.left.push(size); } };
    t.detention.holdForRemoval(2, MEXICO, 0, from);
    expect(from.left).toEqual([2]);
    expect(t.ctx.places.detention.level).toBe(2);
    runDays(t, 7);
    expect(t.removed.calls).toEqual([[2, withPath(MEXICO, PATH_ER)]]);
    expect(t.detention.losSumByPath[PATH_ER]).toBeCloseTo(2 * 5, 9);
    expect(t.court).toEqual({ in: 0, out: 0, done: 0 });
    expect(t.detention.borderBookIns).toBe(2);
    expect(t.ctx.dispositions.detain.total).toBe(0);
  });

  it('keeps a party in expedited removal waiting in custody when no bed is free', () => {
    const t = setUp({ beds: 1 }, true, logistics([]));
    const from = { bedWait: new CohortQueue(), left: [] as number[], leave(size: number) { this.left.push(size); } };
    t.detention.holdForRemoval(2, MEXICO, 0, from);
    expect(from.left).toEqual([]);
    expect(from.bedWait.memberCount).toBe(2);
  });

  it('removes each destination group within its own seats, the rest waiting in detention', () => {
    const t = setUp({ removalsPerDay: 100 }, true, logistics([{ nationality: 'chnv', seatsPerDay: 1 }]));
    for (let i = 0; i < 3; i++) t.detention.bookInFromBorder(1, CHNV);
    t.detention.bookInFromBorder(1, MEXICO);
    runDays(t, 8);
    // Day 5: Mexico (no limit of its own) and one CHNV; days 6 and 7: one CHNV each.
    expect(t.removed.calls.map((c) => c[1] === MEXICO ? 'mx' : 'chnv')).toEqual(['chnv', 'mx', 'chnv', 'chnv']);
    expect(t.ctx.places.detention.level).toBe(0);
  });

  it('releases people it cannot remove once they have waited the hold limit, as removals blocked', () => {
    const t = setUp({ removalsPerDay: 100 }, true, logistics([{ nationality: 'chnv', seatsPerDay: 0 }], 30));
    t.detention.bookInFromBorder(2, CHNV);
    runDays(t, 35);
    expect(t.blocked.calls).toEqual([]);
    runDays(t, 36, 35);
    // Ordered on day 5, waiting from then: released when day 35 opens.
    expect(t.blocked.calls.map((c) => c[0])).toEqual([2]);
    expect(t.rem.blocked).toBe(2);
    expect(t.ctx.ledger.exits.removalBlocked).toBe(2);
    expect(t.ctx.places.detention.level).toBe(0);
    expect(t.detention.losSum).toBeCloseTo(2 * 35, 9);
  });

  it('gives a court case its order first (the case completes) and then waits for a seat', () => {
    let orders = 0;
    const t = setUp({ removalsPerDay: 100 }, () => orders++ < 1, logistics([{ nationality: 'chnv', seatsPerDay: 0 }]));
    t.detention.bookInFromBorder(1, CHNV); t.detention.bookInFromBorder(1, CHNV);
    runDays(t, 10);
    expect(t.court.done).toBe(1);
    expect(t.detention.awaitingRemoval).toBe(2);
    expect(t.removed.calls).toEqual([]);
  });
});
