/**
 * Built-in resource monitors: time-weighted number in queue and in service, utilization
 * and waiting times. A resource without a monitor pays one null check per change.
 */
import { Tally, TimeWeighted } from '../stats/index.ts';

export class ResourceMonitor {
  /** Time-weighted number waiting. */
  readonly queue: TimeWeighted;
  /** Time-weighted number in service. */
  readonly busy: TimeWeighted;
  /** Time-weighted capacity (it can change on a schedule). */
  readonly capacity: TimeWeighted;
  /** Waiting times of granted requests (request to grant). */
  readonly wait = new Tally();

  constructor(t0: number, capacity: number) {
    this.queue = new TimeWeighted(t0, 0);
    this.busy = new TimeWeighted(t0, 0);
    this.capacity = new TimeWeighted(t0, capacity);
  }

  /** Share of capacity in use over [start, now]: busy integral / capacity integral. */
  utilization(now: number): number {
    const cap = this.capacity.mean(now);
    return cap > 0 ? this.busy.mean(now) / cap : 0;
  }

  /** Warm-up deletion: forget everything before `now`, keeping current levels. */
  reset(now: number): void {
    this.queue.reset(now);
    this.busy.reset(now);
    this.capacity.reset(now);
    this.wait.reset();
  }
}
