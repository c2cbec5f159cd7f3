/**
 * The published quantity a comparison of the manifest sets beside the model, month by month:
 * the sum of its observed series. Pure and free of zod (it reads a file already parsed), so
 * the report worker and the app's charts can use it.
 */
import type { ModelComparison } from './manifest.ts';
import type { ObservedFile } from './parseObserved.ts';

/**
 * The value of `comparison` in every month (for annual files, every fiscal year's dated
 * month) that a series of its sum has, in month order; null when the file lacks one of the
 * series. A series that has ended or not yet begun in a month another series has (Title 42
 * expulsions after May 2023) adds 0: the loader has checked there are no gaps within a series.
 */
export function comparisonValues(comparison: ModelComparison, data: ObservedFile): Map<string, number> | null {
  const series = comparison.observed.map((id) => data.series[id]);
  if (series.some((s) => !s)) return null;
  const byMonth = new Map<string, number>();
  for (const s of series) for (const p of s!.points) byMonth.set(p.month, (byMonth.get(p.month) ?? 0) + p.value);
  return new Map([...byMonth].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
