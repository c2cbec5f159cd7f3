/**
 * What the about panel says of one shipped observed-data file, from the manifest and the
 * file's own header: its name and label, where its numbers come from and when they were
 * published, the months it covers, and the charts that show it (from the manifest's `compare`).
 */
import { DISPOSITION_METRICS, DISPOSITIONS_TITLE, TIME_SERIES_CHARTS } from '../charts/chartCatalog.ts';
import { metricLabel } from '../charts/metricText.ts';
import { fiscalYearOf } from '../../sim/observed/months.ts';
import type { ReadFile } from './observedStore.ts';

/** One file, as the about panel lists it. */
export interface DataFileEntry {
  readonly file: string;
  readonly label: string;
  /** The header's `source` line, or null when the file could not be read. */
  readonly source: string | null;
  /** The header's `published` line, or null. */
  readonly published: string | null;
  /** "2023-10 to 2024-09", "FY2008 to FY2020", or null. */
  readonly covers: string | null;
  /** The charts (and panels) that draw it beside the model, for a horizon in its months. */
  readonly shownOn: readonly string[];
  /** Why the file could not be read, if it could not. */
  readonly error?: string;
}

/** The entry of a file as read. */
export function dataFileEntry(read: ReadFile): DataFileEntry {
  const { def } = read;
  const compared = (series: string) => def.compare.some((c) => 'series' in c.model && c.model.series === series);
  const shownOn = [
    ...TIME_SERIES_CHARTS.flatMap((chart) => chart.panels.filter((p) => compared(p.series)).map((p) => (chart.panels.length > 1 ? `${chart.title} (${p.label})` : chart.title))),
    ...DISPOSITION_METRICS.filter(compared).map((m) => `${DISPOSITIONS_TITLE} (${metricLabel(m)}, where the file covers the whole horizon)`),
  ];
  if ('error' in read) return { file: def.file, label: def.label, source: null, published: null, covers: null, shownOn, error: read.error };
  const months = Object.values(read.data.series).flatMap((s) => s.points.map((p) => p.month)).sort();
  const first = months[0], last = months[months.length - 1];
  const covers = first === undefined || last === undefined ? null : read.data.meta.frequency === 'annual' ? `FY${fiscalYearOf(first)} to FY${fiscalYearOf(last)}` : `${first} to ${last}`;
  return { file: def.file, label: def.label, source: read.data.meta.source, published: read.data.meta.published, covers, shownOn };
}
