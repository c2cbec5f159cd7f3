import { describe, expect, it } from 'vitest';
import type { ScenarioComparison } from '../../../sim/report/index.ts';
import { headline } from '../../../ui/tables/headline.ts';
import { threeScenarios } from '../fixtures.ts';

const views = threeScenarios();
const summaries = views.map((v) => v.summary!);

/** A comparison in which every metric differs by `mean` within [lo, hi], except those in `set`. */
function comparison(reps: number, set: Record<string, [number, number, number]>, rest: [number, number, number] = [0, -1, 1]): ScenarioComparison {
  const metrics = Object.fromEntries(Object.entries(summaries[0]!.metrics).map(([id, m]) => {
    const [mean, lo, hi] = set[id] ?? rest;
    return [id, { unit: m.unit, mean, ci95: [lo, hi] as const, sd: 1, n: reps }];
  }));
  return { scenario: 'x', reference: 'Baseline', reps, seed: 11, metrics: metrics as ScenarioComparison['metrics'] };
}

const scenarios = [
  { name: 'Baseline', change: '', summary: summaries[0]! },
  { name: 'MPP reinstated', change: 'a court order reinstates MPP on day 120', summary: summaries[1]! },
];

describe('the headline', () => {
  it('names only differences whose interval excludes zero, largest first, with their intervals', () => {
    const c = comparison(10, { 'dispositions.mpp': [73_800, 70_000, 77_600], 'shelters.unsheltered.mean': [16_700, 12_000, 21_400], 'bp.occupancy.mean': [900, -100, 1900] });
    const [line] = headline(scenarios, [c]);
    expect(line).toContain('MPP reinstated (a court order reinstates MPP on day 120), against Baseline:');
    expect(line).toContain('returned to Mexico (MPP) +73,800 (95% CI +70,000 to +77,600)');
    expect(line).toContain('unsheltered in Mexican cities +16,700');
    expect(line!.indexOf('returned to Mexico')).toBeLessThan(line!.indexOf('unsheltered'));
    expect(line).not.toContain('Border Patrol custody +');
    expect(line).toContain('no clear change in Border Patrol custody');
  });

  it('says when no main measure differs clearly', () => {
    expect(headline(scenarios, [comparison(10, {})])[0]).toBe('MPP reinstated (a court order reinstates MPP on day 120): no clear difference from Baseline in any main measure.');
  });

  it('leads with the change alone when it starts with the scenario name', () => {
    const named = [scenarios[0]!, { ...scenarios[1]!, change: 'MPP reinstated by a court order on day 120' }];
    expect(headline(named, [comparison(10, {})])[0]).toMatch(/^MPP reinstated by a court order on day 120: no clear difference/);
  });

  it('names no difference after one replication, whose interval is undefined', () => {
    const c = comparison(1, { 'dispositions.mpp': [73_800, Number.NaN, Number.NaN] });
    expect(headline(scenarios, [c])[0]).toMatch(/with one replication, no difference from Baseline can be told from chance/);
  });

  it('gives the main figures of a scenario alone, and nothing before results', () => {
    expect(headline(scenarios.slice(0, 1), [])[0]).toMatch(/^Baseline: [\d,]+ in Border Patrol custody on average, [\d,]+ in ICE detention on average; [\d,]+ court cases pending at the end\.$/);
    expect(headline([{ name: 'Baseline', change: '', summary: null }], [])).toEqual([]);
  });
});
