/**
 * Published series on the charts: for a horizon starting on a date, each shipped file's
 * values that the manifest compares with a daily model series (`compare` in
 * `sim/observed/manifest.ts`, the one mapping of observed series to model series), turned into
 * the units the charts plot. Charts plot daily values, so a count over a month becomes the
 * month's daily mean (the count divided by the month's days), an average daily population is
 * drawn as it is, over its month, and a stock at the end of a period sits on the period's last
 * day, exactly inverting how the backtest aggregates the model's days (`sim/report/backtest.ts`).
 * Only periods that lie whole inside the horizon are shown; months a publisher covers only in
 * part are left out, with the file's reason. Pure, and free of zod: it reads parsed files.
 */
import type { SeriesId } from '../../sim/model/series.ts';
import { comparisonValues } from '../../sim/observed/comparisonValues.ts';
import { FREQUENCIES } from '../../sim/observed/frequencies.ts';
import type { ModelComparison, ObservedFileDef } from '../../sim/observed/manifest.ts';
import { addMonths, fiscalYearOf } from '../../sim/observed/months.ts';
import type { ObservedFile } from '../../sim/observed/parseObserved.ts';
import { wholeMonths, type MonthSpan } from '../../sim/report/backtest.ts';

/** One published value on a chart, in the chart's daily units. */
export interface ObservedMark {
  /** The month the file dates it by (`YYYY-MM`; an annual file's fiscal year is dated by its September). */
  readonly month: string;
  /** Days `[from, to)` of the horizon it describes: its whole period, or the period's last day for a stock at its end. */
  readonly from: number;
  readonly to: number;
  /** The value in the chart's units (a daily mean over the period, or the stock on its last day). */
  readonly value: number;
}

/** One comparison of one file, as the charts show it beside a model series. */
export interface ObservedTrack {
  /** File id in the manifest. */
  readonly file: string;
  /** The file's label in the manifest (what the legend names). */
  readonly label: string;
  /** The source line of the file's header. */
  readonly source: string;
  /** What is compared, in words (the observed series' labels, joined with " + "). */
  readonly quantity: string;
  /** How the model's days aggregate to one value per period (`ModelComparison.aggregate`). */
  readonly aggregate: ModelComparison['aggregate'];
  /** Months each value covers: 1, or 12 for a file with one value per fiscal year. */
  readonly months: number;
  readonly marks: readonly ObservedMark[];
  /**
   * The published count over the whole horizon, for a count (`sum`) whose periods cover every
   * day of it (what a chart of totals over the horizon sets beside the model); else null.
   */
  readonly total: number | null;
  /** Months inside the horizon that the publisher covers only in part, left out, with the file's reason. */
  readonly leftOut: readonly { readonly month: string; readonly note: string }[];
}

/** The published series for one horizon, by the model series they are compared with. */
export interface ObservedOverlay {
  /** Day 0 of the horizon (`YYYY-MM-DD`). */
  readonly startDate: string;
  readonly days: number;
  readonly bySeries: Readonly<Partial<Record<SeriesId, readonly ObservedTrack[]>>>;
}

/** A file with its manifest entry. */
export interface ObservedSource {
  readonly def: ObservedFileDef;
  readonly data: ObservedFile;
}

/** Comparisons with a daily model series (those with a summary metric have nothing to draw on a time axis). */
const seriesComparisons = (def: ObservedFileDef) => def.compare.filter((c): c is ModelComparison & { model: { series: SeriesId } } => 'series' in c.model);

/**
 * The files that may have a value for a horizon, from the manifest alone (its fiscal years),
 * so that only those are read and parsed.
 */
export function filesForHorizon(files: readonly ObservedFileDef[], startDate: string, days: number): ObservedFileDef[] {
  const years = new Set(wholeMonths(startDate, days).map((s) => fiscalYearOf(s.month)));
  return files.filter((f) => seriesComparisons(f).length > 0 && f.fiscalYears.some((y) => years.has(y)));
}

/** The days a published value covers, if its period lies whole inside the horizon (for a stock at its end: its last month). */
function period(month: string, months: number, aggregate: ModelComparison['aggregate'], spans: ReadonlyMap<string, MonthSpan>): { from: number; to: number } | null {
  const last = spans.get(month);
  if (!last) return null;
  if (aggregate === 'end') return { from: last.to - 1, to: last.to };
  const first = spans.get(addMonths(month, 1 - months));
  for (let k = 0; k < months; k++) if (!spans.has(addMonths(month, -k))) return null;
  return { from: first!.from, to: last.to };
}

/** The published series of `files` for the horizon of `days` days from `startDate`, in the charts' units. */
export function observedOverlay(startDate: string, days: number, files: readonly ObservedSource[]): ObservedOverlay {
  const spans = new Map(wholeMonths(startDate, days).map((s) => [s.month, s]));
  const bySeries: Partial<Record<SeriesId, ObservedTrack[]>> = {};
  for (const { def, data } of files) {
    const months = FREQUENCIES[data.meta.frequency];
    const partial = new Map(data.meta.partial.map((p) => [p.month, p.note]));
    for (const c of seriesComparisons(def)) {
      const values = comparisonValues(c, data);
      if (!values) continue;
      const marks: ObservedMark[] = [];
      const leftOut: { month: string; note: string }[] = [];
      for (const [month, total] of values) {
        const covers = period(month, months, c.aggregate, spans);
        if (!covers) continue;
        const note = partial.get(month);
        if (note !== undefined) {
          leftOut.push({ month, note });
          continue;
        }
        const value = c.aggregate === 'sum' ? total / (covers.to - covers.from) : total;
        marks.push({ month, ...covers, value });
      }
      if (marks.length === 0) continue;
      const covered = marks.every((m, k) => m.from === (k === 0 ? 0 : marks[k - 1]!.to)) && marks[marks.length - 1]!.to === days;
      const total = c.aggregate === 'sum' && covered ? marks.reduce((a, m) => a + values.get(m.month)!, 0) : null;
      const quantity = c.observed.map((id) => def.series.find((s) => s.id === id)?.label ?? id).join(' + ');
      (bySeries[c.model.series] ??= []).push({ file: def.id, label: def.label, source: data.meta.source, quantity, aggregate: c.aggregate, months, marks, total, leftOut });
    }
  }
  return { startDate, days, bySeries };
}
