/**
 * Fixed-interval time series (one value per day, or per any interval width) stored in
 * Float64Arrays: counts per interval, and for a piecewise-constant level the time-weighted
 * mean, the peak and the end-of-interval snapshot of each interval.
 *
 * Interval i covers [t0 + i·width, t0 + (i + 1)·width). Times before t0 or at/after the end
 * of the last interval are outside the series: they are not counted, though a level set
 * before t0 is carried into the first interval.
 */

/** Index of the interval holding time t (may be out of range; the caller checks). */
function intervalOf(t: number, t0: number, width: number): number {
  return Math.floor((t - t0) / width);
}

/** Counts (or sums) per interval, e.g. arrivals per day. */
export class CountSeries {
  /** Sum of the amounts added in each interval. */
  readonly values: Float64Array;
  /** Interval width (simulation time units, e.g. 1 day). */
  readonly width: number;
  /** Start of interval 0. */
  readonly t0: number;

  constructor(count: number, width = 1, t0 = 0) {
    checkShape(count, width);
    this.values = new Float64Array(count);
    this.width = width;
    this.t0 = t0;
  }

  /** Adds `x` (default 1) to the interval holding time t; ignored outside the series. */
  add(t: number, x = 1): void {
    const i = intervalOf(t, this.t0, this.width);
    if (i >= 0 && i < this.values.length) this.values[i]! += x;
  }
}

/** Time-weighted mean, peak and end-of-interval value of a level, per interval. */
export class LevelSeries {
  /** Time-weighted mean level in each interval (NaN until `finish` has passed it). */
  readonly mean: Float64Array;
  /** Highest level held in each interval (NaN until the interval is reached). */
  readonly peak: Float64Array;
  /** Level at the end of each interval (NaN until `finish` has passed it). */
  readonly end: Float64Array;
  /** Interval width (simulation time units). */
  readonly width: number;
  /** Start of interval 0. */
  readonly t0: number;
  #area: Float64Array;
  #level: number;
  #last = -Infinity;
  #index = 0; // first interval not yet closed
  #peakIsCarried = true; // peak[#index] so far only holds the level carried into it
  #finished = false;

  /**
   * @param count number of intervals
   * @param width interval width (default 1)
   * @param t0 start of interval 0 (default 0)
   * @param level0 level until the first `level` call (default 0)
   */
  constructor(count: number, width = 1, t0 = 0, level0 = 0) {
    checkShape(count, width);
    this.mean = new Float64Array(count).fill(Number.NaN);
    this.peak = new Float64Array(count).fill(Number.NaN);
    this.end = new Float64Array(count).fill(Number.NaN);
    this.#area = new Float64Array(count);
    this.width = width;
    this.t0 = t0;
    this.#level = level0;
    if (count > 0) this.peak[0] = level0;
  }

  /** Carries the current level forward to time t, closing the intervals that end on the way. */
  #advance(t: number): void {
    if (this.#finished) throw new Error('level series already finished');
    if (t < this.#last) throw new RangeError(`time went backwards: ${t} < ${this.#last}`);
    const n = this.mean.length;
    const level = this.#level;
    while (this.#index < n) {
      const i = this.#index;
      const start = this.t0 + i * this.width;
      const boundary = start + this.width;
      const from = Math.max(this.#last, start);
      const to = Math.min(t, boundary);
      if (to > from) this.#area[i]! += level * (to - from);
      if (t < boundary) break;
      this.mean[i] = this.#area[i]! / this.width;
      this.end[i] = level;
      this.#last = boundary;
      this.#index = i + 1;
      if (i + 1 < n) this.peak[i + 1] = level;
      this.#peakIsCarried = true;
    }
    this.#last = t;
  }

  /**
   * The level changes to `value` at time t (t never decreasing). Several changes at one
   * instant all count towards the peak, except that a level carried into an interval and
   * replaced at the very instant the interval starts never counts as its peak.
   */
  level(t: number, value: number): void {
    this.#advance(t);
    this.#level = value;
    const i = this.#index;
    if (i >= this.mean.length) return;
    const start = this.t0 + i * this.width;
    if (t <= start && this.#peakIsCarried) this.peak[i] = value;
    else if (!(this.peak[i]! >= value)) this.peak[i] = value;
    this.#peakIsCarried = t < start; // before t0 the level is still only carried
  }

  /**
   * Closes the series at tEnd: every interval ending by tEnd gets its mean and end value; an
   * interval cut by tEnd gets the mean over its covered part and the level at tEnd as its end
   * value; later intervals stay NaN. No updates are accepted afterwards.
   */
  finish(tEnd: number): void {
    this.#advance(tEnd);
    const i = this.#index;
    if (i < this.mean.length) {
      const start = this.t0 + i * this.width;
      if (tEnd > start) {
        this.mean[i] = this.#area[i]! / (tEnd - start);
        this.end[i] = this.#level;
      } else {
        this.peak[i] = Number.NaN; // never reached
      }
    }
    this.#finished = true;
  }
}

function checkShape(count: number, width: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`invalid interval count: ${count}`);
  if (!(width > 0 && Number.isFinite(width))) throw new RangeError(`invalid interval width: ${width}`);
}

/** The part of a series after the first `warmupIntervals` intervals (a view, not a copy). */
export function dropWarmup(values: Float64Array, warmupIntervals: number): Float64Array {
  return values.subarray(Math.min(Math.max(0, Math.floor(warmupIntervals)), values.length));
}

/** Number of whole intervals of `width` in a warm-up of `warmup` time units (rounded up). */
export function warmupIntervals(warmup: number, width = 1): number {
  return Math.max(0, Math.ceil(warmup / width - 1e-9));
}
