/**
 * Aggregates of a scenario's replications for drawing, computed with `sim/report` (daily
 * bands, summaries, paired comparisons): the UI computes no statistic its own way. Runs in
 * the report worker, so the page's main thread is never blocked by aggregation.
 */
import type { ReplicationResult, ScenarioSummary } from '../../sim/model/result.ts';
import type { SeriesId } from '../../sim/model/series.ts';
import { compareResults, dailyBands, summarizeScenario, type DailyBand, type ScenarioComparison } from '../../sim/report/index.ts';

/** A scenario's aggregates, as far as its run has got (structured-clone friendly). */
export interface ViewData {
  /** Daily mean and 95% band of every series, or null before any data. */
  readonly bands: Record<SeriesId, DailyBand> | null;
  /** Days with data. */
  readonly days: number;
  /** Summary over finished replications, or null before the first finishes. */
  readonly summary: ScenarioSummary | null;
  /** Custody-time shares pooled over finished replications, or null. */
  readonly custody: { readonly binHours: number; readonly shares: Float64Array } | null;
  readonly policyChangeDays: readonly number[];
  /** Finished replications. */
  readonly reps: number;
}

/**
 * Custody-time distribution pooled over replications: each bin's count summed over the
 * replications, divided by the total count. (A distribution for drawing, not a metric.)
 */
export function pooledCustodyShares(results: readonly ReplicationResult[]): { binHours: number; shares: Float64Array } | null {
  if (results.length === 0) return null;
  const bins = Math.max(...results.map((r) => r.custodyHistogram.counts.length));
  const sums = new Float64Array(bins);
  for (const r of results) r.custodyHistogram.counts.forEach((c, i) => (sums[i] += c));
  const total = sums.reduce((a, b) => a + b, 0);
  return { binHours: results[0].custodyHistogram.binHours, shares: sums.map((c) => (total > 0 ? c / total : 0)) };
}

/** The view of one scenario: finished replications if any, else the running first one (cut at its day). */
export function viewData(name: string, seed: number, results: readonly ReplicationResult[], partial: ReplicationResult | null): ViewData {
  if (results.length > 0) {
    return {
      bands: dailyBands(results),
      days: Math.min(...results.map((r) => r.days)),
      summary: summarizeScenario(name, seed, results),
      custody: pooledCustodyShares(results),
      policyChangeDays: results[0].policyChangeDays,
      reps: results.length,
    };
  }
  if (partial && partial.days > 0) return { bands: dailyBands([partial]), days: partial.days, summary: null, custody: null, policyChangeDays: partial.policyChangeDays, reps: 0 };
  return { bands: null, days: 0, summary: null, custody: null, policyChangeDays: [], reps: 0 };
}

/**
 * Paired comparison with the reference over the replications both have finished (all of
 * them once the run is done: then the numbers are those of the CLI's `compare`).
 */
export function pairedComparison(referenceName: string, reference: readonly ReplicationResult[], name: string, other: readonly ReplicationResult[]): ScenarioComparison | null {
  const mine = new Set(other.map((r) => r.replication));
  const common = new Set(reference.map((r) => r.replication).filter((k) => mine.has(k)));
  if (common.size === 0) return null;
  return compareResults(
    { scenario: referenceName, results: reference.filter((r) => common.has(r.replication)) },
    { scenario: name, results: other.filter((r) => common.has(r.replication)) },
  );
}

/** Buffers of a view's typed arrays, for transfer back to the page. */
export function viewBuffers(view: ViewData): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  if (view.bands) for (const b of Object.values(view.bands) as DailyBand[]) for (const a of [b.mean, b.lo, b.hi]) out.add(a.buffer as ArrayBuffer);
  if (view.custody) out.add(view.custody.shares.buffer as ArrayBuffer);
  return [...out];
}
