/**
 * Across-replication statistics: mean, standard deviation and Student-t confidence interval
 * of independent replication results, paired differences for common-random-number
 * comparisons, and point-wise bands for daily series.
 */
import { studentTQuantile } from './studentT.ts';

/** Summary of n independent replication values. */
export interface Summary {
  /** Number of values. */
  readonly n: number;
  /** Sample mean (NaN when n = 0). */
  readonly mean: number;
  /** Sample standard deviation, n − 1 divisor (0 when n = 1, NaN when n = 0). */
  readonly sd: number;
  /** 95 % confidence interval for the mean: mean ± t(0.975, n − 1)·sd/√n. */
  readonly ci95: readonly [number, number];
  /** Confidence level of `ci` (default 0.95). */
  readonly level: number;
  /** Confidence interval for the mean at `level`. */
  readonly ci: readonly [number, number];
}

function halfWidth(sd: number, n: number, level: number): number {
  if (n < 2) return 0;
  return (studentTQuantile(0.5 + level / 2, n - 1) * sd) / Math.sqrt(n);
}

/**
 * Mean, sd and Student-t confidence interval of replication results (assumed independent
 * and roughly normal in their mean). With n = 1 there is no estimate of spread: sd is
 * reported as 0 and both intervals collapse to [mean, mean], which must not be read as
 * certainty. With n = 0 everything is NaN.
 * @param level confidence level of `ci`, in (0, 1) (default 0.95)
 */
export function summarize(values: ArrayLike<number>, level = 0.95): Summary {
  if (!(level > 0 && level < 1)) throw new RangeError(`invalid confidence level: ${level}`);
  const n = values.length;
  if (n === 0) {
    const nan: readonly [number, number] = [Number.NaN, Number.NaN];
    return { n, mean: Number.NaN, sd: Number.NaN, ci95: nan, level, ci: nan };
  }
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
  const h95 = halfWidth(sd, n, 0.95);
  const h = level === 0.95 ? h95 : halfWidth(sd, n, level);
  return { n, mean, sd, ci95: [mean - h95, mean + h95], level, ci: [mean - h, mean + h] };
}

/**
 * Summary of the paired differences b[i] − a[i] (e.g. policy B minus baseline A, run with
 * the same seeds and replication indices so they share random numbers). Throws if the
 * lengths differ.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>, level = 0.95): Summary {
  if (a.length !== b.length) throw new RangeError(`paired samples differ in length: ${a.length} and ${b.length}`);
  const d = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) d[i] = b[i]! - a[i]!;
  return summarize(d, level);
}

/** Point-wise band of many replications of a series. */
export interface SeriesBand {
  /** Mean over replications at each index. */
  readonly mean: Float64Array;
  /** Lower end of the confidence interval for the mean at each index. */
  readonly lo: Float64Array;
  /** Upper end of the confidence interval for the mean at each index. */
  readonly hi: Float64Array;
  /** Standard deviation over replications at each index. */
  readonly sd: Float64Array;
  /** Number of replications with a finite value at each index. */
  readonly n: Float64Array;
}

/**
 * Point-wise mean and Student-t confidence band (default 95 %) of replicated series of equal
 * length, e.g. one Float64Array per replication of a daily series. Non-finite values (NaN
 * for days not reached) are skipped index by index. Bands are point-wise, not simultaneous.
 */
export function aggregateSeries(series: readonly ArrayLike<number>[], level = 0.95): SeriesBand {
  const len = series.length > 0 ? series[0]!.length : 0;
  for (const s of series) if (s.length !== len) throw new RangeError(`series differ in length: ${s.length} and ${len}`);
  const mean = new Float64Array(len);
  const lo = new Float64Array(len);
  const hi = new Float64Array(len);
  const sd = new Float64Array(len);
  const count = new Float64Array(len);
  for (let j = 0; j < len; j++) {
    let n = 0;
    let m = 0;
    let m2 = 0;
    for (const s of series) {
      const x = s[j]!;
      if (!Number.isFinite(x)) continue;
      n++;
      const delta = x - m;
      m += delta / n;
      m2 += delta * (x - m);
    }
    const sdj = n > 1 ? Math.sqrt(m2 / (n - 1)) : n === 1 ? 0 : Number.NaN;
    const h = halfWidth(sdj, n, level);
    mean[j] = n > 0 ? m : Number.NaN;
    sd[j] = sdj;
    lo[j] = mean[j]! - h;
    hi[j] = mean[j]! + h;
    count[j] = n;
  }
  return { mean, lo, hi, sd, n: count };
}
