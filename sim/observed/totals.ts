/**
 * Fiscal-year aggregates of observed series, and the check of a file against the published
 * totals the manifest records for it (months must add up to what the publisher printed).
 */
import type { PublishedTotal } from './manifest.ts';
import { daysInMonth, fiscalYearMonths } from './months.ts';
import type { ObservedFile } from './parseObserved.ts';

/** Values of `series` (added together) for each month of `fiscalYear` that has all of them. */
export function fiscalYearValues(file: ObservedFile, series: readonly string[], fiscalYear: number): { month: string; value: number }[] {
  const months = fiscalYearMonths(fiscalYear);
  const out: { month: string; value: number }[] = [];
  for (const month of months) {
    let value = 0;
    let present = 0;
    for (const id of series) {
      const p = file.series[id]?.points.find((q) => q.month === month);
      if (p) { value += p.value; present++; }
    }
    if (present > 0) out.push({ month, value });
  }
  return out;
}

/** Result of checking one published total. */
export interface TotalCheck {
  readonly total: PublishedTotal;
  /** What the file's months give. */
  readonly computed: number;
  /** Months of the fiscal year found in the file. */
  readonly months: number;
  readonly difference: number;
  readonly ok: boolean;
}

/** Recomputes a published total from the file and compares. */
export function checkTotal(file: ObservedFile, total: PublishedTotal): TotalCheck {
  const values = fiscalYearValues(file, total.series, total.fiscalYear);
  let computed: number;
  if (total.kind === 'sum') {
    computed = values.reduce((a, v) => a + v.value, 0);
  } else {
    const days = (m: string) => total.days?.[m] ?? daysInMonth(m);
    const weight = values.reduce((a, v) => a + days(v.month), 0);
    computed = weight === 0 ? Number.NaN : values.reduce((a, v) => a + v.value * days(v.month), 0) / weight;
  }
  const difference = computed - total.value;
  return { total, computed, months: values.length, difference, ok: Math.abs(difference) <= total.tolerance };
}
