import { describe, expect, it } from 'vitest';
import { Custody, type CustodySinks, type Decider } from '../../../sim/model/engine/custody.ts';
import { DISPOSITION_CODE, type DispositionKind } from '../../../sim/model/schema/vocabulary.ts';
import { FEAR } from '../../../sim/model/engine/tags.ts';
import { bpCustody, fixed, harness, recorder } from './stageHarness.ts';

/** Border Patrol custody with one agent taking 60 minutes a person, 2 h of transport and 24 h before release on parole. */
function setUp(decision: DispositionKind, bedsFree = 0, exitDelay: unknown = 24) {
  const h = harness({ borderPatrol: { agents: 1, processingMinutes: fixed(60), transportHours: 2, exitDelayHours: { parole: exitDelay, detain: 0, mpp: 0, expeditedRemoval: 0, expel: 0 } } });
  const custody = bpCustody(h.ctx);
  const decider: Decider = { decide: () => DISPOSITION_CODE[decision], atdShare: 0 };
  const parole = recorder<[number, number, number]>(), bookIn = recorder<[number, number]>(), screen = recorder<[number, number, number, Custody]>(), removed = recorder<[number]>();
  const sinks: CustodySinks = {
    parole: parole.fn, bookIn: bookIn.fn, bedsFree: () => bedsFree, anyoneWaitingForBed: () => custody.bedWait.groupCount > 0,
    mpp: () => {}, screen: screen.fn, removed: (size, _tag, t0, from) => { from.leave(size, t0); removed.fn(size); }, expelled: () => {},
  };
  custody.connect(decider, sinks);
  custody.openDay(0);
  return { ...h, custody, parole, bookIn, screen, removed };
}

describe('custody (a stage on its own)', () => {
  it('holds a party through transport, processing (one agent, members in turn) and the exit delay, then releases it', () => {
    const t = setUp('parole');
    t.custody.encounter(0, 3);
    t.env.run({ until: 2 });
    expect(t.parole.calls).toEqual([[3, 0, 0]]);
    // 2 h transport + 3 x 60 min processing + 24 h exit delay.
    expect(t.custody.timeInCustody.mean()).toBeCloseTo(2 + 3 + 24, 9);
    expect(t.ctx.places.bp.level).toBe(0);
    expect(t.ctx.costs.today).toBe(3 * 200);
  });

  it('draws the exit delay per party from a distribution: times in custody spread around the mean', () => {
    const t = setUp('parole', 0, { kind: 'lognormal', mean: 24, sd: 8 });
    t.custody.station.setCapacity(5000);
    for (let k = 0; k < 4000; k++) t.custody.encounter(0, 1);
    t.env.run({ until: 10 });
    const h = t.custody.timeInCustody;
    expect(h.n).toBe(4000);
    // 2 h transport + 1 h processing + 24 h mean delay; a lognormal with sd 8 puts about 10% above 37 h.
    expect(h.mean()!).toBeGreaterThan(26.2);
    expect(h.mean()!).toBeLessThan(27.8);
    expect(h.quantile(0.9)!).toBeGreaterThan(33);
    expect(h.quantile(0.1)!).toBeLessThan(20);
  });

  it('draws the transport time per party from a distribution when given one', () => {
    const h = harness({ borderPatrol: { agents: 1000, processingMinutes: fixed(0), exitDelayHours: { parole: 0, detain: 0, mpp: 0, expeditedRemoval: 0, expel: 0 } } });
    const custody = bpCustody(h.ctx, { kind: 'lognormal', mean: 3, sd: 2 });
    const parole = recorder<[number, number, number]>();
    custody.connect({ decide: () => DISPOSITION_CODE.parole, atdShare: 0 }, {
      parole: parole.fn, bookIn: () => {}, bedsFree: () => 0, anyoneWaitingForBed: () => false, mpp: () => {}, screen: () => {}, removed: (size, _tag, t0, from) => from.leave(size, t0), expelled: () => {},
    });
    custody.openDay(0);
    for (let k = 0; k < 4000; k++) custody.encounter(0, 1);
    h.env.run({ until: 5 });
    expect(custody.timeInCustody.mean()!).toBeGreaterThan(2.85);
    expect(custody.timeInCustody.mean()!).toBeLessThan(3.15);
    expect(custody.timeInCustody.quantile(0.9)!).toBeGreaterThan(5);
  });

  it('keeps a party waiting in custody for an ICE bed when none is free', () => {
    const t = setUp('detain', 0);
    t.custody.encounter(0, 1);
    t.env.run({ until: 1 });
    expect(t.bookIn.calls).toEqual([]);
    expect(t.custody.bedWait.memberCount).toBe(1);
    expect(t.ctx.places.bp.level).toBe(1);
  });

  it('books a party into detention when a bed is free and no one waits before it', () => {
    const t = setUp('detain', 10);
    t.custody.encounter(0, 2);
    t.env.run({ until: 1 });
    expect(t.bookIn.calls.map((c) => c[0])).toEqual([2]);
    expect(t.ctx.places.bp.level).toBe(0);
  });

  it('hands expedited removal with a fear claim to screening still in custody, and removes the rest', () => {
    const t = setUp('expeditedRemoval');
    t.custody.encounter(FEAR, 1);
    t.custody.encounter(0, 2);
    t.env.run({ until: 1 });
    expect(t.screen.calls.map((c) => [c[0], c[3]])).toEqual([[1, t.custody]]);
    expect(t.removed.calls).toEqual([[2]]);
    expect(t.ctx.dispositions.expeditedRemoval.total).toBe(3);
    // The one awaiting screening is still held here: screening decides where it waits.
    expect(t.ctx.places.bp.level).toBe(1);
  });

  it('releases people waiting for a bed, longest waiting first, recording their time in custody', () => {
    const t = setUp('detain', 0);
    t.custody.station.setCapacity(10);
    t.custody.encounter(0, 2);
    t.env.run({ until: 0.5 });
    t.custody.encounter(0, 3);
    t.env.run({ until: 1 });
    const out = recorder<[number, number]>();
    expect(t.custody.releaseBedWaiting(1, out.fn)).toBe(2);
    expect(out.calls.map((c) => c[0])).toEqual([2]);
    expect(t.custody.bedWait.memberCount).toBe(3);
    expect(t.ctx.places.bp.level).toBe(3);
    expect(t.custody.timeInCustody.n).toBe(2);
  });

  it('knows the mean time in custody so far of the people it holds', () => {
    const t = setUp('detain', 0);
    t.custody.encounter(0, 1);
    t.env.run({ until: 1 });
    t.custody.encounter(0, 1);
    expect(t.custody.meanHoursHere()).toBeCloseTo(12, 9);
  });

  it('processes no one without agents, and says so: no time in custody is recorded', () => {
    const t = setUp('parole');
    t.custody.openDay(0);
    t.custody.station.setCapacity(0);
    t.custody.encounter(0, 1);
    t.env.run({ until: 5 });
    expect(t.custody.timeInCustody.mean()).toBeNull();
    expect(t.ctx.places.bp.level).toBe(1);
  });
});
