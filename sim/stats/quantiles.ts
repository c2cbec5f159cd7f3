/**
 * Bounded-memory quantile estimator with a guaranteed relative error: a log-bucketed
 * histogram in the manner of DDSketch (Masson, Rim & Lee, "DDSketch: a fast and
 * fully-mergeable quantile sketch with relative-error guarantees", VLDB 2019).
 *
 * Error bound: with relative accuracy α, a value x > 0 falls in bucket i = ⌈log_γ x⌉ with
 * γ = (1 + α)/(1 − α), which holds (γ^(i−1), γ^i]; the bucket is reported as 2γ^i/(γ + 1),
 * within α·x of every value in it. So `quantile(q)` is within α·|x| of x, the exact
 * order statistic of rank ⌊q (n − 1)⌋ (0-based) of all values added, for any q and any
 * input order (negative values are mirrored; zeros are counted exactly). Estimates are also
 * clamped into [min, max]. Memory: one counter per occupied power of γ; α = 0.01 needs about
 * 115 buckets per factor of 10 in range, and at most `maxBuckets` per sign (by default
 * enough for a range of 10^30); beyond that the smallest buckets are merged upward and only
 * values in them lose the guarantee. Adding costs one logarithm and one map update. The
 * smallest and largest ranks return the exact minimum and maximum.
 */
import { log, pow } from '../math/index.ts';

/** Counts per bucket index, at most `maxBuckets` of them (the lowest merged upward). */
class Store {
  readonly counts = new Map<number, number>();
  total = 0;

  constructor(private readonly maxBuckets: number) {}

  add(index: number): void {
    this.counts.set(index, (this.counts.get(index) ?? 0) + 1);
    this.total++;
    if (this.counts.size > this.maxBuckets) this.#mergeLowest();
  }

  /** Merges the lowest bucket into the next one up. */
  #mergeLowest(): void {
    let lowest = Infinity;
    let next = Infinity;
    for (const k of this.counts.keys()) {
      if (k < lowest) {
        next = lowest;
        lowest = k;
      } else if (k < next) next = k;
    }
    this.counts.set(next, this.counts.get(next)! + this.counts.get(lowest)!);
    this.counts.delete(lowest);
  }

  /** Occupied bucket indices in increasing order. */
  indices(): number[] {
    return [...this.counts.keys()].sort((a, b) => a - b);
  }
}

/** Streaming quantiles (p50, p90, p99, any q) in bounded memory with relative error ≤ α. */
export class QuantileSketch {
  /** Relative accuracy α (default 0.01, i.e. 1 %). */
  readonly relativeAccuracy: number;
  readonly #gamma: number;
  readonly #logGamma: number;
  readonly #maxBuckets: number;
  #pos: Store;
  #neg: Store;
  #zeros = 0;
  #min = Infinity;
  #max = -Infinity;

  /**
   * @param relativeAccuracy α in (0, 1) (default 0.01)
   * @param maxBuckets buckets kept per sign (default: enough for a range of 10^30, about 3 500
   *   at α = 0.01)
   */
  constructor(relativeAccuracy = 0.01, maxBuckets?: number) {
    if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
      throw new RangeError(`invalid relative accuracy: ${relativeAccuracy} (expected 0 < α < 1)`);
    }
    this.relativeAccuracy = relativeAccuracy;
    this.#gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
    this.#logGamma = log(this.#gamma);
    maxBuckets ??= Math.ceil((30 * Math.LN10) / this.#logGamma);
    if (!(maxBuckets >= 2)) throw new RangeError(`invalid bucket limit: ${maxBuckets}`);
    this.#maxBuckets = maxBuckets;
    this.#pos = new Store(maxBuckets);
    this.#neg = new Store(maxBuckets);
  }

  /** Adds one finite value. */
  add(x: number): void {
    if (!Number.isFinite(x)) throw new RangeError(`cannot add ${x} to a quantile sketch`);
    if (x > 0) this.#pos.add(Math.ceil(log(x) / this.#logGamma));
    else if (x < 0) this.#neg.add(Math.ceil(log(-x) / this.#logGamma));
    else this.#zeros++;
    if (x < this.#min) this.#min = x;
    if (x > this.#max) this.#max = x;
  }

  /** Forgets every value. */
  reset(): void {
    this.#pos = new Store(this.#maxBuckets);
    this.#neg = new Store(this.#maxBuckets);
    this.#zeros = 0;
    this.#min = Infinity;
    this.#max = -Infinity;
  }

  /** Number of values added. */
  get count(): number {
    return this.#pos.total + this.#neg.total + this.#zeros;
  }

  /** Exact smallest value (+∞ when empty). */
  get min(): number {
    return this.#min;
  }

  /** Exact largest value (−∞ when empty). */
  get max(): number {
    return this.#max;
  }

  #value(index: number): number {
    return (2 * pow(this.#gamma, index)) / (this.#gamma + 1);
  }

  /** Estimate of the q-quantile (0 ≤ q ≤ 1), within α·|x| of the exact one; NaN when empty. */
  quantile(q: number): number {
    const n = this.count;
    if (n === 0 || !(q >= 0 && q <= 1)) return Number.NaN;
    const rank = Math.floor(q * (n - 1));
    if (rank === 0) return this.#min;
    if (rank === n - 1) return this.#max;
    let seen = 0;
    let estimate = 0;
    const neg = this.#neg;
    const pos = this.#pos;
    found: {
      const negIndices = neg.indices();
      for (let j = negIndices.length - 1; j >= 0; j--) {
        seen += neg.counts.get(negIndices[j]!)!;
        if (seen > rank) {
          estimate = -this.#value(negIndices[j]!);
          break found;
        }
      }
      seen += this.#zeros;
      if (seen > rank) break found;
      for (const i of pos.indices()) {
        seen += pos.counts.get(i)!;
        if (seen > rank) {
          estimate = this.#value(i);
          break found;
        }
      }
    }
    return Math.min(this.#max, Math.max(this.#min, estimate));
  }

  /** Median estimate. */
  get p50(): number {
    return this.quantile(0.5);
  }

  /** 90th percentile estimate. */
  get p90(): number {
    return this.quantile(0.9);
  }

  /** 99th percentile estimate. */
  get p99(): number {
    return this.quantile(0.99);
  }
}
