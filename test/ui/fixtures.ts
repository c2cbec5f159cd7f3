/**
 * Seeded chart fixtures: scenario aggregates shaped like the model's output (every series and
 * metric id of the contracts), generated from a fixed seed so chart snapshots are stable.
 */
import { randomLcg } from 'd3';
import { METRICS, type MetricId } from '../../sim/model/metrics.ts';
import type { MetricSummary } from '../../sim/model/result.ts';
import type { ScenarioComparison } from '../../sim/report/index.ts';
import type { ChartOptions } from '../../ui/charts/chartCatalog.ts';
import type { ScenarioFacts } from '../../ui/state/scenarioFacts.ts';
import { SERIES, type SeriesId } from '../../sim/model/series.ts';
import { scenarioStyle } from '../../ui/charts/palette.ts';
import type { ScenarioView } from '../../ui/charts/scenarioView.ts';
import type { Band } from '../../ui/charts/timeSeriesChart.ts';

const CAPACITY: Partial<Record<SeriesId, number>> = { 'bp.capacity': 5000, 'ofo.capacity': 1200, 'detention.capacity': 34000, 'shelters.capacity': 3000 };
const LEVEL: Partial<Record<SeriesId, number>> = {
  'bp.occupancy': 4200,
  'ofo.occupancy': 900,
  'detention.occupancy': 31000,
  'shelters.occupancy': 2600,
  'cbpone.waitingList': 40000,
  'court.backlog': 2_400_000,
};

/** A small string hash, so each id draws from its own stream: adding an id elsewhere never shifts the others. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/** A scenario's aggregates over `days` days; `scale` shifts its levels so scenarios differ. */
export function fixtureView(index: number, label: string, opts: { seed: number; days: number; scale: number; reps?: number; policyDay?: number }): ScenarioView {
  const bands = {} as Record<SeriesId, Band>;
  for (const def of SERIES) {
    const rand = randomLcg(hash(`${opts.seed}:${def.id}`));
    const mean = new Float64Array(opts.days);
    const lo = new Float64Array(opts.days);
    const hi = new Float64Array(opts.days);
    const cap = CAPACITY[def.id];
    const level = (LEVEL[def.id] ?? 500) * opts.scale;
    for (let d = 0; d < opts.days; d++) {
      const trend = 0.8 + 0.4 * Math.sin((d / opts.days) * Math.PI) + (def.id === 'court.backlog' || def.id === 'cbpone.waitingList' ? d / opts.days : 0);
      const v = cap !== undefined ? cap : Math.round(level * trend * (0.95 + 0.1 * rand()));
      const half = cap !== undefined ? 0 : Math.round(v * (0.04 + 0.03 * rand()));
      mean[d] = v;
      lo[d] = v - half;
      hi[d] = v + half;
    }
    bands[def.id] = { mean, lo, hi };
  }
  // Days over capacity as the model reports them: the share of replications over on each day.
  for (const [over, level, capacity] of [['bp.overCapacity', 'bp.occupancy', 'bp.capacity'], ['detention.overCapacity', 'detention.occupancy', 'detention.capacity']] as const) {
    const share = Float64Array.from({ length: opts.days }, (_, d) => (bands[level].hi[d]! <= bands[capacity].mean[d]! ? 0 : bands[level].mean[d]! > bands[capacity].mean[d]! ? 1 : 0.5));
    bands[over] = { mean: share, lo: share, hi: share };
  }
  const metrics = {} as Record<MetricId, MetricSummary>;
  for (const def of METRICS) {
    const rand = randomLcg(hash(`${opts.seed}:${def.id}`));
    const base = def.unit === 'share' ? 0.2 * rand() : def.unit === 'hours' ? 30 + 40 * rand() : def.unit === 'USD' ? 2e9 * (0.5 + rand()) : 1000 + 50000 * rand();
    const mean = base * opts.scale;
    const half = mean * 0.05;
    metrics[def.id] = { unit: def.unit, mean, ci95: [mean - half, mean + half], sd: half, n: opts.reps ?? 5 };
  }
  const shares = new Float64Array(20);
  let total = 0;
  for (let i = 0; i < shares.length; i++) total += shares[i] = Math.exp(-((i - 6 * opts.scale) ** 2) / 18) + 0.01;
  for (let i = 0; i < shares.length; i++) shares[i] /= total;
  return {
    style: scenarioStyle(index, label),
    bands,
    days: opts.days,
    summary: { scenario: label, reps: opts.reps ?? 5, seed: opts.seed, metrics },
    custody: { binHours: 6, shares },
    policyChangeDays: opts.policyDay !== undefined ? [opts.policyDay] : [],
    reps: opts.reps ?? 5,
  };
}

/** One baseline alone. */
export function singleScenario(): ScenarioView[] {
  return [fixtureView(0, 'Baseline', { seed: 11, days: 120, scale: 1.2, policyDay: 60 })];
}

/** A baseline and two alternatives. */
export function threeScenarios(): ScenarioView[] {
  return [
    fixtureView(0, 'Baseline', { seed: 11, days: 120, scale: 1.2, policyDay: 60 }),
    fixtureView(1, 'MPP reinstated', { seed: 12, days: 120, scale: 0.9, policyDay: 30 }),
    fixtureView(2, 'More judges', { seed: 13, days: 120, scale: 1.0 }),
  ];
}

/**
 * Paired comparisons of scenarios 1.. with scenario 0, as `sim/report` shapes them: the
 * difference of the fixture means, with an interval a tenth of the difference wide (so every
 * difference is clear of zero, except where the means are equal).
 */
export function fixtureComparisons(views: readonly ScenarioView[]): ScenarioComparison[] {
  const base = views[0]!.summary!;
  return views.slice(1).map((v) => {
    const metrics = {} as ScenarioComparison['metrics'];
    for (const def of METRICS) {
      const mean = v.summary!.metrics[def.id].mean - base.metrics[def.id].mean;
      const half = Math.abs(mean) * 0.05;
      metrics[def.id] = { unit: def.unit, mean, ci95: [mean - half, mean + half], sd: half, n: v.reps };
    }
    return { scenario: v.style.label, reference: views[0]!.style.label, reps: v.reps, seed: 11, metrics };
  });
}

/** Chart options for fixture views: a start date, and dated changes for some scenarios. */
export function fixtureOptions(views: readonly ScenarioView[], horizonDays = 120): ChartOptions {
  const changes: Record<number, ScenarioFacts['changes']> = {
    0: [{ day: 60, kind: 'policy', text: 'court order reinstates MPP' }],
    1: [{ day: 30, kind: 'schedule', text: 'ICE detention beds 41,500 → 25,000' }, { day: 60, kind: 'policy', text: 'court order reinstates MPP' }],
    2: [{ day: 45, kind: 'surge', text: 'crossings between ports ×2' }, { day: 90, kind: 'surge', text: 'crossings between ports back to ×1' }],
  };
  return {
    horizonDays,
    showBands: true,
    scenarios: views.map((_, i) => ({ startDate: '2023-10-01', days: horizonDays, changes: changes[i] ?? [] })),
    comparisons: views.length > 1 ? fixtureComparisons(views) : [],
  };
}

/** Four scenarios, the most a comparison holds. */
export function fourScenarios(): ScenarioView[] {
  return [
    ...threeScenarios(),
    fixtureView(3, 'Appointments doubled to 2,900 a day', { seed: 14, days: 120, scale: 1.1 }),
  ];
}
