import { describe, expect, it } from 'vitest';
import { Arrivals } from '../../../sim/model/engine/arrivals.ts';
import { harness } from './stageHarness.ts';

function setUp(apprehensionShare: number) {
  const h = harness({ arrivals: { betweenPorts: { perDay: 1000, monthlyFactors: Array(12).fill(1), surges: [] }, walkUps: { perDay: 100 }, apprehensionShare } }, 10);
  const a = new Arrivals(h.ctx);
  const bp: number[] = [], port: number[] = [];
  a.connect({ apprehended: (_t, s) => bp.push(s), atPort: (_t, s) => port.push(s) });
  a.start(new Float64Array(h.sc.population.nationalities.length).fill(1 / h.sc.behaviour.potentialMultiplier));
  h.env.run({ until: 10 });
  const sum = (x: number[]) => x.reduce((p, q) => p + q, 0);
  return { ...h, a, bp: sum(bp), port: sum(port) };
}

describe('arrivals (a stage on its own)', () => {
  it('brings people at the daily rates, between ports and at ports', () => {
    const t = setUp(1);
    expect(t.bp / 10000).toBeCloseTo(1, 1);
    expect(t.port / 1000).toBeCloseTo(1, 1);
    expect(t.ctx.ledger.entries.arrivals).toBe(t.bp + t.port);
  });

  it('lets the unapprehended share get away', () => {
    const t = setUp(0.7);
    const gotaway = t.ctx.ledger.exits.gotaway;
    expect(gotaway / (gotaway + t.bp)).toBeCloseTo(0.3, 1);
  });
});
