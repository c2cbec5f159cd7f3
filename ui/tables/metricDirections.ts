/**
 * Which way is better for a metric, where that is plain: less crowding, less time held,
 * shorter waits, a smaller backlog, fewer people unsheltered or never apprehended, lower
 * cost. Everything else (how many are paroled, detained or returned, encounters) is a
 * matter of policy aims, so the page says only whether it went up or down. The page's one
 * table of this until the model defines it with its metrics.
 */
import type { MetricId } from '../../sim/model/metrics.ts';

const LOWER_IS_BETTER: ReadonlySet<MetricId> = new Set<MetricId>([
  'bp.occupancy.mean',
  'bp.occupancy.peak',
  'bp.daysOverCapacity',
  'bp.timeInCustodyHours.mean',
  'bp.timeInCustodyHours.p90',
  'bp.shareOver72h',
  'ofo.occupancy.mean',
  'ofo.timeInCustodyHours.mean',
  'detention.daysOverCapacity',
  'cbpone.waitDays.mean',
  'shelters.unsheltered.mean',
  'receiving.unsheltered.mean',
  'court.backlog.end',
  'court.backlog.change',
  'gotaways.total',
  'cost.totalUsd',
]);

/** 'lower' when less of the metric is plainly better, else null. */
export function betterWhen(id: MetricId): 'lower' | null {
  return LOWER_IS_BETTER.has(id) ? 'lower' : null;
}
