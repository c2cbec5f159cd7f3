import { describe, expect, it } from 'vitest';
import { CbpOne } from '../../../sim/model/engine/cbpOne.ts';
import { Programs } from '../../../sim/model/engine/programs.ts';
import { Release } from '../../../sim/model/engine/release.ts';
import { harness } from './stageHarness.ts';

describe('parole programs (a stage on its own)', () => {
  it('paroles applicants up to the monthly cap and keeps the rest waiting', () => {
    const cap = 365 / 12 * 10; // ten a day
    const h = harness({ parolePrograms: [{ id: 'x', kind: 'affirmative', applicationsPerDay: 50, capPerMonth: cap, termDays: 100 }] }, 30);
    const release = new Release(h.ctx);
    const p = new Programs(h.ctx, new CbpOne(h.ctx), release);
    for (let d = 0; d < 10; d++) p.openDay(d);
    expect(p.paroled).toBeGreaterThanOrEqual(99);
    expect(p.paroled).toBeLessThanOrEqual(100);
    expect(release.parole.activeNow).toBe(p.paroled);
  });

  it('paroles from the Mexican shelter lists, some places going to those who paid for them', () => {
    const h = harness({ cbpOne: { initialWaitingList: 1000, initialWaitDays: 10 }, parolePrograms: [{ id: 'list', kind: 'shelterList', applicationsPerDay: 100, termDays: 365, queueJumperShare: 0.5 }] }, 30);
    const cbp = new CbpOne(h.ctx);
    cbp.populate();
    const p = new Programs(h.ctx, cbp, new Release(h.ctx));
    p.openDay(0);
    expect(p.paroled).toBeGreaterThan(80);
    expect(p.queueJumpers / p.paroled).toBeGreaterThan(0.3);
    expect(h.ctx.ledger.exits.paroledFromShelterList).toBe(p.paroled);
  });

  it('opens and closes a program on its days', () => {
    const h = harness({ parolePrograms: [{ id: 'x', kind: 'affirmative', applicationsPerDay: 20, termDays: 100, fromDay: 3, toDay: 5 }] }, 30);
    const p = new Programs(h.ctx, new CbpOne(h.ctx), new Release(h.ctx));
    const byDay = Array.from({ length: 8 }, (_, d) => { const before = p.paroled; p.openDay(d); return p.paroled - before; });
    expect(byDay.map((n) => n > 0)).toEqual([false, false, false, true, true, false, false, false]);
  });
});
