/**
 * The page's side of the report worker: sends each finished replication once, then asks for
 * the aggregates to draw. Calls are answered in order, so a snapshot always sees every
 * replication sent before it.
 */
import * as Comlink from 'comlink';
import type { ReplicationResult, ScenarioSummary } from '../../sim/model/result.ts';
import type { ChartRequest, DrawnChart, ReportApi, Snapshot, SnapshotItem } from './reportApi.ts';

export type { ChartRequest, DrawnChart } from './reportApi.ts';

/** A scenario as the page knows it: its tag, name and finished replications. */
export interface ReportScenario {
  readonly tag: string;
  readonly name: string;
  readonly results: readonly ReplicationResult[];
  readonly partial: ReplicationResult | null;
}

/** Creates the report worker (bundled by Vite as a module worker). */
export function createReportWorker(): Worker {
  return new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'report' });
}

export class ReportClient {
  private readonly api: Comlink.Remote<ReportApi>;
  private readonly sent = new Map<string, Set<number>>();

  constructor(worker: Worker = createReportWorker()) {
    this.api = Comlink.wrap<ReportApi>(worker);
  }

  private sync(scenarios: readonly ReportScenario[]): void {
    const tags = [...new Set(scenarios.map((s) => s.tag))];
    if ([...this.sent.keys()].some((t) => !tags.includes(t))) {
      for (const t of [...this.sent.keys()]) if (!tags.includes(t)) this.sent.delete(t);
      void this.api.keep(tags);
    }
    for (const s of scenarios) {
      let sent = this.sent.get(s.tag);
      if (!sent) this.sent.set(s.tag, (sent = new Set()));
      for (const r of s.results) {
        if (sent.has(r.replication)) continue;
        sent.add(r.replication);
        void this.api.put(s.tag, r);
      }
    }
  }

  private items(scenarios: readonly ReportScenario[]): SnapshotItem[] {
    return scenarios.map((s) => ({ tag: s.tag, name: s.name, replications: s.results.map((r) => r.replication), partial: s.results.length ? null : s.partial }));
  }

  /** Views of every scenario and comparisons with the first; with `charts`, the charts to draw are built too. */
  snapshot(seed: number, scenarios: readonly ReportScenario[], charts?: ChartRequest): Promise<Snapshot> {
    this.sync(scenarios);
    return this.api.snapshot(seed, this.items(scenarios), charts);
  }

  /** Chart `id` of snapshot `generation` drawn at `width` (see the report worker's `draw`). */
  draw(generation: number, id: string, width: number, known: number | null): Promise<DrawnChart | null> {
    return this.api.draw(generation, id, width, known);
  }

  /** Summaries as the CLI writes them. */
  summaries(seed: number, scenarios: readonly ReportScenario[]): Promise<ScenarioSummary[]> {
    this.sync(scenarios);
    return this.api.summaries(seed, this.items(scenarios));
  }

  /** A CSV export, or null when there is nothing to export. */
  csv(kind: 'summary' | 'comparison' | 'timeseries', seed: number, scenarios: readonly ReportScenario[]): Promise<string | null> {
    this.sync(scenarios);
    return this.api.csv(kind, seed, this.items(scenarios));
  }
}
