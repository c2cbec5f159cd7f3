/** The data behind a chart as a table of text cells: the page's data-table view of every chart. */
import type { ChartSpec } from './chartCatalog.ts';
import { formatValue } from './formatValue.ts';
import { formatDay } from './timeAxis.ts';

/** A table: column headings and rows of already formatted cells. */
export interface TextTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const ci = (lo: number, hi: number, unit: Parameters<typeof formatValue>[1]) =>
  Number.isFinite(lo) && Number.isFinite(hi) ? `${formatValue(lo, unit)} – ${formatValue(hi, unit)}` : '—';

/** The table for a chart: one row per day (a published value on every day of its period), per bar group or per custody bin. */
export function chartTable(spec: ChartSpec): TextTable {
  switch (spec.kind) {
    case 'timeseries': {
      const columns = ['date'];
      const many = spec.panels.length > 1;
      const tracks = spec.panels.flatMap((p) => p.tracks.map((t) => ({ t, prefix: many ? `${p.label}, ` : '' })));
      for (const { t, prefix } of tracks) {
        columns.push(`${prefix}${t.style.label}: mean`, `${prefix}${t.style.label}: 95% band`);
        if (t.capacity) columns.push(`${prefix}${t.style.label}: capacity`);
      }
      const observed = spec.panels.flatMap((p) => (p.observed ?? []).map((o) => ({ o, prefix: many ? `${p.label}, ` : '' })));
      for (const { o, prefix } of observed) columns.push(`${prefix}${o.label} (${o.reading})`);
      const days = Math.max(0, ...tracks.map(({ t }) => t.days), ...observed.flatMap(({ o }) => o.marks.map((m) => m.to)));
      const rows: string[][] = [];
      for (let d = 0; d < days; d++) {
        const row = [spec.startDate ? `${formatDay(spec.startDate, d)} (day ${d})` : `day ${d}`];
        for (const { t } of tracks) {
          const has = d < t.days;
          row.push(has ? formatValue(t.band.mean[d]!, spec.unit) : '', has ? ci(t.band.lo[d]!, t.band.hi[d]!, spec.unit) : '');
          if (t.capacity) row.push(has ? formatValue(t.capacity[d]!, spec.unit) : '');
        }
        for (const { o } of observed) {
          const m = o.marks.find((k) => k.from <= d && d < k.to);
          row.push(m ? formatValue(m.value, spec.unit) : '');
        }
        rows.push(row);
      }
      const changes = spec.markers.map((m) => `${formatDay(spec.startDate, m.day)}: ${m.text} (${m.scenarios.map((s) => s.label).join(', ')})`);
      const sources = [...new Map(observed.map(({ o }) => [o.key, `${o.label}, from ${o.source}`])).values()];
      return { caption: `${spec.title}, by day (${spec.panels.map((p) => p.label).join('; ')})${changes.length ? `. Dated changes: ${changes.join('; ')}` : ''}${sources.length ? `. ${sources.join('. ')}` : ''}`, columns, rows };
    }
    case 'bars': {
      const observed = [...new Map(spec.groups.flatMap((g) => g.observed ?? []).map((o) => [o.key, o.label])).entries()];
      const columns = ['measure', ...spec.tracks.flatMap((t) => [`${t.style.label}: mean`, `${t.style.label}: 95% CI`]), ...observed.map(([, label]) => label)];
      const rows = spec.groups.map((g) => [
        g.label,
        ...spec.tracks.flatMap((t) => {
          const v = t.values[g.id];
          return v ? [formatValue(v.mean, spec.unit), ci(v.ci95[0], v.ci95[1], spec.unit)] : ['', ''];
        }),
        ...observed.map(([key]) => {
          const o = g.observed?.find((x) => x.key === key);
          return o ? formatValue(o.value, spec.unit) : '';
        }),
      ]);
      return { caption: `${spec.title}, over the horizon, mean across replications${observed.length ? '; published totals over the same months beside them' : ''}`, columns, rows };
    }
    case 'custody': {
      const columns = ['hours in custody', ...spec.tracks.map((t) => `${t.style.label}: share`)];
      const bins = Math.max(0, ...spec.tracks.map((t) => t.shares.length));
      const rows = Array.from({ length: bins }, (_, i) => [
        i === bins - 1 ? `${i * spec.binHours} or more` : `${i * spec.binHours} – ${(i + 1) * spec.binHours}`,
        ...spec.tracks.map((t) => (i < t.shares.length ? formatValue(t.shares[i], 'share') : '')),
      ]);
      return { caption: `${spec.title}: share of people by hours in custody`, columns, rows };
    }
  }
}
