/**
 * Tally of observations (e.g. waiting times): count, mean, variance, min, max, sum, by
 * Welford's online algorithm (Welford, Technometrics 4, 1962), numerically stable for long
 * runs and allocation-free.
 */
export class Tally {
  #n = 0;
  #mean = 0;
  #m2 = 0;
  #sum = 0;
  #min = Infinity;
  #max = -Infinity;

  /** Records one observation. */
  add(x: number): void {
    this.#n++;
    const delta = x - this.#mean;
    this.#mean += delta / this.#n;
    this.#m2 += delta * (x - this.#mean);
    this.#sum += x;
    if (x < this.#min) this.#min = x;
    if (x > this.#max) this.#max = x;
  }

  /** Forgets every observation (e.g. at the end of a warm-up period). */
  reset(): void {
    this.#n = 0;
    this.#mean = 0;
    this.#m2 = 0;
    this.#sum = 0;
    this.#min = Infinity;
    this.#max = -Infinity;
  }

  /** Number of observations. */
  get count(): number {
    return this.#n;
  }

  /** Sample mean (NaN when empty). */
  get mean(): number {
    return this.#n > 0 ? this.#mean : Number.NaN;
  }

  /** Sample variance with the n − 1 divisor (NaN below two observations). */
  get variance(): number {
    return this.#n > 1 ? this.#m2 / (this.#n - 1) : Number.NaN;
  }

  /** Sample standard deviation (NaN below two observations). */
  get sd(): number {
    return Math.sqrt(this.variance);
  }

  /** Sum of the observations (0 when empty). */
  get sum(): number {
    return this.#sum;
  }

  /** Smallest observation (+∞ when empty). */
  get min(): number {
    return this.#min;
  }

  /** Largest observation (−∞ when empty). */
  get max(): number {
    return this.#max;
  }
}
