/**
 * The report worker: keeps the finished replications of the scenarios on screen and answers
 * with their aggregates (through `sim/report`), so aggregation never blocks the page. Results
 * are sent once each; aggregates come back with their typed arrays transferred.
 */
import * as Comlink from 'comlink';
import type { ReplicationResult, ScenarioSummary } from '../../sim/model/result.ts';
import { summaryCsv, timeseriesCsv, comparisonCsv, type ScenarioComparison } from '../../sim/report/index.ts';
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

const store = new Map<string, Map<number, ReplicationResult>>();

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
  },

  /** The replications stored under a tag. */
  stored(tag: string): number[] {
    return [...(store.get(tag)?.keys() ?? [])];
  },

  snapshot(seed: number, items: readonly SnapshotItem[]): Snapshot {
    const results = items.map(resultsOf);
    const views = items.map((item, i) => viewData(item.name, seed, results[i], item.partial));
    const comparisons = items.slice(1).map((item, i) => pairedComparison(items[0].name, results[0], item.name, results[i + 1]));
    return Comlink.transfer({ views, comparisons }, views.flatMap(viewBuffers));
  },

  /** Summaries of finished replications (the CLI's summary JSON), for scenarios that have any. */
  summaries(seed: number, items: readonly Omit<SnapshotItem, 'partial'>[]): ScenarioSummary[] {
    return items.map((item) => viewData(item.name, seed, resultsOf(item), null).summary).filter((s): s is ScenarioSummary => s !== null);
  },

  /** CSV exports, built here because the daily series of many replications make long text. */
  csv(kind: 'summary' | 'comparison' | 'timeseries', seed: number, items: readonly Omit<SnapshotItem, 'partial'>[]): string | null {
    if (kind === 'summary') {
      const s = api.summaries(seed, items);
      return s.length ? summaryCsv(s) : null;
    }
    if (kind === 'comparison') {
      const ref = resultsOf(items[0]);
      const list = items.slice(1).map((item) => pairedComparison(items[0].name, ref, item.name, resultsOf(item))).filter((c): c is ScenarioComparison => c !== null);
      return list.length ? comparisonCsv(list) : null;
    }
    const runs = items.map((item) => ({ scenario: item.name, results: resultsOf(item) }));
    return runs.some((r) => r.results.length) ? timeseriesCsv(runs) : null;
  },
};

/** The report worker's API. */
export type ReportApi = typeof api;

Comlink.expose(api);
