import { describe, expect, it } from 'vitest';
import { Court } from '../../../sim/model/engine/court.ts';
import type { CustodySinks } from '../../../sim/model/engine/custody.ts';
import { Mpp } from '../../../sim/model/engine/mpp.ts';
import { Overflow } from '../../../sim/model/engine/overflow.ts';
import { Release } from '../../../sim/model/engine/release.ts';
import { Screening } from '../../../sim/model/engine/screening.ts';
import { DISPOSITION_CODE, type DispositionKind } from '../../../sim/model/schema/vocabulary.ts';
import { bpCustody, fixed, harness, recorder } from './stageHarness.ts';

const noDelays = { parole: 0, detain: 0, mpp: 0, expeditedRemoval: 0, expel: 0 };

/**
 * Border Patrol custody (rated capacity 10, so a ceiling of 15 at the default 1.5) with the
 * crowding responses of `overflow`, agents taking 60 minutes a person, every party given
 * `decision`, and no ICE bed ever free.
 */
function setUp(decision: DispositionKind, overflow: Record<string, unknown> = {}, agents = 1) {
  const h = harness({ borderPatrol: { agents, holdingCapacity: 10, processingMinutes: fixed(60), transportHours: 0, exitDelayHours: { ...noDelays, parole: 24 }, overflow } });
  const ctx = h.ctx;
  const custody = bpCustody(ctx, 0, true);
  const release = new Release(ctx), court = new Court(ctx, new Mpp(ctx));
  release.connect(() => {});
  const responses = new Overflow(ctx, h.sc.borderPatrol.overflow, release, court);
  const screening = new Screening(ctx, [custody]);
  const arrivals = { apprehensionFactor: 1 };
  const parole = recorder<[number, number, number]>();
  const sinks: CustodySinks = {
    parole: parole.fn, bookIn: () => {}, bedsFree: () => 0, anyoneWaitingForBed: () => custody.bedWait.groupCount > 0,
    mpp: () => {}, screen: (size, tag, t0, from) => screening.arrive(size, tag, t0, from), removed: (size, _tag, t0, from) => from.leave(size, t0), expelled: () => {},
  };
  custody.connect({ decide: () => DISPOSITION_CODE[decision], atdShare: 0 }, sinks, responses);
  responses.connect(custody, arrivals, screening);
  const open = (d: number, apprehensionsYesterday = 0) => { custody.openDay(d); responses.openDay(d, apprehensionsYesterday); };
  open(0);
  return { ...h, custody, responses, court, release, arrivals, parole, open };
}

describe('the physical ceiling and releases when full (a stage on its own)', () => {
  it('holds no one beyond the ceiling: with no one processed waiting, new apprehensions are released at once', () => {
    const t = setUp('detain', {}, 0);
    for (let k = 0; k < 20; k++) t.custody.encounter(0, 1);
    expect(t.custody.ceiling).toBe(15);
    expect(t.ctx.places.bp.level).toBe(15);
    expect(t.responses.releasedAtApprehension).toBe(5);
    expect(t.ctx.ledger.exits.releasedWhenFull).toBe(5);
    expect(t.custody.encounters).toBe(20);
    expect(t.court.intake).toBe(5);
  });

  it('releases people waiting for an ICE bed, longest waiting first, to make room for new apprehensions', () => {
    const t = setUp('detain', {}, 100);
    for (let k = 0; k < 15; k++) t.custody.encounter(0, 1);
    t.env.run({ until: 0.5 });
    expect(t.custody.bedWait.memberCount).toBe(15);
    for (let k = 0; k < 3; k++) t.custody.encounter(0, 1);
    expect(t.responses.releasedWaiting).toBe(3);
    expect(t.responses.releasedAtApprehension).toBe(0);
    expect(t.ctx.places.bp.level).toBe(15);
    // The three released had waited since day 0; they leave custody with their time recorded.
    expect(t.custody.timeInCustody.n).toBe(3);
    expect(t.custody.timeInCustody.mean()).toBeCloseTo(12, 6);
  });

  it('with releases when full switched off, keeps those waiting and releases the new apprehensions instead', () => {
    const t = setUp('detain', { releaseWhenFull: { enabled: false } }, 100);
    for (let k = 0; k < 15; k++) t.custody.encounter(0, 1);
    t.env.run({ until: 0.5 });
    for (let k = 0; k < 3; k++) t.custody.encounter(0, 1);
    expect(t.responses.releasedWaiting).toBe(0);
    expect(t.responses.releasedAtApprehension).toBe(3);
    expect(t.custody.bedWait.memberCount).toBe(15);
  });

  it('releases people awaiting credible-fear screening in custody once no one waits for a bed', () => {
    const t = setUp('expeditedRemoval', {}, 100);
    for (let k = 0; k < 15; k++) t.custody.encounter(1 << 10, 1);
    t.env.run({ until: 0.5 });
    t.custody.encounter(0, 2);
    expect(t.responses.releasedWaiting).toBe(2);
    expect(t.ctx.places.bp.level).toBe(15);
  });

  it('has no ceiling when switched off: custody grows past it', () => {
    const t = setUp('detain', { ceiling: { enabled: false } }, 0);
    for (let k = 0; k < 20; k++) t.custody.encounter(0, 1);
    expect(t.custody.ceiling).toBe(Infinity);
    expect(t.ctx.places.bp.level).toBe(20);
    expect(t.responses.releasedAtApprehension).toBe(0);
  });

  it('sends releases to NGO shelters while they have room, and counts the rest as released to the street', () => {
    const t = setUp('detain', {}, 0);
    t.release.receiving.capacity = 0;
    for (let k = 0; k < 17; k++) t.custody.encounter(0, 1);
    expect(t.responses.releasedToStreet).toBe(2);
  });
});

describe('parole with conditions (a stage on its own)', () => {
  const on = (triggers: Record<string, unknown>) => ({
    paroleWithConditions: { enabled: true, occupancyAbove: 100, meanHoursInCustodyAbove: 1e9, apprehensionsAbove: 1e9, ...triggers }, agentsToProcessing: { enabled: false },
  });

  it('comes into force when custody at the start of a day is above its share of rated capacity, and paroles with conditions instead', () => {
    const t = setUp('parole', on({ occupancyAbove: 1.25 }), 0);
    for (let k = 0; k < 13; k++) t.custody.encounter(0, 1);
    t.open(1);
    expect(t.responses.paroleWithConditionsInForce).toBe(true);
    t.custody.station.setCapacity(100);
    t.env.run({ until: 2 });
    expect(t.parole.calls).toEqual([]);
    expect(t.responses.pwcReleased).toBe(13);
    expect(t.ctx.ledger.exits.paroledWithConditions).toBe(13);
    // The default exit delay of parole with conditions (about 6 h) instead of parole's 24 h.
    expect(t.custody.timeInCustody.mean()!).toBeLessThan(24 + 10);
    expect(t.release.parole.activeNow).toBe(13);
  });

  it('stays out of force below every trigger, and parole is given as the policy says', () => {
    const t = setUp('parole', on({ occupancyAbove: 1.25 }), 0);
    for (let k = 0; k < 12; k++) t.custody.encounter(0, 1);
    t.open(1);
    expect(t.responses.paroleWithConditionsInForce).toBe(false);
    t.custody.station.setCapacity(100);
    t.env.run({ until: 3 });
    expect(t.parole.calls.length).toBe(12);
    expect(t.responses.pwcReleased).toBe(0);
  });

  it('comes into force when the mean time in custody of those held passes its trigger', () => {
    const t = setUp('parole', on({ meanHoursInCustodyAbove: 60 }), 0);
    t.custody.encounter(0, 1);
    t.env.run({ until: 2 }); t.open(2);
    expect(t.responses.paroleWithConditionsInForce).toBe(false);
    t.env.run({ until: 3 }); t.open(3);
    expect(t.responses.paroleWithConditionsInForce).toBe(true);
  });

  it('sums apprehensions over its window: 7,000 over one day or over three', () => {
    const day = setUp('parole', on({ apprehensionsAbove: 7000 }), 0);
    const three = setUp('parole', on({ apprehensionsAbove: 7000, apprehensionsWindowDays: 3 }), 0);
    for (const t of [day, three]) { t.open(1, 3000); t.open(2, 3000); t.open(3, 3000); }
    expect(day.responses.paroleWithConditionsInForce).toBe(false);
    expect(three.responses.paroleWithConditionsInForce).toBe(true);
    day.open(4, 7001);
    expect(day.responses.paroleWithConditionsInForce).toBe(true);
  });

  it('never comes into force when switched off, whatever the triggers', () => {
    const t = setUp('parole', { paroleWithConditions: { enabled: false, occupancyAbove: 0 } }, 0);
    t.custody.encounter(0, 1);
    t.open(1);
    expect(t.responses.paroleWithConditionsInForce).toBe(false);
    expect(t.responses.pwcDays).toBe(0);
  });
});

describe('agents pulled from patrol to processing (a stage on its own)', () => {
  it('pulls enough agents to process as many as came the previous day and clear the queue within a day, and lowers the apprehension share in proportion', () => {
    // 600 came; one agent on processing duty has taken one, 599 queue: (600 + 599) people x 1 h / 24 h needs 50 agents.
    const t = setUp('parole', { agentsToProcessing: { patrolAgents: 1000 }, ceiling: { enabled: false } }, 1);
    for (let k = 0; k < 600; k++) t.custody.encounter(0, 1);
    t.open(1);
    expect(t.responses.agentsPulled).toBe(49);
    expect(t.custody.station.capacity).toBe(50);
    expect(t.arrivals.apprehensionFactor).toBeCloseTo(1 - 49 / 1000, 12);
  });

  it('pulls at most its share of patrol agents', () => {
    const t = setUp('parole', { agentsToProcessing: { patrolAgents: 100, maxShareOfPatrol: 0.1 }, ceiling: { enabled: false } }, 1);
    for (let k = 0; k < 600; k++) t.custody.encounter(0, 1);
    t.open(1);
    expect(t.responses.agentsPulled).toBe(10);
    expect(t.arrivals.apprehensionFactor).toBeCloseTo(0.9, 12);
  });

  it('pulls no one when processing keeps up, and no one when switched off', () => {
    const keepsUp = setUp('parole', {}, 100);
    for (let k = 0; k < 50; k++) keepsUp.custody.encounter(0, 1);
    keepsUp.open(1);
    expect(keepsUp.responses.agentsPulled).toBe(0);
    expect(keepsUp.arrivals.apprehensionFactor).toBe(1);
    const off = setUp('parole', { agentsToProcessing: { enabled: false }, ceiling: { enabled: false } }, 1);
    for (let k = 0; k < 600; k++) off.custody.encounter(0, 1);
    off.open(1);
    expect(off.custody.station.capacity).toBe(1);
    expect(off.arrivals.apprehensionFactor).toBe(1);
  });
});
