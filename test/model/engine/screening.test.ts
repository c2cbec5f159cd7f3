import { describe, expect, it } from 'vitest';
import { CohortQueue } from '../../../sim/kernel/callback/cohortQueue.ts';
import type { BedWaiter } from '../../../sim/model/engine/detention.ts';
import { Screening, type ScreeningSinks } from '../../../sim/model/engine/screening.ts';
import { fixed, harness, recorder } from './stageHarness.ts';

/** A custody place that records who leaves it (size and time of entry). */
function host(): BedWaiter & { left: [number, number][] } {
  const left: [number, number][] = [];
  return { left, bedWait: new CohortQueue(), leave: (size, t0) => { left.push([size, t0]); } };
}

function setUp(overrides: Record<string, unknown>, bedsFree: number) {
  const h = harness({ credibleFear: { asylumOfficers: 1, screeningHours: fixed(6), ...overrides } });
  const bp = host(), ofo = host();
  const s = new Screening(h.ctx, [bp, ofo]);
  const parole = recorder<[number, number, number]>(), bookIn = recorder<[number, number]>(), removed = recorder<[number]>();
  const held = recorder<[number]>(), leftDetention = recorder<[number, number]>(), stayed = recorder<[number, number, number]>(), removedFromDetention = recorder<[number, number, number]>();
  const sinks: ScreeningSinks = {
    parole: parole.fn, bookIn: bookIn.fn, bedsFree: () => bedsFree, anyoneWaitingForBed: () => false,
    // A negative finding leaves the custody place for removal (removal logistics decide whether it waits there for a bed).
    removed: (size, _tag, t0, from) => { from.leave(size, t0); removed.fn(size); },
    holdInDetention: held.fn, leaveDetention: leftDetention.fn, stayInDetention: stayed.fn, removeFromDetention: removedFromDetention.fn,
  };
  s.connect(sinks);
  s.openDay(0);
  return { ...h, s, bp, ofo, parole, bookIn, removed, held, leftDetention, stayed, removedFromDetention };
}

describe('credible-fear screening (a stage on its own)', () => {
  it('screens people in turn with the officers on duty, a family taking one interview per member', () => {
    const t = setUp({ positiveShare: 1 }, 0);
    t.s.arrive(2, 0, 0, t.bp); t.s.arrive(1, 0, 0, t.bp);
    t.env.run({ until: 0.51 });
    expect(t.parole.calls.map((c) => c[0])).toEqual([2]);
    t.env.run({ until: 0.74 });
    expect(t.parole.calls.map((c) => c[0])).toEqual([2]);
    t.env.run({ until: 1 });
    expect(t.parole.calls.map((c) => c[0])).toEqual([2, 1]);
    expect(t.s.waiting.level).toBe(0);
  });

  it('keeps people in the custody that placed them in expedited removal until the finding, then lets them leave it', () => {
    const t = setUp({ positiveShare: 1 }, 0);
    t.s.arrive(1, 0, 0.25, t.ofo);
    expect(t.ofo.left).toEqual([]);
    expect(t.s.waiting.level).toBe(1);
    t.env.run({ until: 1 });
    // The port stay is counted from entry into the port (t0 = 0.25), not from the hand-over.
    expect(t.ofo.left).toEqual([[1, 0.25]]);
    expect(t.bp.left).toEqual([]);
    expect(t.s.waitHoursSum).toBeCloseTo(6, 9);
  });

  it('removes people with a negative finding', () => {
    const t = setUp({ positiveShare: 0 }, 0);
    t.s.arrive(3, 0, 0, t.bp);
    t.env.run({ until: 1 });
    expect(t.removed.calls).toEqual([[3]]);
    expect(t.bp.left).toEqual([[3, 0]]);
  });

  it('detains after a positive finding when told to and a bed is free, and paroles when none is', () => {
    const free = setUp({ positiveShare: 1, positiveThen: 'detain' }, 5);
    free.s.arrive(2, 0, 0, free.bp);
    free.env.run({ until: 1 });
    expect(free.bookIn.calls.map((c) => c[0])).toEqual([2]);
    const full = setUp({ positiveShare: 1, positiveThen: 'detain' }, 1);
    full.s.arrive(2, 0, 0, full.bp);
    full.env.run({ until: 1 });
    expect(full.parole.calls.map((c) => c[0])).toEqual([2]);
  });

  it('screens in ICE detention when told to: the party leaves custody for a bed at the hand-over, and a negative finding stays there for removal', () => {
    const t = setUp({ positiveShare: 0, location: 'detention' }, 5);
    t.env.run({ until: 0.5 });
    t.s.arrive(2, 0, 0.1, t.bp);
    expect(t.bp.left).toEqual([[2, 0.1]]);
    expect(t.held.calls).toEqual([[2]]);
    t.env.run({ until: 2 });
    // A negative finding stays in detention for removal, held since the hand-over.
    expect(t.leftDetention.calls).toEqual([]);
    expect(t.removedFromDetention.calls).toEqual([[2, 0, 0.5]]);
    expect(t.removed.calls).toEqual([]);
  });

  it('keeps a positive finding in detention for a stay when told to detain', () => {
    const t = setUp({ positiveShare: 1, positiveThen: 'detain', location: 'detention' }, 5);
    t.s.arrive(1, 0, 0, t.bp);
    t.env.run({ until: 1 });
    expect(t.stayed.calls.map((c) => [c[0], c[2]])).toEqual([[1, 0]]);
    expect(t.leftDetention.calls).toEqual([]);
  });

  it('waits in custody for a bed to be screened in detention when none is free, and is screened once detention admits it', () => {
    const t = setUp({ positiveShare: 0, location: 'detention' }, 0);
    t.s.arrive(1, 0, 0, t.bp);
    expect(t.held.calls).toEqual([]);
    expect(t.s.bedWaiters[0]!.bedWait.memberCount).toBe(1);
    t.env.run({ until: 2 });
    expect(t.removed.calls).toEqual([]);
    // Detention frees a bed at day 2: it takes the party out of custody, then hands it back to be held for screening.
    const w = t.s.bedWaiters[0]!, q = w.bedWait, since = q.headTime(), t0 = q.headT0(), tag = q.headTag();
    const size = q.popGroup();
    w.leave(size, t0); w.admit!(size, tag, since);
    expect(t.bp.left).toEqual([[1, 0]]);
    expect(t.held.calls).toEqual([[1]]);
    t.env.run({ until: 3 });
    // A negative finding in detention stays there for removal, held since its book-in (day 2).
    expect(t.removed.calls).toEqual([]);
    expect(t.removedFromDetention.calls).toEqual([[1, 0, 2]]);
    // The wait is counted from the hand-over (day 0), through the wait for a bed.
    expect(t.s.waitHoursSum).toBeCloseTo(2 * 24 + 6, 6);
  });

  it('gives officers to the longest waiting first, wherever they wait', () => {
    const t = setUp({ positiveShare: 0 }, 0);
    t.s.arrive(1, 0, 0, t.bp);
    t.env.run({ until: 0.1 });
    t.s.arrive(1, 0, 0, t.ofo);
    t.env.run({ until: 0.2 });
    t.s.arrive(1, 0, 0, t.bp);
    t.env.run({ until: 0.6 });
    expect(t.bp.left.length + t.ofo.left.length).toBe(2);
    expect(t.ofo.left.length).toBe(1);
  });

  it('releases people waiting in a custody place, longest waiting first, never those in an interview', () => {
    const t = setUp({ positiveShare: 0 }, 0);
    t.s.arrive(1, 0, 0, t.bp);
    t.env.run({ until: 0.1 });
    t.s.arrive(2, 0, 0.05, t.bp);
    t.s.arrive(3, 0, 0.06, t.bp);
    const out = recorder<[number, number]>();
    expect(t.s.releaseWaiting(t.bp, 1, out.fn)).toBe(2);
    expect(out.calls.map((c) => c[0])).toEqual([2]);
    expect(t.bp.left).toEqual([[2, 0.05]]);
    expect(t.s.waiting.level).toBe(4);
  });

  it('screens no one without asylum officers', () => {
    const t = setUp({ asylumOfficers: 0, positiveShare: 1 }, 0);
    t.s.arrive(1, 0, 0, t.bp);
    t.env.run({ until: 5 });
    expect(t.parole.calls).toEqual([]);
    expect(t.s.waiting.level).toBe(1);
  });
});
