/** The policy in force over a scenario's horizon: its starting policy, then each dated change applied in turn. */
import type { Policy, PolicyChange } from './policySchema.ts';

/** A policy taking effect on a day. */
export interface PolicyInForce {
  readonly day: number;
  readonly title: string | undefined;
  readonly policy: Policy;
}

/** The policy a change leaves in force, given the one in force before it. */
export function applyPolicyChange(current: Policy, change: PolicyChange): Policy {
  if (change.policy) return change.policy;
  const removed = change.removeRules ? current.rules.filter((r) => !change.removeRules!.includes(r.rule)) : current.rules;
  if (!change.addRules) return { ...current, rules: removed };
  const at = Math.min(change.addRules.at ?? removed.length, removed.length);
  return { ...current, rules: [...removed.slice(0, at), ...change.addRules.rules, ...removed.slice(at)] };
}

/**
 * The policies taking effect over the horizon, in order of day (changes on the same day in
 * the order given), each change resolved against the policy in force before it.
 */
export function policyTimeline(s: { readonly policy: Policy; readonly policyChanges: readonly PolicyChange[] }): PolicyInForce[] {
  const ordered = s.policyChanges.map((change, i) => ({ change, i })).sort((a, b) => a.change.day - b.change.day || a.i - b.i);
  let current = s.policy;
  return ordered.map(({ change }) => {
    current = applyPolicyChange(current, change);
    return { day: change.day, title: change.title, policy: current };
  });
}
