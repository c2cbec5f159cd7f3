/**
 * Published series on the charts, from the shipped files read as the page reads them (the
 * store and its lazy reader), checked against the CSV text read here by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import baseline from '../../../scenarios/baseline.json' with { type: 'json' };
import { OBSERVED_FILES } from '../../../sim/observed/manifest.ts';
import { buildCharts, renderChart, type ChartOptions, type ChartSpec } from '../../../ui/charts/chartCatalog.ts';
import { chartTable } from '../../../ui/charts/chartTable.ts';
import type { ObservedOverlay } from '../../../ui/charts/observedOverlay.ts';
import { readoutAt } from '../../../ui/charts/readout.ts';
import type { TimeSeriesPanel } from '../../../ui/charts/timeSeriesChart.ts';
import { toSvgString, type VNode } from '../../../ui/charts/vnode.ts';
import { ObservedStore } from '../../../ui/observed/observedStore.ts';
import { fixtureView } from '../fixtures.ts';

/** The store's overlay for a horizon, once it has read the files the horizon needs. */
async function overlayFor(startDate: string, days: number): Promise<ObservedOverlay> {
  let loaded!: () => void;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  const store = new ObservedStore({ onLoaded: () => loaded(), onError: (file, message) => { throw new Error(`${file}: ${message}`); } });
  if (store.overlay(startDate, days) === null) await ready;
  return store.overlay(startDate, days)!;
}

/** Rows `[month, series, value]` of a shipped CSV, read without the project's loader. */
function csvRows(file: string): [string, string, number][] {
  const text = readFileSync(new URL(`../../../data/observed/${file}`, import.meta.url), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  expect(lines[0]).toBe('month,series,value');
  return lines.slice(1).map((l) => {
    const [month, series, value] = l.split(',');
    return [month!, series!, Number(value)];
  });
}

const DAY_MS = 86_400_000;
/** Days from `start` (YYYY-MM-DD) to the first of month `month` (YYYY-MM), by the calendar. */
const dayOfMonthStart = (start: string, month: string) => (Date.parse(`${month}-01T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS;
const nextMonth = (month: string) => {
  const d = new Date(Date.parse(`${month}-01T00:00:00Z`));
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 7);
};

/** Charts of one scenario over `days` days from `startDate`, with the published series given. */
function charts(startDate: string, days: number, observed: ObservedOverlay | null): ChartSpec[] {
  const view = fixtureView(0, 'Baseline', { seed: 11, days, scale: 1 });
  const opts: ChartOptions = { horizonDays: days, showBands: true, scenarios: [{ startDate, days, changes: [] }], comparisons: [], observed };
  return buildCharts([view], opts);
}

const chart = (specs: ChartSpec[], id: string) => specs.find((s) => s.id === id)!;
const panel = (spec: ChartSpec, id: string) => (spec.kind === 'timeseries' ? spec.panels.find((p) => p.id === id)! : (undefined as never as TimeSeriesPanel));

function find(node: VNode, test: (n: VNode) => boolean, out: VNode[] = []): VNode[] {
  if (test(node)) out.push(node);
  for (const c of node.children) if (typeof c !== 'string') find(c, test, out);
  return out;
}

const cbpLabel = OBSERVED_FILES.find((f) => f.file === 'cbp-sw-encounters-fy2022-2024.csv')!.label;

describe('published series on the charts', () => {
  const { startDate, days } = baseline;

  it('put the baseline year\'s Border Patrol encounters on the encounters chart as each month\'s count per day, over that month', async () => {
    const specs = charts(startDate, days, await overlayFor(startDate, days));
    // Title 8 apprehensions plus Title 42 expulsions, the model's Border Patrol encounters.
    const byMonth = new Map<string, number>();
    for (const [month, series, value] of csvRows('cbp-sw-encounters-fy2022-2024.csv')) if (series === 'usbp.title8' || series === 'usbp.title42') byMonth.set(month, (byMonth.get(month) ?? 0) + value);
    const months = ['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09'];
    const expected = months.map((month) => {
      const from = dayOfMonthStart(startDate, month);
      const to = dayOfMonthStart(startDate, nextMonth(month));
      return { month, from, to, value: byMonth.get(month)! / (to - from) };
    });
    const marks = panel(chart(specs, 'encounters'), 'encounters-bp').observed!.flatMap((t) => t.marks);
    expect(marks.map((m) => [m.month, m.from, m.to])).toEqual(expected.map((m) => [m.month, m.from, m.to]));
    marks.forEach((m, i) => expect(m.value).toBeCloseTo(expected[i]!.value, 9));
    expect(expected[1]).toMatchObject({ from: 31, to: 61 }); // November 2023: days 31-60
    expect(expected[4]!.to - expected[4]!.from).toBe(29); // February 2024 has 29 days
  });

  it('draw one mark per month, centred on its month, named in the legend, summary, table and readout', async () => {
    const spec = chart(charts(startDate, days, await overlayFor(startDate, days)), 'encounters');
    const { node, frame } = renderChart(spec);
    const bp = find(node, (n) => n.attrs['data-panel'] === 'encounters-bp')[0]!;
    const marks = find(bp, (n) => n.attrs.class === 'observed-mark');
    expect(marks.map((m) => m.attrs['data-month'])).toHaveLength(12);
    const nov = marks.find((m) => m.attrs['data-month'] === '2023-11')!;
    const markerX = Number(/^M([\d.]+),/.exec(String(find(nov, (n) => n.tag === 'path')[0]!.attrs.d))![1]);
    expect(markerX).toBeCloseTo(((31 + 60) / 2 / frame.xDomain[1]) * frame.plotWidth, 0);

    expect(spec.legend).toContainEqual({ label: `Observed: ${cbpLabel}`, kind: 'observed', shape: 'diamond' });
    const nov2023 = panel(spec, 'encounters-bp').observed![0]!.marks[1]!.value;
    expect(spec.summary).toContain(`Observed: ${cbpLabel}`);
    expect(spec.summary).toContain(`Nov 2023 ${Math.round(nov2023).toLocaleString('en-US')}`);
    const table = chartTable(spec);
    const column = table.columns.findIndex((c) => c.startsWith(`Border Patrol apprehensions between ports, Observed: ${cbpLabel}`));
    expect(column).toBeGreaterThan(0);
    expect(table.rows[40]![column]).toBe(Math.round(nov2023).toLocaleString('en-US'));
    expect(table.caption).toContain(`Observed: ${cbpLabel}, from Southwest Land Border Encounters`);
    expect(readoutAt(spec, frame, 40)!.lines.map((l) => l.text)).toContain(`Observed, Nov 2023: ${Math.round(nov2023).toLocaleString('en-US')}`);
  });

  it('put ICE\'s average daily population on the detention chart as published', async () => {
    const spec = chart(charts(startDate, days, await overlayFor(startDate, days)), 'detention');
    const adp = csvRows('ice-detention-fy2024.csv').filter(([, series]) => series === 'adp.total');
    expect(panel(spec, 'detention').observed!.flatMap((t) => t.marks.map((m) => [m.month, m.value]))).toEqual(adp.map(([month, , value]) => [month, value]));
  });

  it('show nothing, and no legend entry, where the period has no published data', async () => {
    const specs = charts('2031-10-01', 365, await overlayFor('2031-10-01', 365));
    for (const spec of specs) {
      expect(spec.legend.filter((l) => l.kind === 'observed'), spec.id).toEqual([]);
      expect(spec.summary, spec.id).not.toContain('Observed');
      expect(toSvgString(renderChart(spec).node), spec.id).not.toContain('observed');
    }
  });

  it('show only periods that lie whole inside the horizon', async () => {
    const spec = chart(charts(startDate, 61, await overlayFor(startDate, 61)), 'encounters');
    expect(panel(spec, 'encounters-bp').observed!.flatMap((t) => t.marks.map((m) => m.month))).toEqual(['2023-10', '2023-11']);
    const cut = chart(charts('2023-10-15', 30, await overlayFor('2023-10-15', 30)), 'encounters');
    expect(cut.legend.filter((l) => l.kind === 'observed')).toEqual([]);
  });

  it('leave out a month the publisher covers only in part, and say why', async () => {
    const spec = chart(charts('2021-10-01', 365, await overlayFor('2021-10-01', 365)), 'detention');
    const marks = panel(spec, 'detention').observed!.flatMap((t) => t.marks.map((m) => m.month));
    expect(marks).toHaveLength(11);
    expect(marks).not.toContain('2022-09');
    expect(spec.summary).toContain('Left out: Sep 2022 (ICE\'s FY2022 workbook covers 1-24 September 2022 only');
  });

  it('tell two files that publish the same quantity apart by their marker', async () => {
    // FY2021: OHSS (rounded to 10) and CBP's MPP page both publish Border Patrol encounters.
    const spec = chart(charts('2020-10-01', 365, await overlayFor('2020-10-01', 365)), 'encounters');
    const observed = spec.legend.filter((l) => l.kind === 'observed');
    expect(observed.map((l) => l.shape)).toEqual(['diamond', 'circle']);
    expect(new Set(observed.map((l) => l.label)).size).toBe(2);
  });

  it('set a published count over the whole horizon beside the bar of the same total', async () => {
    // FY2022: Title 42 expulsions in force all year.
    const spec = chart(charts('2021-10-01', 365, await overlayFor('2021-10-01', 365)), 'dispositions');
    if (spec.kind !== 'bars') throw new Error('not bars');
    let title42 = 0;
    for (const [month, series, value] of csvRows('cbp-sw-encounters-fy2022-2024.csv')) if (series.endsWith('.title42') && month >= '2021-10' && month <= '2022-09') title42 += value;
    const expelled = spec.groups.find((g) => g.id === 'dispositions.expelled')!;
    expect(expelled.observed!.map((o) => [o.label, o.value])).toEqual([[`Observed: ${cbpLabel}`, title42]]);
    expect(spec.legend.filter((l) => l.kind === 'observed').map((l) => l.label)).toEqual([`Observed: ${cbpLabel}`]);
    expect(toSvgString(renderChart(spec).node).match(/class="observed-total"/g)).toHaveLength(1);
    // MPP 2.0 was published for December to February only: no total, and the summary says why.
    expect(spec.groups.find((g) => g.id === 'dispositions.mpp')!.observed).toEqual([]);
    expect(spec.summary).toMatch(/MPP enrollments for 3 months of the horizon only, so no total is marked/);
    const table = chartTable(spec);
    expect(table.columns.at(-1)).toBe(`Observed: ${cbpLabel}`);
    expect(table.rows.find((r) => r[0] === expelled.label)!.at(-1)).toBe(title42.toLocaleString('en-US'));
  });

  it('mark no total where a published series covers only part of the horizon', async () => {
    // FY2023: Title 42 ended on 11 May 2023, so CBP's file has expulsions for October to May only.
    const spec = chart(charts('2022-10-01', 365, await overlayFor('2022-10-01', 365)), 'dispositions');
    expect(spec.legend.filter((l) => l.kind === 'observed')).toEqual([]);
    expect(spec.summary).toContain('for 8 months of the horizon only');
  });
});
