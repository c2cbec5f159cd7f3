import { describe, expect, it } from 'vitest';
import { QuantileSketch } from '../../sim/stats/index.ts';
import { createStream, exponential, lognormal, normal } from '../../sim/random/index.ts';

const QS = [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

/** Exact order statistic of rank ⌊q (n − 1)⌋, the definition the sketch's bound refers to. */
function exactQuantile(sorted: Float64Array, q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))]!;
}

function worstRelativeError(values: Float64Array, alpha: number): number {
  const sketch = new QuantileSketch(alpha);
  for (const v of values) sketch.add(v);
  const sorted = Float64Array.from(values).sort();
  let worst = 0;
  for (const q of QS) {
    const exact = exactQuantile(sorted, q);
    const err = exact === 0 ? Math.abs(sketch.quantile(q)) : Math.abs(sketch.quantile(q) - exact) / Math.abs(exact);
    worst = Math.max(worst, err);
  }
  return worst;
}

describe('QuantileSketch', () => {
  const rng = createStream(2024, 0, 'quantiles');
  const heavy = Float64Array.from({ length: 200_000 }, () => lognormal(rng, 39, 105));

  it('stays within its relative error bound on a heavy-tailed sample of 200 000', () => {
    expect(worstRelativeError(heavy, 0.01)).toBeLessThanOrEqual(0.01 * (1 + 1e-9));
  });

  it('stays within a tighter bound when asked for one', () => {
    expect(worstRelativeError(heavy, 0.001)).toBeLessThanOrEqual(0.001 * (1 + 1e-9));
  });

  it('is not exact, so the bound is what is being tested', () => {
    expect(worstRelativeError(heavy, 0.01)).toBeGreaterThan(0.001);
  });

  it('handles zeros and negative values', () => {
    const mixed = Float64Array.from({ length: 50_000 }, (_, i) => (i % 5 === 0 ? 0 : normal(rng, 0, 10)));
    expect(worstRelativeError(mixed, 0.01)).toBeLessThanOrEqual(0.01 * (1 + 1e-9));
  });

  it('keeps the exact count, minimum and maximum', () => {
    const s = new QuantileSketch();
    const xs = Float64Array.from({ length: 1000 }, () => exponential(rng, 1));
    for (const x of xs) s.add(x);
    expect(s.count).toBe(1000);
    expect(s.min).toBe(Math.min(...xs));
    expect(s.max).toBe(Math.max(...xs));
    expect(s.quantile(0)).toBe(s.min);
    expect(s.quantile(1)).toBe(s.max);
  });

  it('exposes p50, p90 and p99', () => {
    const s = new QuantileSketch();
    for (let i = 1; i <= 1000; i++) s.add(i);
    expect(Math.abs(s.p50 - 500) / 500).toBeLessThanOrEqual(0.01);
    expect(Math.abs(s.p90 - 900) / 900).toBeLessThanOrEqual(0.01);
    expect(Math.abs(s.p99 - 990) / 990).toBeLessThanOrEqual(0.01);
  });

  it('bounds memory by merging the lowest buckets, keeping the count', () => {
    const s = new QuantileSketch(0.01, 64);
    for (let e = -300; e <= 300; e++) s.add(10 ** e);
    expect(s.count).toBe(601);
    // The top of the range keeps its guarantee.
    expect(Math.abs(s.quantile(1) - 1e300) / 1e300).toBeLessThanOrEqual(0.01);
    expect(Math.abs(s.quantile(0.99) - 1e294) / 1e294).toBeLessThanOrEqual(0.01);
  });

  it('returns NaN when empty and forgets values on reset', () => {
    const s = new QuantileSketch();
    expect(s.quantile(0.5)).toBeNaN();
    s.add(3);
    s.reset();
    expect(s.count).toBe(0);
    expect(s.p50).toBeNaN();
  });
});
