import { describe, expect, it } from 'vitest';
import { createReplication, presets, validateScenario } from '../../../sim/model/index.ts';
import type { ReplicationResult } from '../../../sim/model/result.ts';
import { pairedComparison, viewBuffers, viewData } from '../../../ui/run/aggregate.ts';
import { createReportApi, type SnapshotItem } from '../../../ui/run/reportApi.ts';

function run(days: number, replication: number, beds?: number): ReplicationResult {
  const v = validateScenario({ base: 'baseline', days, ...(beds ? { detention: { beds } } : {}) }, presets);
  if (!v.ok) throw new Error('invalid');
  const r = createReplication(v.scenario, { seed: 3, replication });
  r.advance(days);
  return r.snapshot();
}

/** A report API whose aggregations are counted. */
function counted() {
  const calls = { view: 0, compare: 0 };
  const api = createReportApi({
    viewData: (...a: Parameters<typeof viewData>) => { if (a[2].length > 0) calls.view++; return viewData(...a); },
    pairedComparison: (...a: Parameters<typeof pairedComparison>) => { calls.compare++; return pairedComparison(...a); },
  });
  return { api, calls };
}

const baseline = [run(4, 0), run(4, 1), run(4, 2)];
const beds = [run(4, 0, 20000), run(4, 1, 20000)];
const running = run(2, 2, 20000);

describe('the report API', () => {
  it('aggregates a set of finished replications once, however often a redraw asks while another scenario runs', () => {
    const { api, calls } = counted();
    for (const r of baseline) api.put('A', r);
    const items = (partial: ReplicationResult | null): SnapshotItem[] => [
      { tag: 'A', name: 'Baseline', replications: [0, 1, 2], partial: null },
      { tag: 'B', name: 'Beds', replications: [], partial },
    ];
    const first = api.snapshot(3, items(running));
    for (let k = 0; k < 4; k++) api.snapshot(3, items(running));
    expect(calls.view).toBe(1);
    // The same numbers as aggregated afresh, and every snapshot's arrays its own (they are transferred).
    const again = api.snapshot(3, items(running));
    expect(again.views[0]!.summary).toEqual(viewData('Baseline', 3, baseline, null).summary);
    expect(again.views[0]!.bands!['bp.occupancy'].mean).toEqual(viewData('Baseline', 3, baseline, null).bands!['bp.occupancy'].mean);
    expect(again.views[0]!.bands!['bp.occupancy'].mean).not.toBe(first.views[0]!.bands!['bp.occupancy'].mean);
    expect(again.views[1]!.days).toBe(running.days);
  });

  it('aggregates again when a scenario has a new finished replication, and compares each pair of sets once', () => {
    const { api, calls } = counted();
    for (const r of baseline) api.put('A', r);
    api.put('B', beds[0]!);
    const items = (reps: number[]): SnapshotItem[] => [
      { tag: 'A', name: 'Baseline', replications: [0, 1, 2], partial: null },
      { tag: 'B', name: 'Beds', replications: reps, partial: null },
    ];
    const one = api.snapshot(3, items([0]));
    api.snapshot(3, items([0]));
    expect(calls).toEqual({ view: 2, compare: 1 });
    api.put('B', beds[1]!);
    const two = api.snapshot(3, items([0, 1]));
    expect(calls).toEqual({ view: 3, compare: 2 });
    expect(one.comparisons[0]).toEqual(pairedComparison('Baseline', baseline, 'Beds', [beds[0]!]));
    expect(two.comparisons[0]).toEqual(pairedComparison('Baseline', baseline, 'Beds', beds));
    expect(two.views[1]!.reps).toBe(2);
  });

  it('forgets the aggregates of scenarios it is told to forget', () => {
    const { api, calls } = counted();
    for (const r of baseline) api.put('A', r);
    const items: SnapshotItem[] = [{ tag: 'A', name: 'Baseline', replications: [0, 1, 2], partial: null }];
    api.snapshot(3, items);
    api.keep(['A']);
    api.snapshot(3, items);
    expect(calls.view).toBe(1);
    api.keep([]);
    for (const r of baseline) api.put('A', r);
    api.snapshot(3, items);
    expect(calls.view).toBe(2);
  });

  it('draws the charts of a snapshot after the page\'s copies were transferred away, and aggregates only copies to the page', () => {
    const { api } = counted();
    for (const r of baseline) api.put('A', r);
    const items: SnapshotItem[] = [
      { tag: 'A', name: 'Baseline', replications: [0, 1, 2], partial: null },
      { tag: 'B', name: 'Beds', replications: [], partial: running },
    ];
    const request = (generation: number) => ({ generation, options: { horizonDays: 4, showBands: true }, names: ['Baseline', 'Beds'] });
    const drawn = (generation: number) => JSON.stringify(api.draw(generation, 'bp', 600, null));
    const first = api.snapshot(3, items, request(1));
    const before = drawn(1);
    // What a transfer to the page does: the sender's arrays are detached (emptied).
    structuredClone(first, { transfer: first.views.flatMap(viewBuffers) });
    expect(first.views[0]!.bands!['bp.occupancy'].mean.length).toBe(0);
    expect(drawn(1)).toBe(before);
    expect(before).toContain('"node"');
    const second = api.snapshot(3, items, request(2));
    expect(second.views[0]!.bands!['bp.occupancy'].mean).toEqual(viewData('Baseline', 3, baseline, null).bands!['bp.occupancy'].mean);
    expect(second.views[1]!.days).toBe(running.days);
    expect(drawn(2)).toBe(before);
  });
});
