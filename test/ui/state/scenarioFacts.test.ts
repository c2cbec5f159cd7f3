import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../ui/state/describeChange.ts';
import { scenarioFacts } from '../../../ui/state/scenarioFacts.ts';
import { model } from '../model.ts';

const facts = (base: string) => {
  const v = model.validate({ base });
  if (!v.ok) throw new Error('invalid');
  return scenarioFacts(v.scenario);
};

describe('scenario facts', () => {
  it('find a dated policy change, a capacity schedule and a surge with its end', () => {
    expect(facts('mpp-reinstated').changes).toEqual([{ day: 120, kind: 'policy', text: 'court order reinstates MPP' }]);
    expect(facts('detention-cut').changes).toEqual([{ day: 90, kind: 'schedule', text: 'ICE detention beds 41,500 → 25,000' }]);
    expect(facts('surge').changes.map((c) => [c.day, c.text])).toEqual([[60, 'crossings between ports ×2'], [120, 'crossings between ports back to ×1']]);
  });

  it('read the start date, and find no change in the baseline', () => {
    const f = facts('baseline');
    expect(f.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(f.changes).toEqual([]);
  });

  it('describe what a scenario changes against the baseline', () => {
    const baseline = { name: 'Baseline', base: 'baseline', overrides: {} };
    expect(describeChange({ name: 'x', base: 'surge', overrides: {} }, baseline, model)).toBe(model.presets.find((p) => p.name === 'surge')!.title);
    expect(describeChange({ name: 'x', base: 'baseline', overrides: { 'detention.beds': 20000 } }, baseline, model)).toBe('ICE detention beds 20,000');
    expect(describeChange(baseline, baseline, model)).toBe('');
  });
});
