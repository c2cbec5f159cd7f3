/**
 * What hover (or the arrow keys) reads out at a point of a chart: exact values with their
 * 95% intervals for every scenario, and any published value of that day's period, as lines of
 * text.
 */
import type { ChartSpec } from './chartCatalog.ts';
import type { PlotFrame } from './chartFrame.ts';
import { formatInterval, formatValue } from './formatValue.ts';
import { barGroupAt } from './metricBarChart.ts';
import type { ObservedShape } from './palette.ts';
import { formatDay, formatMonth } from './timeAxis.ts';

/** A readout: where it is (day, bin or group) and one line per scenario. */
export interface Readout {
  /** The data position read: a day, a bin index or a group index. */
  readonly index: number;
  /** x of the readout in SVG units (for a hover rule), or null for bar groups. */
  readonly x: number | null;
  readonly heading: string;
  /** One line per scenario (with its slot, for its swatch), per reference line (no slot) or per published series (its marker shape). */
  readonly lines: readonly { readonly key: string; readonly slot?: number; readonly kind?: 'heading' | 'capacity' | 'observed'; readonly shape?: ObservedShape; readonly text: string }[];
}

/** How a day over capacity reads: exceeded in every replication, or in a share of them. */
function overText(share: number | undefined): string {
  if (share === undefined || !(share > 0)) return '';
  return share >= 1 ? ', exceeded that day' : `, exceeded that day in ${formatValue(share, 'share')} of replications`;
}

/** The data x (day or hours) under SVG x coordinate `svgX`. */
export function dataXAt(frame: PlotFrame, svgX: number): number {
  const [d0, d1] = frame.xDomain;
  return d0 + ((svgX - frame.left) / frame.plotWidth) * (d1 - d0);
}

/** The SVG x of data x. */
export function svgXOf(frame: PlotFrame, dataX: number): number {
  const [d0, d1] = frame.xDomain;
  return frame.left + ((dataX - d0) / (d1 - d0 || 1)) * frame.plotWidth;
}

/** How many positions a chart has for keyboard stepping (days, bins or groups). */
export function positions(spec: ChartSpec): number {
  switch (spec.kind) {
    case 'timeseries':
      return Math.max(0, ...spec.panels.flatMap((p) => p.tracks.map((t) => t.days)));
    case 'custody':
      return Math.max(0, ...spec.tracks.map((t) => t.shares.length));
    case 'bars':
      return spec.tracks.length ? spec.groups.length : 0;
  }
}

/** The readout at position `index` (clamped), or null when the chart has no data. */
export function readoutAt(spec: ChartSpec, frame: PlotFrame, index: number): Readout | null {
  const n = positions(spec);
  if (n === 0) return null;
  const i = Math.max(0, Math.min(n - 1, Math.round(index)));
  switch (spec.kind) {
    case 'timeseries':
      return {
        index: i,
        x: svgXOf(frame, i),
        heading: spec.startDate ? `${formatDay(spec.startDate, i)} (day ${i})` : `Day ${i}`,
        lines: spec.panels.flatMap((panel) => [
          ...(spec.panels.length > 1 ? [{ key: `panel-${panel.id}`, kind: 'heading' as const, text: `${panel.label[0]!.toUpperCase()}${panel.label.slice(1)}:` }] : []),
          ...panel.tracks
            .filter((t) => i < t.days)
            .flatMap((t) => {
              const interval = spec.showBands ? formatInterval([t.band.lo[i]!, t.band.hi[i]!], spec.unit) : '';
              const main = { key: t.style.key, slot: Number(t.style.key), text: `${t.style.label}: ${formatValue(t.band.mean[i]!, spec.unit)}${interval ? ` ${interval}` : ''}` };
              return t.capacity ? [main, { key: `${t.style.key}-cap`, kind: 'capacity' as const, text: `  capacity ${formatValue(t.capacity[i]!, spec.unit)}${overText(t.overCapacity?.[i])}` }] : [main];
            }),
          ...(panel.observed ?? []).flatMap((o, _, all) => {
            const m = o.marks.find((k) => k.from <= i && i < k.to);
            if (!m) return [];
            // The legend names the source; with two on one panel the line says which.
            return [{ key: `observed-${o.key}`, kind: 'observed' as const, shape: o.shape, text: `Observed, ${formatMonth(m.month)}: ${formatValue(m.value, spec.unit)}${all.length > 1 ? ` (${o.label.replace(/^Observed: /, '')})` : ''}` }];
          }),
        ]),
      };
    case 'custody':
      return {
        index: i,
        x: svgXOf(frame, (i + 0.5) * spec.binHours),
        heading: i === n - 1 ? `${i * spec.binHours} hours or more` : `${i * spec.binHours}–${(i + 1) * spec.binHours} hours`,
        lines: spec.tracks.map((t) => ({ key: t.style.key, slot: Number(t.style.key), text: `${t.style.label}: ${formatValue(t.shares[i]!, 'share')} of people` })),
      };
    case 'bars': {
      const g = spec.groups[i]!;
      return {
        index: i,
        x: null,
        heading: g.label,
        lines: [
          ...spec.tracks.map((t) => {
            const v = t.values[g.id];
            const interval = v && spec.showBands ? formatInterval(v.ci95, spec.unit) : '';
            return { key: t.style.key, slot: Number(t.style.key), text: `${t.style.label}: ${v ? formatValue(v.mean, spec.unit) : '—'}${interval ? ` ${interval}` : ''}` };
          }),
          ...(g.observed ?? []).map((o, _, all) => ({ key: `observed-${o.key}`, kind: 'observed' as const, shape: o.shape, text: `Observed: ${formatValue(o.value, spec.unit)}${all.length > 1 ? ` (${o.label.replace(/^Observed: /, '')})` : ''}` })),
        ],
      };
    }
  }
}

/** The position under an SVG point, for pointer hover. */
export function positionAt(spec: ChartSpec, frame: PlotFrame, svgX: number, svgY: number): number {
  switch (spec.kind) {
    case 'timeseries':
      return Math.round(dataXAt(frame, svgX));
    case 'custody':
      return Math.floor(dataXAt(frame, svgX) / spec.binHours);
    case 'bars':
      return barGroupAt(spec, svgY - frame.top);
  }
}
