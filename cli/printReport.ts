/** The readable tables printed after a run, compare or sweep. */
import { METRICS } from '../sim/model/metrics.ts';
import type { Report } from './buildReport.ts';
import { formatInterval, formatNumber, renderTable } from './formatTable.ts';

const NUMERIC = new Set([2, 3, 4, 5]);

/** One table per scenario: metric, unit, mean, 95% CI. */
function summaryTables(report: Report): string {
  return report.summaries
    .map((s) => {
      const rows = METRICS.map((d) => {
        const m = s.metrics[d.id];
        return [d.id, d.unit, formatNumber(m.mean), formatInterval(m.ci95)];
      });
      return `${s.scenario} (${s.reps} replications, seed ${s.seed})\n` + renderTable(['metric', 'unit', 'mean', '95% CI'], rows, new Set([2, 3]));
    })
    .join('\n');
}

/** One table per compared scenario: both means and the paired difference with its 95% CI. */
function comparisonTables(report: Report): string {
  const ref = report.summaries[0];
  return report.comparisons
    .map((c, i) => {
      const other = report.summaries[i + 1];
      const rows = METRICS.map((d) => {
        const m = c.metrics[d.id];
        return [d.id, d.unit, formatNumber(ref.metrics[d.id].mean), formatNumber(other.metrics[d.id].mean), formatNumber(m.mean), formatInterval(m.ci95)];
      });
      const title = `${c.scenario} − ${c.reference} (${c.reps} paired replications, seed ${c.seed})\n`;
      return title + renderTable(['metric', 'unit', c.reference, c.scenario, 'difference', '95% CI (paired)'], rows, NUMERIC);
    })
    .join('\n');
}

const MAX_SWEEP_COLUMNS = 8;

/** Metrics down, grid points across (means only; the CSV has the intervals). */
function sweepTable(report: Report): string {
  const shown = report.points.slice(0, MAX_SWEEP_COLUMNS);
  const header = ['metric', 'unit', ...shown.map((p) => `#${p.index}`)];
  const rows = METRICS.map((d) => [d.id, d.unit, ...shown.map((p) => formatNumber(p.summary.metrics[d.id].mean))]);
  const legend = shown.map((p) => `#${p.index}: ${Object.entries(p.values).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}`).join('\n');
  const more = report.points.length > shown.length ? `(${report.points.length - shown.length} more points: see sweep.csv)\n` : '';
  const right = new Set(shown.map((_, i) => i + 2));
  return `${report.plan.sweep!.base.label} sweep (${report.plan.reps} replications per point, seed ${report.plan.seed}, means)\n${legend}\n` + renderTable(header, rows, right) + more;
}

/** The text printed on stdout for a report. */
export function formatReport(report: Report): string {
  if (report.plan.kind === 'sweep') return sweepTable(report);
  if (report.plan.kind === 'compare') return comparisonTables(report);
  return summaryTables(report);
}
