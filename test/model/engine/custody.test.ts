import { describe, expect, it } from 'vitest';
import { Custody, type CustodySinks, type Decider } from '../../../sim/model/engine/custody.ts';
import { DISPOSITION_CODE, type DispositionKind } from '../../../sim/model/schema/vocabulary.ts';
import { FEAR } from '../../../sim/model/engine/tags.ts';
import { fixed, harness, recorder } from './stageHarness.ts';

/** Border Patrol custody with one agent taking 60 minutes a person, 2 h of transport and 24 h before release on parole. */
function setUp(decision: DispositionKind, bedsFree = 0) {
  const h = harness({ borderPatrol: { agents: 1, processingMinutes: fixed(60), transportHours: 2, exitDelayHours: { parole: 24, detain: 0, mpp: 0, expeditedRemoval: 0, expel: 0 } } });
  const sc = h.sc;
  const custody = new Custody(h.ctx, {
    place: 'bp', config: sc.borderPatrol, staff: sc.borderPatrol.agents, holdingCapacity: sc.borderPatrol.holdingCapacity,
    rng: { processing: h.ctx.rng['processing.bp'], dispositions: h.ctx.rng['dispositions.bp'], atd: h.ctx.rng['atd.bp'] },
    processingUsd: 200, transportDays: 2 / 24, series: { occupancy: 'bp.occupancy', peak: 'bp.occupancy.peak', capacity: 'bp.capacity' },
  });
  const decider: Decider = { decide: () => DISPOSITION_CODE[decision], atdShare: 0 };
  const parole = recorder<[number, number, number]>(), bookIn = recorder<[number, number]>(), screen = recorder<[number, number]>(), removed = recorder<[number]>();
  const sinks: CustodySinks = {
    parole: parole.fn, bookIn: bookIn.fn, bedsFree: () => bedsFree, anyoneWaitingForBed: () => custody.bedWait.groupCount > 0,
    mpp: () => {}, screen: screen.fn, removed: removed.fn,
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

  it('sends expedited removal to screening when the party claims fear, and to removal otherwise', () => {
    const t = setUp('expeditedRemoval');
    t.custody.encounter(FEAR, 1);
    t.custody.encounter(0, 2);
    t.env.run({ until: 1 });
    expect(t.screen.calls.map((c) => c[0])).toEqual([1]);
    expect(t.removed.calls).toEqual([[2]]);
    expect(t.ctx.dispositions.expeditedRemoval).toBe(3);
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
