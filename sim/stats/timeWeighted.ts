/**
 * Time-weighted statistic of a piecewise-constant level (queue length, occupancy, busy
 * servers): the integral of the level over time, its time average, and its extremes.
 */
export class TimeWeighted {
  #start: number;
  #last: number;
  #level: number;
  #area = 0;
  #min: number;
  #max: number;

  /**
   * @param t0 start time (simulation time units)
   * @param level0 level held from t0 on
   */
  constructor(t0: number, level0: number) {
    this.#start = t0;
    this.#last = t0;
    this.#level = level0;
    this.#min = level0;
    this.#max = level0;
  }

  /** Sets the level to `level` from time `t` on (t must not be before the previous update). */
  update(t: number, level: number): void {
    if (t < this.#last) throw new RangeError(`time went backwards: ${t} < ${this.#last}`);
    this.#area += this.#level * (t - this.#last);
    this.#last = t;
    this.#level = level;
    if (level < this.#min) this.#min = level;
    if (level > this.#max) this.#max = level;
  }

  /**
   * Restarts accumulation at time `t`, keeping the current level (warm-up deletion): the
   * integral restarts from 0 and min and max from the current level.
   */
  reset(t: number): void {
    if (t < this.#last) throw new RangeError(`time went backwards: ${t} < ${this.#last}`);
    this.#start = t;
    this.#last = t;
    this.#area = 0;
    this.#min = this.#level;
    this.#max = this.#level;
  }

  /** ∫ level dt from the start (or last reset) to `tNow` (≥ the last update). */
  integral(tNow: number): number {
    return this.#area + this.#level * (tNow - this.#last);
  }

  /** Time-average level from the start (or last reset) to `tNow`; the current level if no time has passed. */
  mean(tNow: number): number {
    const span = tNow - this.#start;
    return span > 0 ? this.integral(tNow) / span : this.#level;
  }

  /** The current level. */
  get level(): number {
    return this.#level;
  }

  /** Highest level held since the start (or last reset). */
  get max(): number {
    return this.#max;
  }

  /** Lowest level held since the start (or last reset). */
  get min(): number {
    return this.#min;
  }

  /** Time of the start or last reset. */
  get start(): number {
    return this.#start;
  }
}
