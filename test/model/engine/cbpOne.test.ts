import { describe, expect, it } from 'vitest';
import { CbpOne } from '../../../sim/model/engine/cbpOne.ts';
import { harness } from './stageHarness.ts';

const onePort = [{ id: 'p', city: 'c', appointmentsPerDay: 10, shelterPlaces: 5, registrationShare: 1 }];

function setUp(cbpOne: Record<string, unknown>, ports: unknown[] = onePort) {
  const h = harness({ ports, cbpOne: { initialWaitingList: 100, initialWaitDays: 10, registrationsPerDay: 0, noShowShare: 0, patienceDays: 0, shareWaitingInBorderCities: 1, ...cbpOne } }, 30);
  const c = new CbpOne(h.ctx);
  const atPort: number[] = [], crossed: number[] = [];
  c.connect({ atPort: (_tag, size) => atPort.push(size), cross: (_tag, size) => crossed.push(size) });
  c.populate();
  return { ...h, c, atPort, crossed };
}

const day = (t: ReturnType<typeof setUp>, d: number) => { t.env.run({ until: d }); t.c.openDay(d); t.env.run({ until: d + 1 }); };

describe('CBP One (a stage on its own)', () => {
  it('gives each day\'s slots to the longest waiting under registration order, and they come to the port that day', () => {
    const t = setUp({ allocation: 'registrationOrder' });
    day(t, 0);
    expect(t.atPort.reduce((a, b) => a + b, 0)).toBe(10);
    expect(t.c.waiting).toBe(90);
    // The initial list spans registration days -10..-1, ten a day: the first ten registered on day -10.
    expect(t.c.waitSum / t.c.waitN).toBe(10);
    expect(t.ctx.places.mexico.level).toBe(90);
  });

  it('offers slots by date when a port\'s slots step up: none before the launch day, the new level from it', () => {
    const t = setUp({ allocation: 'registrationOrder' }, [{ ...onePort[0], appointmentsPerDay: [{ fromDay: 0, value: 0 }, { fromDay: 2, value: 5 }, { fromDay: 4, value: 20 }] }]);
    const given = [0, 1, 2, 3, 4].map((d) => { const before = t.atPort.reduce((a, b) => a + b, 0); day(t, d); return t.atPort.reduce((a, b) => a + b, 0) - before; });
    expect(given).toEqual([0, 0, 5, 5, 20]);
    expect(t.c.slotsOn(3)).toBe(5);
  });

  it('loses no-shows from the list without sending them to the port', () => {
    const t = setUp({ allocation: 'registrationOrder', noShowShare: 1 });
    day(t, 0);
    expect(t.atPort).toEqual([]);
    expect(t.ctx.ledger.exits.noShow).toBe(10);
  });

  it('sends a share of those whose patience runs out across between ports, the rest leave', () => {
    const t = setUp({ enabled: false, patienceDays: 1, crossAfterPatienceShare: 1 });
    day(t, 0);
    const crossed = t.crossed.reduce((a, b) => a + b, 0);
    expect(crossed / 100).toBeCloseTo(1 - Math.exp(-1), 1);
    expect(t.c.crossedAfterWaiting).toBe(crossed);
  });

  it('fills the border city\'s shelters with those waiting there and counts the rest unsheltered', () => {
    const t = setUp({ enabled: false });
    t.c.closeDay(0, 20);
    expect(t.ctx.record.series['shelters.occupancy'][0]).toBe(5);
    expect(t.ctx.record.series['shelters.unsheltered'][0]).toBe(100 + 20 - 5);
  });
});
