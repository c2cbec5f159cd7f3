import { describe, expect, it } from 'vitest';
import { presets } from '../../../sim/model/index.ts';
import { policyTimeline } from '../../../sim/model/schema/policyTimeline.ts';
import { scenario } from '../helpers.ts';

describe('policyTimeline', () => {
  it('adds rules to the policy in force at the position given, leaving the rest of it as it was', () => {
    const s = scenario({}, 'mpp-reinstated');
    const [change] = policyTimeline(s);
    expect(change!.day).toBe(120);
    const before = s.policy.rules.map((r) => r.rule);
    expect(change!.policy.rules.map((r) => r.rule)).toEqual([...before.slice(0, 2), 'mpp', ...before.slice(2)]);
    expect(change!.policy.otherwise).toBe(s.policy.otherwise);
  });

  it('applies each change to the policy the previous change left, in order of day', () => {
    const s = scenario({
      policyChanges: [
        { day: 50, removeRules: ['mpp'] },
        { day: 10, addRules: { rules: [{ rule: 'mpp', maxPerDay: 10 }] } },
      ],
    });
    const [first, second] = policyTimeline(s);
    expect([first!.day, second!.day]).toEqual([10, 50]);
    expect(first!.policy.rules.at(-1)!.rule).toBe('mpp');
    expect(second!.policy.rules.map((r) => r.rule)).toEqual(s.policy.rules.map((r) => r.rule));
  });

  it('replaces the policy in force with a whole policy', () => {
    const s = scenario({ policyChanges: [{ day: 5, policy: { rules: [], otherwise: 'detain' } }] });
    expect(policyTimeline(s)[0]!.policy).toEqual({ rules: [], otherwise: 'detain' });
  });

  it('keeps the preset that reinstates MPP free of a copy of the default policy', () => {
    const change = (presets['mpp-reinstated']!.policyChanges ?? [])[0]!;
    expect(change.policy).toBeUndefined();
    expect(change.addRules!.rules.map((r) => r.rule)).toEqual(['mpp']);
  });
});
