/**
 * The ziggurat exponential sampler, beyond the generic checks in continuous.test.ts: its
 * tables close (equal layer areas, the top layer ending at e^0 = 1), and two million draws
 * land in each layer, each layer's wedge and the tail beyond R as often as e^−x says
 * (chi-square, p > 0.001), which a mistake in the rare paths (wedge test, tail) would fail.
 */
import { describe, expect, it } from 'vitest';
import { createStream, exponential } from '../../sim/random/index.ts';
import { standardExponential, zigguratTables } from '../../sim/random/ziggurat.ts';
import { chiSquareTest, ksTest } from '../../sim/stats/index.ts';
import { checkMoments, draw } from './statisticalChecks.ts';

const { R, V, X, Y } = zigguratTables;

describe('ziggurat tables', () => {
  it('cut e^−x into 256 layers of equal area V', () => {
    expect(X.length).toBe(257);
    expect(X[1]).toBe(R);
    expect(X[256]).toBe(0);
    // Base strip: the rectangle [0, X0] × [0, e^−R] has area V.
    expect(X[0]! * Y[1]!).toBeCloseTo(V, 15);
    for (let i = 1; i < 256; i++) {
      expect(X[i + 1]!).toBeLessThan(X[i]!);
      // Layer i: [0, X[i]] × [e^−X[i], e^−X[i+1]], area V (the top one closes at e^0 = 1).
      expect(Math.abs(X[i]! * (Y[i + 1]! - Y[i]!) - V) / V).toBeLessThan(1e-9);
    }
    expect(Y[256]).toBe(1);
  });
});

describe('standardExponential', () => {
  const n = 2_000_000;
  const x = draw(n, ((rng) => () => standardExponential(rng))(createStream(7, 0, 'ziggurat')));

  it('has mean 1 and variance 1', () => {
    const m = checkMoments(x, 1, 1);
    expect(m.meanRatio).toBeLessThan(1);
    expect(m.varianceRatio).toBeLessThan(1);
  });

  it('fills every layer, wedge and the tail as e^−x says (chi-square over 1,024 cells)', () => {
    // Cells: each layer's span [X[i+1], X[i]) cut in four, then the tail in three.
    const edges: number[] = [];
    for (let i = 256; i >= 2; i--) for (let q = 0; q < 4; q++) edges.push(X[i]! + ((X[i - 1]! - X[i]!) * q) / 4);
    edges.push(R, R + 1, R + 2, Infinity);
    const counts = new Float64Array(edges.length - 1);
    for (let k = 0; k < n; k++) {
      const v = x[k]!;
      let lo = 0;
      let hi = edges.length - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (v >= edges[mid]!) lo = mid; else hi = mid;
      }
      counts[lo]! += 1;
    }
    const expected = Array.from(counts, (_, c) => n * (Math.exp(-edges[c]!) - Math.exp(-edges[c + 1]!)));
    const test = chiSquareTest(counts, expected);
    expect(test.pValue).toBeGreaterThan(0.001);
    // The tail beyond R (mass e^−R ≈ 4.5e-4) is reached, and as often as it should be.
    const tail = counts[counts.length - 3]! + counts[counts.length - 2]! + counts[counts.length - 1]!;
    const tailMean = n * Math.exp(-R);
    expect(Math.abs(tail - tailMean)).toBeLessThan(3.29 * Math.sqrt(tailMean));
  });

  it('draws the tail beyond R as R + Exp(1) (KS and mean of the excess over 10 million draws)', () => {
    const rng = createStream(8, 0, 'ziggurat-tail');
    const excess: number[] = [];
    for (let k = 0; k < 10_000_000; k++) {
      const v = standardExponential(rng);
      if (v > R) excess.push(v - R);
    }
    expect(excess.length).toBeGreaterThan(4000);
    const m = checkMoments(Float64Array.from(excess), 1, 1);
    expect(m.meanRatio).toBeLessThan(1);
    expect(ksTest(excess, (e) => 1 - Math.exp(-e)).pValue).toBeGreaterThan(0.001);
  });

  it('is the draw that exponential(rate) scales, so a rate change keeps common random numbers', () => {
    const a = createStream(3, 1, 'crn');
    const b = createStream(3, 1, 'crn');
    for (let k = 0; k < 1000; k++) expect(exponential(a, 2.5)).toBe(standardExponential(b) / 2.5);
  });
});
