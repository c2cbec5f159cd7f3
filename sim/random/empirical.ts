/**
 * Empirical distributions built once from data, then sampled without allocation:
 * a discrete distribution on listed values (Walker's alias method, O(1) per draw), and a
 * continuous piecewise-linear CDF through given breakpoints (inversion, O(log m) per draw).
 */
import type { Rng } from './stream.ts';

/** Alias table for a discrete distribution (see `makeDiscreteTable`). */
export interface DiscreteTable {
  /** The possible values. */
  readonly values: Float64Array;
  /** Probability of keeping column i rather than taking its alias (each in [0, 1]). */
  readonly keep: Float64Array;
  /** Column that column i hands over to. */
  readonly alias: Int32Array;
}

/**
 * Builds the alias table of the distribution putting weight `weights[i]` on `values[i]`
 * (Vose, "A linear algorithm for generating random numbers with a given distribution",
 * IEEE TSE 17, 1991). Weights need not sum to 1; they must be finite, non-negative and not
 * all zero. Throws a RangeError otherwise.
 */
export function makeDiscreteTable(values: ArrayLike<number>, weights: ArrayLike<number>): DiscreteTable {
  const n = values.length;
  if (n === 0 || weights.length !== n) {
    throw new RangeError(`invalid discrete distribution: ${n} values and ${weights.length} weights`);
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!(w >= 0 && Number.isFinite(w))) throw new RangeError(`invalid weight ${i}: ${w} (expected ≥ 0)`);
    total += w;
  }
  if (!(total > 0)) throw new RangeError('invalid discrete distribution: all weights are zero');
  const keep = new Float64Array(n);
  const alias = new Int32Array(n);
  const small = new Int32Array(n);
  const large = new Int32Array(n);
  let ns = 0;
  let nl = 0;
  for (let i = 0; i < n; i++) {
    keep[i] = (weights[i]! * n) / total;
    alias[i] = i;
    if (keep[i]! < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns]!;
    const l = large[nl - 1]!;
    alias[s] = l;
    keep[l] = keep[l]! + keep[s]! - 1;
    if (keep[l]! < 1) {
      nl--;
      small[ns++] = l;
    }
  }
  // What is left is 1 up to rounding.
  while (nl > 0) keep[large[--nl]!] = 1;
  while (ns > 0) keep[small[--ns]!] = 1;
  return { values: Float64Array.from(values), keep, alias };
}

/** A draw from a discrete distribution given by its alias table (one uniform). */
export function discrete(rng: Rng, table: DiscreteTable): number {
  const n = table.values.length;
  const u = rng() * n;
  let i = Math.floor(u);
  if (i >= n) i = n - 1;
  return u - i < table.keep[i]! ? table.values[i]! : table.values[table.alias[i]!]!;
}

/** A continuous distribution whose CDF is linear between breakpoints. */
export interface PiecewiseLinearTable {
  /** Breakpoints, strictly increasing. */
  readonly x: Float64Array;
  /** CDF at each breakpoint: non-decreasing from exactly 0 to exactly 1. */
  readonly cdf: Float64Array;
}

/**
 * Validates and copies a piecewise-linear CDF: breakpoints `x` strictly increasing (at least
 * two), `cdf` non-decreasing with cdf[0] = 0 and cdf[last] = 1, one per breakpoint. Between
 * breakpoints the variable is uniform. Throws a RangeError naming the first fault.
 */
export function makePiecewiseLinear(x: ArrayLike<number>, cdf: ArrayLike<number>): PiecewiseLinearTable {
  const m = x.length;
  if (m < 2 || cdf.length !== m) {
    throw new RangeError(`invalid piecewise-linear CDF: ${m} breakpoints and ${cdf.length} probabilities`);
  }
  for (let i = 0; i < m; i++) {
    if (!Number.isFinite(x[i]!)) throw new RangeError(`invalid breakpoint ${i}: ${x[i]}`);
    if (i > 0 && !(x[i]! > x[i - 1]!)) throw new RangeError(`breakpoint ${i} (${x[i]}) is not above the previous one`);
    if (!(cdf[i]! >= 0 && cdf[i]! <= 1)) throw new RangeError(`invalid cumulative probability ${i}: ${cdf[i]}`);
    if (i > 0 && cdf[i]! < cdf[i - 1]!) throw new RangeError(`cumulative probability ${i} (${cdf[i]}) decreases`);
  }
  if (cdf[0] !== 0 || cdf[m - 1] !== 1) {
    throw new RangeError(`cumulative probabilities must run from 0 to 1, not ${cdf[0]} to ${cdf[m - 1]}`);
  }
  return { x: Float64Array.from(x), cdf: Float64Array.from(cdf) };
}

/** A draw from a piecewise-linear CDF, by inversion (one uniform). */
export function piecewiseLinear(rng: Rng, table: PiecewiseLinearTable): number {
  const { x, cdf } = table;
  const u = rng();
  // Largest i with cdf[i] ≤ u; then cdf[i + 1] > u since cdf[last] = 1 > u.
  let lo = 0;
  let hi = cdf.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid]! <= u) lo = mid;
    else hi = mid;
  }
  const f0 = cdf[lo]!;
  return x[lo]! + ((u - f0) / (cdf[lo + 1]! - f0)) * (x[lo + 1]! - x[lo]!);
}
