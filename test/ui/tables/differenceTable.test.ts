import { describe, expect, it } from 'vitest';
import type { ScenarioComparison } from '../../../sim/report/index.ts';
import { differenceTable } from '../../../ui/tables/differenceTable.ts';
import { threeScenarios } from '../fixtures.ts';

const views = threeScenarios();
const summaries = views.map((v) => v.summary);

function comparison(mean: number, lo: number, hi: number): ScenarioComparison {
  const metrics = Object.fromEntries(Object.entries(summaries[0]!.metrics).map(([id, m]) => [id, { unit: m.unit, mean, ci95: [lo, hi] as const, sd: 1, n: 5 }]));
  return { scenario: 'x', reference: 'Baseline', reps: 5, seed: 11, metrics: metrics as ScenarioComparison['metrics'] };
}

describe('the table of differences', () => {
  it('has the baseline, then value and difference columns per scenario', () => {
    const t = differenceTable(['Baseline', 'A', 'B'], summaries, [null, null], ['bp.occupancy.mean']);
    expect(t.columns).toEqual(['Baseline', 'A', 'A − Baseline', 'B', 'B − Baseline']);
  });

  it('marks a difference as clear only when its interval excludes zero', () => {
    const t = differenceTable(['Baseline', 'A', 'B'], summaries, [comparison(5, 1, 9), comparison(5, -1, 11)], ['bp.occupancy.mean']);
    expect(t.rows[0].cells[2].clear).toBe(true);
    expect(t.rows[0].cells[4].clear).toBe(false);
  });

  it('shows a metric without a value (a mean over nobody) as a dash, saying why, and never as a clear difference', () => {
    const empty = { ...summaries[1]!, metrics: { ...summaries[1]!.metrics, 'detention.lengthOfStayDays.mean': { unit: 'days' as const, mean: Number.NaN, ci95: [Number.NaN, Number.NaN] as const, sd: Number.NaN, n: 0 } } };
    const t = differenceTable(['Baseline', 'A'], [summaries[0], empty], [comparison(Number.NaN, Number.NaN, Number.NaN)], ['detention.lengthOfStayDays.mean']);
    const [, value, diff] = t.rows[0]!.cells;
    expect([value!.text, value!.detail]).toEqual(['—', 'no one left detention']);
    expect([diff!.text, diff!.detail, diff!.clear]).toEqual(['—', 'no one left detention', false]);
  });

  it('shows an ellipsis while a scenario has no finished replication', () => {
    const t = differenceTable(['Baseline', 'A'], [summaries[0], null], [null], ['bp.occupancy.mean']);
    expect(t.rows[0].cells.slice(1).map((c) => c.text)).toEqual(['…', '…']);
  });
});

describe('judging a difference', () => {
  it('calls a clear rise in crowding worse and a clear fall better, with its direction', () => {
    const up = differenceTable(['Baseline', 'A'], summaries, [comparison(5, 1, 9)], ['bp.occupancy.mean']).rows[0]!.cells[2]!;
    const down = differenceTable(['Baseline', 'A'], summaries, [comparison(-5, -9, -1)], ['bp.occupancy.mean']).rows[0]!.cells[2]!;
    expect([up.direction, up.judgement]).toEqual(['up', 'worse']);
    expect([down.direction, down.judgement]).toEqual(['down', 'better']);
  });

  it('gives only the direction where better is a matter of policy aims (people paroled)', () => {
    const cell = differenceTable(['Baseline', 'A'], summaries, [comparison(5, 1, 9)], ['dispositions.parole']).rows[0]!.cells[2]!;
    expect(cell.direction).toBe('up');
    expect(cell.judgement).toBeUndefined();
  });

  it('judges nothing when the interval includes zero', () => {
    const cell = differenceTable(['Baseline', 'A'], summaries, [comparison(5, -1, 11)], ['bp.occupancy.mean']).rows[0]!.cells[2]!;
    expect(cell.direction).toBeUndefined();
    expect(cell.judgement).toBeUndefined();
  });
});
