/**
 * How the page writes about a metric in sentences: a noun ("Border Patrol custody") and a
 * phrase that follows a value ("4,200 in Border Patrol custody on average"). The model names
 * its metrics for tables (`sim/model/metrics.ts`); this is the page's prose for them, one
 * table, falling back to the model's label for a metric it does not list.
 */
import { metricDef, type MetricId } from '../../sim/model/metrics.ts';
import { formatDifference, formatValue } from './formatValue.ts';

interface Prose {
  readonly noun: string;
  readonly phrase: string;
}

const PROSE: Partial<Record<MetricId, Prose>> = {
  'arrivals.total': { noun: 'arrivals', phrase: 'arrivals' },
  'encounters.total': { noun: 'encounters', phrase: 'encounters' },
  'gotaways.total': { noun: 'gotaways', phrase: 'gotaways' },
  'bp.occupancy.mean': { noun: 'Border Patrol custody', phrase: 'in Border Patrol custody on average' },
  'bp.occupancy.peak': { noun: 'peak Border Patrol custody', phrase: 'in Border Patrol custody at the peak' },
  'bp.daysOverCapacity': { noun: 'days over capacity', phrase: 'days over capacity' },
  'bp.timeInCustodyHours.mean': { noun: 'time in Border Patrol custody', phrase: 'in Border Patrol custody on average' },
  'bp.timeInCustodyHours.p90': { noun: '90th percentile of time in custody', phrase: 'in custody at the 90th percentile' },
  'bp.shareOver72h': { noun: 'share held over 72 hours', phrase: 'held over 72 hours' },
  'ofo.occupancy.mean': { noun: 'port holding', phrase: 'held at ports on average' },
  'detention.occupancy.mean': { noun: 'ICE detention', phrase: 'in ICE detention on average' },
  'detention.occupancy.peak': { noun: 'peak ICE detention', phrase: 'in ICE detention at the peak' },
  'detention.daysOverCapacity': { noun: 'days over the funded beds', phrase: 'days over the funded beds' },
  'cbpone.waitingList.end': { noun: 'CBP One waiting list', phrase: 'on the CBP One waiting list at the end' },
  'cbpone.waitDays.mean': { noun: 'CBP One wait', phrase: 'days on average from registration to appointment' },
  'shelters.occupancy.mean': { noun: 'people in Mexican shelters', phrase: 'in Mexican shelters on average' },
  'shelters.unsheltered.mean': { noun: 'unsheltered in Mexican cities', phrase: 'without a shelter place in Mexican border cities on average' },
  'court.backlog.end': { noun: 'court backlog', phrase: 'court cases pending at the end' },
  'court.backlog.change': { noun: 'backlog change', phrase: 'change in the court backlog' },
  'dispositions.parole': { noun: 'paroled', phrase: 'paroled' },
  'dispositions.detain': { noun: 'detained', phrase: 'booked into ICE detention' },
  'dispositions.mpp': { noun: 'returned to Mexico (MPP)', phrase: 'returned to Mexico (MPP)' },
  'dispositions.expeditedRemoval': { noun: 'expedited removals', phrase: 'placed in expedited removal' },
  'dispositions.expelled': { noun: 'expelled', phrase: 'expelled' },
  'dispositions.released': { noun: 'released from detention', phrase: 'released from ICE detention' },
  'cost.totalUsd': { noun: 'cost', phrase: 'in total cost' },
  'removals.total': { noun: 'removals', phrase: 'removals' },
  'receiving.unsheltered.mean': { noun: 'US-side overflow', phrase: 'released people beyond US shelter places on average' },
};

/** The model's short label of a metric. */
export function metricLabel(id: MetricId): string {
  return metricDef(id)?.label ?? id;
}

/** A noun for the metric ("Border Patrol custody"). */
export function metricNoun(id: MetricId): string {
  return PROSE[id]?.noun ?? metricLabel(id).toLowerCase();
}

function unitOf(id: MetricId) {
  return metricDef(id)?.unit ?? 'people';
}

/** A value in a sentence: "4,200 in Border Patrol custody on average". */
export function statement(id: MetricId, value: number): string {
  const p = PROSE[id];
  const v = formatValue(value, unitOf(id));
  return p ? `${v} ${p.phrase}` : `${metricLabel(id)} ${v}`;
}

/** A paired difference in a sentence: "Border Patrol custody +5,600 (95% CI +5,100 to +6,100)". */
export function differenceText(id: MetricId, mean: number, ci: readonly [number, number], withInterval = true): string {
  const unit = unitOf(id);
  const [lo, hi] = [formatDifference(ci[0], unit), formatDifference(ci[1], unit)];
  // An interval of no width (a daily cap reached in every replication) is said so, not printed as "+3,000 to +3,000".
  const interval = !withInterval || !Number.isFinite(ci[0]) || !Number.isFinite(ci[1]) ? '' : lo === hi ? ' (the same in every replication)' : ` (95% CI ${lo} to ${hi})`;
  return `${metricNoun(id)} ${formatDifference(mean, unit)}${interval}`;
}
