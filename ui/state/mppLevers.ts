/**
 * MPP ("Remain in Mexico") as two levers: on/off, and the day it starts. MPP is a rule of
 * the disposition policy; switching it on adds the "MPP reinstated" preset's policy change
 * (its rule, at its position in the rule list) on the chosen day, so the rule is defined once,
 * in that preset.
 */
import { MPP_REINSTATEMENT } from '../../sim/model/presets.ts';
import type { Lever, Schema } from './leverTypes.ts';
import { isPlainObject } from './safeJson.ts';
import { getAtPath, type JsonValue } from './scenarioEntry.ts';
import { requireField } from './schemaFields.ts';

type Rec = Record<string, unknown>;
const recs = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isPlainObject) : []);
const isMpp = (rule: Rec) => rule.rule === 'mpp' && (typeof rule.share !== 'number' || rule.share > 0) && (typeof rule.maxPerDay !== 'number' || rule.maxPerDay > 0);
const rulesOf = (policy: unknown) => (isPlainObject(policy) ? recs(policy.rules) : []);
const withoutMpp = (rules: Rec[]) => rules.filter((r) => r.rule !== 'mpp');

/** Title of the policy change the MPP switch adds (and removes). */
export const MPP_CHANGE_TITLE = 'MPP starts';

/** Whether a change brings an MPP rule in (a whole policy with one, or added rules with one). */
const bringsMpp = (c: Rec) => rulesOf(c.policy).some(isMpp) || (isPlainObject(c.addRules) && recs(c.addRules.rules).some(isMpp));

/** The day MPP starts: 0 if the starting policy has it, else the first policy change that brings it, else null. */
function mppDay(scenario: unknown): number | null {
  if (rulesOf(getAtPath(scenario, 'policy')).some(isMpp)) return 0;
  const days = recs(getAtPath(scenario, 'policyChanges')).filter(bringsMpp).map((c) => c.day).filter((d): d is number => typeof d === 'number');
  return days.length > 0 ? Math.min(...days) : null;
}

/** The change that adds the preset's MPP rule on `day`. */
const mppChange = (day: number): Rec => ({ day, title: MPP_CHANGE_TITLE, addRules: { at: MPP_REINSTATEMENT.at, rules: [MPP_REINSTATEMENT.rule] } });

/** A change with its MPP rules taken out, or null when nothing is left of it. */
function stripChange(c: Rec): Rec | null {
  if (isPlainObject(c.policy)) return { ...c, policy: { ...c.policy, rules: withoutMpp(recs(c.policy.rules)) } };
  const added = isPlainObject(c.addRules) ? withoutMpp(recs(c.addRules.rules)) : [];
  const { addRules: _dropped, ...rest } = c;
  if (added.length > 0 && isPlainObject(c.addRules)) return { ...rest, addRules: { ...c.addRules, rules: added } };
  return Array.isArray(c.removeRules) && c.removeRules.length > 0 ? rest : null;
}

const byDay = (changes: Rec[]) => [...changes].sort((a, b) => Number(a.day) - Number(b.day));

/** MPP on/off and the day it starts ("MPP on/off and from which day"). */
export function mppLevers(schema: Schema): Lever[] {
  requireField(schema, 'policyChanges');
  const r = MPP_REINSTATEMENT.rule;
  const quota = typeof r.maxPerDay === 'number' ? `, up to ${r.maxPerDay.toLocaleString('en-US')} people a day` : '';
  const describe = `Migrant Protection Protocols: people returned to Mexico to await their hearings. Switching it on adds, from the given day, the rule of the "MPP reinstated" preset (${r.note ?? 'MPP'}${quota}); switching it off removes every MPP rule.`;
  const off = (s: unknown): Record<string, JsonValue> => ({
    'policy.rules': withoutMpp(rulesOf(getAtPath(s, 'policy'))) as JsonValue,
    policyChanges: recs(getAtPath(s, 'policyChanges')).map(stripChange).filter((c): c is Rec => c !== null) as unknown as JsonValue,
  });
  const setDay = (s: unknown, day: number): Record<string, JsonValue> => {
    const changes = recs(getAtPath(s, 'policyChanges'));
    if (mppDay(s) === 0) {
      // MPP in the starting policy moves into a change on `day`.
      return { 'policy.rules': withoutMpp(rulesOf(getAtPath(s, 'policy'))) as JsonValue, policyChanges: byDay([...changes, mppChange(day)]) as unknown as JsonValue };
    }
    const first = changes.findIndex((c) => bringsMpp(c) && c.day === mppDay(s));
    return { policyChanges: byDay(changes.map((c, j) => (j === first ? { ...c, day } : c))) as unknown as JsonValue };
  };
  const on: Lever = {
    id: 'mpp.on',
    group: 'policy',
    label: 'MPP (Remain in Mexico)',
    unit: '',
    paths: ['policy.rules', 'policyChanges'],
    control: { type: 'boolean', info: { path: 'policyChanges', type: 'boolean', description: describe } },
    read: (s) => mppDay(s) !== null,
    write: (v, s): Record<string, JsonValue> => {
      if (!v) return off(s);
      if (mppDay(s) !== null) return {};
      const horizon = typeof getAtPath(s, 'days') === 'number' ? (getAtPath(s, 'days') as number) : 365;
      const day = Math.min(MPP_REINSTATEMENT.day, Math.max(0, horizon - 1));
      return { policyChanges: byDay([...recs(getAtPath(s, 'policyChanges')), mppChange(day)]) as unknown as JsonValue };
    },
    note: () => null,
  };
  const from: Lever = {
    id: 'mpp.fromDay',
    group: 'policy',
    label: 'MPP from day',
    unit: 'day',
    paths: ['policy.rules', 'policyChanges'],
    control: { type: 'number', info: { path: 'policyChanges', type: 'integer', minimum: 0, unit: 'day', description: `First simulated day on which MPP applies (day 0 is the scenario's start date). ${describe}` }, sliderMax: (s) => (typeof getAtPath(s, 'days') === 'number' ? (getAtPath(s, 'days') as number) - 1 : 364), step: 1, percent: false },
    read: (s) => mppDay(s),
    write: (v, s) => setDay(s, Number(v)),
    note: () => null,
  };
  return [on, from];
}
