/**
 * The table of differences: for each metric, the baseline's mean and, for every other
 * scenario, its mean and its paired difference from the baseline with a 95% interval (the
 * numbers of the CLI's `compare`). A difference whose interval excludes zero is marked with
 * its direction, and as better or worse where that is plain (see `metricDirections.ts`).
 */
import { METRICS, type MetricDef, type MetricId } from '../../sim/model/metrics.ts';
import type { ScenarioSummary } from '../../sim/model/result.ts';
import type { ScenarioComparison } from '../../sim/report/index.ts';
import { formatDifference, formatInterval, formatValue } from '../charts/formatValue.ts';
import { betterWhen } from './metricDirections.ts';

/** Metrics shown before "show all". */
export const KEY_METRICS: readonly MetricId[] = [
  'encounters.total',
  'bp.occupancy.mean',
  'bp.daysOverCapacity',
  'bp.timeInCustodyHours.mean',
  'bp.shareOver72h',
  'detention.occupancy.mean',
  'detention.daysOverCapacity',
  'cbpone.waitingList.end',
  'cbpone.waitDays.mean',
  'shelters.unsheltered.mean',
  'court.backlog.end',
  'gotaways.total',
  'cost.totalUsd',
];

/** One cell: text, and whether the interval of a difference excludes zero. */
export interface DiffCell {
  readonly text: string;
  readonly detail?: string;
  /** For difference cells: true when the 95% interval excludes 0. */
  readonly clear?: boolean;
  /** For clear differences: which way the scenario moved the metric. */
  readonly direction?: 'up' | 'down';
  /** For clear differences of a metric where lower is plainly better. */
  readonly judgement?: 'better' | 'worse';
}

/** The table: column headings and one row per metric. */
export interface DifferenceTable {
  readonly columns: readonly string[];
  readonly rows: readonly { readonly metric: MetricId; readonly label: string; readonly unit: string; readonly cells: readonly DiffCell[] }[];
}

/**
 * Builds the table. `summaries[i]` is scenario i's summary (null while it has none);
 * `comparisons[i - 1]` compares scenario i with scenario 0 (null while they share no
 * finished replication).
 */
export function differenceTable(
  names: readonly string[],
  summaries: readonly (ScenarioSummary | null)[],
  comparisons: readonly (ScenarioComparison | null)[],
  metrics: readonly MetricId[] = KEY_METRICS,
): DifferenceTable {
  const columns = [names[0] ?? 'Baseline'];
  for (const name of names.slice(1)) columns.push(name, `${name} − ${names[0]}`);
  const rows = metrics.map((id) => {
    const def: MetricDef = METRICS.find((m) => m.id === id)!;
    const cells: DiffCell[] = [];
    // A mean over nobody has no value: a dash, and why (as the model words it).
    const empty = def.emptyWhen ?? 'no value';
    const valueCell = (s: ScenarioSummary | null): DiffCell => {
      const m = s?.metrics[id];
      if (!m) return { text: '…' };
      return Number.isNaN(m.mean) ? { text: formatValue(m.mean, def.unit), detail: empty } : { text: formatValue(m.mean, def.unit), detail: formatInterval(m.ci95, def.unit) };
    };
    cells.push(valueCell(summaries[0] ?? null));
    for (let i = 1; i < names.length; i++) {
      cells.push(valueCell(summaries[i] ?? null));
      const d = comparisons[i - 1]?.metrics[id];
      if (!d) cells.push({ text: '…' });
      else if (Number.isNaN(d.mean)) cells.push({ text: formatDifference(d.mean, def.unit), detail: empty, clear: false });
      else {
        const defined = Number.isFinite(d.ci95[0]) && Number.isFinite(d.ci95[1]);
        const clear = defined && (d.ci95[0] > 0 || d.ci95[1] < 0);
        const direction = d.mean > 0 ? 'up' : 'down';
        const judgement = clear && betterWhen(id) === 'lower' ? (direction === 'down' ? 'better' : 'worse') : undefined;
        cells.push({ text: formatDifference(d.mean, def.unit), detail: formatInterval(d.ci95, def.unit, true), clear, ...(clear ? { direction } : {}), ...(judgement ? { judgement } : {}) });
      }
    }
    return { metric: id, label: def.label, unit: def.unit, cells };
  });
  return { columns, rows };
}
