/**
 * The table of differences: for each metric, the baseline's mean and, for every other
 * scenario, its mean and its paired difference from the baseline with a 95% interval (the
 * numbers of the CLI's `compare`). Differences are stated, never judged: no colour says
 * better or worse.
 */
import { METRICS, type MetricId } from '../../sim/model/metrics.ts';
import type { ScenarioSummary } from '../../sim/model/result.ts';
import type { ScenarioComparison } from '../../sim/report/index.ts';
import { formatDifference, formatInterval, formatValue } from '../charts/formatValue.ts';

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
    const def = METRICS.find((m) => m.id === id)!;
    const cells: DiffCell[] = [];
    const valueCell = (s: ScenarioSummary | null): DiffCell => {
      const m = s?.metrics[id];
      return m ? { text: formatValue(m.mean, def.unit), detail: formatInterval(m.ci95, def.unit) } : { text: '…' };
    };
    cells.push(valueCell(summaries[0] ?? null));
    for (let i = 1; i < names.length; i++) {
      cells.push(valueCell(summaries[i] ?? null));
      const d = comparisons[i - 1]?.metrics[id];
      if (!d) cells.push({ text: '…' });
      else {
        const defined = Number.isFinite(d.ci95[0]) && Number.isFinite(d.ci95[1]);
        cells.push({ text: formatDifference(d.mean, def.unit), detail: formatInterval(d.ci95, def.unit, true), clear: defined && (d.ci95[0] > 0 || d.ci95[1] < 0) });
      }
    }
    return { metric: id, label: def.label, unit: def.unit, cells };
  });
  return { columns, rows };
}
