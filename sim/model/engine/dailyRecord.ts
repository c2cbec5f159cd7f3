/** The daily series of one replication, by typed series id (sim/model/series.ts). */
import type { Environment } from '../../kernel/index.ts';
import { SERIES_IDS, type SeriesId } from '../series.ts';

export class DailyRecord {
  /** One value per simulated day for every series. */
  readonly series: Record<SeriesId, Float64Array>;

  constructor(private readonly env: Environment, readonly days: number) {
    this.series = Object.fromEntries(SERIES_IDS.map((id) => [id, new Float64Array(days)])) as Record<SeriesId, Float64Array>;
  }

  /** Index of the day the clock is in (the last day at the horizon's end). */
  today(): number { return Math.min(this.days - 1, Math.floor(this.env.now)); }

  /**
   * A counter of daily series `id`: stages make theirs once and count through it, since
   * a lookup by id at every count, with dozens of ids, is a slow generic property access.
   */
  counter(id: SeriesId): DayCount { return new DayCount(this, this.series[id]); }

  /** Adds `n` to day `day`'s value of a daily count (for counts made while closing a day, when the clock already reads the next). */
  addTo(id: SeriesId, day: number, n: number): void { this.series[id][day]! += n; }

  /** Sets the value of `id` on day `day`. */
  set(id: SeriesId, day: number, value: number): void { this.series[id][day] = value; }
}

/** Counts into one daily series (today's value) and keeps the count over the horizon. */
export class DayCount {
  /** Everything counted so far. */
  total = 0;

  constructor(private readonly record: DailyRecord, private readonly values: Float64Array) {}

  /** Counts `n` today. */
  add(n: number): void {
    this.total += n;
    this.values[this.record.today()]! += n;
  }
}
