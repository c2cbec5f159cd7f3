/**
 * The report worker's API (`report.worker.ts` exposes it): keeps the finished replications of
 * the scenarios on screen and answers with their aggregates (through `sim/report`), and draws
 * the charts of the latest aggregates one at a time as the page asks for them, so neither
 * aggregation nor chart drawing blocks the page: the page only puts the drawn trees in place.
 * Results are sent once each; aggregates come back with their typed arrays transferred.
 */
import * as Comlink from 'comlink';
import type { ReplicationResult, ScenarioSummary } from '../../sim/model/result.ts';
import { summaryCsv, timeseriesCsv, comparisonCsv, type ScenarioComparison } from '../../sim/report/index.ts';
import { buildCharts, renderChart, type ChartOptions, type ChartSpec } from '../charts/chartCatalog.ts';
import type { PlotFrame } from '../charts/chartFrame.ts';
import { scenarioStyle } from '../charts/palette.ts';
import { textHash, toSvgString, type VNode } from '../charts/vnode.ts';
import { pairedComparison, viewBuffers, viewData, type ViewData } from './aggregate.ts';

/** One scenario in a snapshot request. */
export interface SnapshotItem {
  /** Identity of the scenario's results (scenario input, seed, horizon). */
  readonly tag: string;
  readonly name: string;
  /** Replications the page counts as finished (a stale store never adds more). */
  readonly replications: readonly number[];
  /** The running first replication, cut at its day, while none has finished. */
  readonly partial: ReplicationResult | null;
}

/** What the page draws: a view per scenario, and comparisons of scenarios 1.. with scenario 0. */
export interface Snapshot {
  readonly views: ViewData[];
  readonly comparisons: (ScenarioComparison | null)[];
}

/** How the charts of a snapshot are to be built: a number naming them, the options (without comparisons) and the scenario names. */
export interface ChartRequest {
  readonly generation: number;
  readonly options: Omit<ChartOptions, 'comparisons'>;
  readonly names: readonly string[];
}

/** A chart drawn at a width: its tree and plot frame, or only its hash when the page has that drawing already. */
export interface DrawnChart {
  readonly hash: number;
  readonly node?: VNode;
  readonly frame?: PlotFrame;
}

/** How finished replications are aggregated (the real ones by default; tests count calls). */
export interface Aggregation {
  readonly viewData: typeof viewData;
  readonly pairedComparison: typeof pairedComparison;
}

/** A report API with its own store of results. */
export function createReportApi(aggregation: Aggregation = { viewData, pairedComparison }) {
  const store = new Map<string, Map<number, ReplicationResult>>();

  /** The chart specs of the latest snapshots, by generation (a few kept, for drawings asked for late). */
  const chartSets = new Map<number, Map<string, ChartSpec>>();
  const KEEP_GENERATIONS = 3;

  /**
   * Aggregates of finished replications, by what they aggregate (scenario, seed, name and the
   * replications), and paired comparisons of two such sets: a redraw while one scenario runs
   * asks again for the others', which have not changed (ten finished replications of the
   * baseline year took over 100 ms to aggregate, at every redraw). The latest few are kept,
   * oldest dropped first.
   */
  interface Memo<T> { readonly tags: readonly string[]; readonly value: T }
  const viewMemo = new Map<string, Memo<ViewData>>();
  const comparisonMemo = new Map<string, Memo<ScenarioComparison | null>>();
  const MEMO_ENTRIES = 16;

  function remember<T>(memo: Map<string, Memo<T>>, key: string, tags: readonly string[], make: () => T): T {
    const known = memo.get(key);
    if (known) return known.value;
    const value = make();
    memo.set(key, { tags, value });
    if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
    return value;
  }

  const finishedKey = (seed: number, item: Pick<SnapshotItem, 'tag' | 'name' | 'replications'>, results: readonly ReplicationResult[]) =>
    JSON.stringify([item.tag, seed, item.name, results.map((r) => r.replication)]);

  /**
   * A scenario's view: of its finished replications (the same set aggregates once; the memo's
   * own, so read only), else of its running first one.
   */
  function viewOf(seed: number, item: SnapshotItem, results: readonly ReplicationResult[]): ViewData {
    if (results.length === 0) return aggregation.viewData(item.name, seed, results, item.partial);
    return remember(viewMemo, finishedKey(seed, item, results), [item.tag], () => aggregation.viewData(item.name, seed, results, null));
  }

  function resultsOf(item: Pick<SnapshotItem, 'tag' | 'replications'>): ReplicationResult[] {
    const byRep = store.get(item.tag);
    if (!byRep) return [];
    return item.replications.map((k) => byRep.get(k)).filter((r): r is ReplicationResult => r !== undefined);
  }

  const api = {
    /** Stores a finished replication under its scenario's tag. */
    put(tag: string, result: ReplicationResult): void {
      let byRep = store.get(tag);
      if (!byRep) store.set(tag, (byRep = new Map()));
      byRep.set(result.replication, result);
    },

    /** Forgets every tag not listed. */
    keep(tags: readonly string[]): void {
      const keep = new Set(tags);
      for (const t of store.keys()) if (!keep.has(t)) store.delete(t);
      for (const memo of [viewMemo, comparisonMemo] as Map<string, Memo<unknown>>[]) for (const [k, m] of memo) if (!m.tags.every((t) => keep.has(t))) memo.delete(k);
    },

    /** The replications stored under a tag. */
    stored(tag: string): number[] {
      return [...(store.get(tag)?.keys() ?? [])];
    },

    /** Aggregates of every scenario; with `charts`, also builds the charts that {@link draw} draws. */
    snapshot(seed: number, items: readonly SnapshotItem[], charts?: ChartRequest): Snapshot {
      const results = items.map(resultsOf);
      const own = items.map((item, i) => viewOf(seed, item, results[i]!));
      // The page gets copies, transferred (which empties their arrays); the charts read these.
      const views = structuredClone(own);
      const comparisons = items.slice(1).map((item, i) =>
        remember(comparisonMemo, JSON.stringify([finishedKey(seed, items[0]!, results[0]!), finishedKey(seed, item, results[i + 1]!)]), [items[0]!.tag, item.tag], () => aggregation.pairedComparison(items[0]!.name, results[0]!, item.name, results[i + 1]!)),
      );
      if (charts) {
        const kept = own.map((v, i) => ({ ...v, style: scenarioStyle(i, charts.names[i] ?? `Scenario ${i + 1}`) }));
        const specs = buildCharts(kept, { ...charts.options, comparisons });
        chartSets.set(charts.generation, new Map(specs.map((s) => [s.id, s])));
        for (const g of [...chartSets.keys()]) if (g <= charts.generation - KEEP_GENERATIONS) chartSets.delete(g);
      }
      return Comlink.transfer({ views, comparisons }, views.flatMap(viewBuffers));
    },

    /**
     * Draws chart `id` of snapshot `generation` at `width`. Answers with the hash alone when it
     * equals `known` (the page shows that drawing already), and null for an unknown chart.
     */
    draw(generation: number, id: string, width: number, known: number | null): DrawnChart | null {
      const spec = chartSets.get(generation)?.get(id);
      if (!spec) return null;
      const { node, frame } = renderChart({ ...spec, width });
      const hash = textHash(toSvgString(node));
      return hash === known ? { hash } : { hash, node, frame };
    },

    /** Summaries of finished replications (the CLI's summary JSON), for scenarios that have any. */
    summaries(seed: number, items: readonly Omit<SnapshotItem, 'partial'>[]): ScenarioSummary[] {
      return items.map((item) => aggregation.viewData(item.name, seed, resultsOf(item), null).summary).filter((s): s is ScenarioSummary => s !== null);
    },

    /** CSV exports, built here because the daily series of many replications make long text. */
    csv(kind: 'summary' | 'comparison' | 'timeseries', seed: number, items: readonly Omit<SnapshotItem, 'partial'>[]): string | null {
      if (kind === 'summary') {
        const s = api.summaries(seed, items);
        return s.length ? summaryCsv(s) : null;
      }
      if (kind === 'comparison') {
        const ref = resultsOf(items[0]);
        const list = items.slice(1).map((item) => aggregation.pairedComparison(items[0].name, ref, item.name, resultsOf(item))).filter((c): c is ScenarioComparison => c !== null);
        return list.length ? comparisonCsv(list) : null;
      }
      const runs = items.map((item) => ({ scenario: item.name, results: resultsOf(item) }));
      return runs.some((r) => r.results.length) ? timeseriesCsv(runs) : null;
    },
  };
  return api;
}

/** The report worker's API. */
export type ReportApi = ReturnType<typeof createReportApi>;
