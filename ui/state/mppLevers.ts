/**
 * MPP ("Remain in Mexico") as two levers: on/off, and the day it starts. MPP is a rule of
 * the disposition policy; switching it on adds a dated policy change with an MPP rule.
 */
import type { Lever, Schema } from './leverTypes.ts';
import { isPlainObject } from './safeJson.ts';
import { getAtPath, type JsonValue } from './scenarioEntry.ts';
import { fieldInfo } from './schemaFields.ts';

type Rec = Record<string, unknown>;
const recs = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isPlainObject) : []);
const isMpp = (rule: Rec) => rule.rule === 'mpp' && (typeof rule.share !== 'number' || rule.share > 0) && (typeof rule.maxPerDay !== 'number' || rule.maxPerDay > 0);
const hasMpp = (policy: unknown) => isPlainObject(policy) && recs(policy.rules).some(isMpp);

/** Title of the policy change the MPP switch adds (and removes). */
export const MPP_CHANGE_TITLE = 'MPP starts';

/**
 * The MPP rule the switch adds when a scenario has none, after the model's "MPP reinstated"
 * preset: non-Mexican adults and families crossing between ports, up to 300 people a day.
 */
function mppRule(scenario: unknown): Rec {
  const ids = recs(getAtPath(scenario, 'population.nationalities')).map((n) => String(n.id)).filter((id) => id !== 'mexico');
  return { rule: 'mpp', when: { nationalities: ids, demographics: ['singleAdult', 'familyUnit'], routes: ['betweenPorts'] }, share: 1, maxPerDay: 300, note: 'returned to Mexico under MPP' };
}

/** Where MPP goes in a rule list: after rules for appointment holders only and for Mexicans only. */
function withMpp(rules: Rec[], rule: Rec): Rec[] {
  const first = (r: Rec) => {
    const when = isPlainObject(r.when) ? r.when : {};
    const routes = Array.isArray(when.routes) ? when.routes : null;
    const nats = Array.isArray(when.nationalities) ? when.nationalities : null;
    return (routes !== null && !routes.includes('betweenPorts')) || (nats !== null && nats.every((n) => n === 'mexico'));
  };
  let i = 0;
  while (i < rules.length && first(rules[i])) i++;
  return [...rules.slice(0, i), rule, ...rules.slice(i)];
}

/** The day MPP starts: 0 if the starting policy has it, else the first policy change that has it, else null. */
function mppDay(scenario: unknown): number | null {
  if (hasMpp(getAtPath(scenario, 'policy'))) return 0;
  const change = recs(getAtPath(scenario, 'policyChanges')).find((c) => hasMpp(c.policy));
  return change && typeof change.day === 'number' ? change.day : null;
}

/** MPP on/off and the day it starts ("MPP on/off and from which day"). */
export function mppLevers(schema: Schema): Lever[] {
  const changesInfo = fieldInfo(schema, 'policyChanges');
  if (!changesInfo) return [];
  const describe = 'Migrant Protection Protocols: people returned to Mexico to await their hearings. Switching it on adds, from the given day, a rule returning non-Mexican adults and families who cross between ports (up to 300 a day, as in the "MPP reinstated" preset); switching it off removes every MPP rule.';
  const setDay = (scenario: unknown, day: number): Record<string, JsonValue> => {
    const start = getAtPath(scenario, 'policy') as Rec;
    const changes = recs(getAtPath(scenario, 'policyChanges'));
    const current = mppDay(scenario);
    let nextStart = start;
    let nextChanges = changes;
    if (current === 0) {
      // Move MPP out of the starting policy into a change on `day`.
      nextStart = { ...start, rules: recs(start.rules).filter((r) => !isMpp(r)) };
      nextChanges = [...changes, { day, title: MPP_CHANGE_TITLE, policy: start }];
    } else {
      const i = changes.findIndex((c) => hasMpp(c.policy));
      nextChanges = changes.map((c, j) => (j === i ? { ...c, day } : c));
    }
    nextChanges = [...nextChanges].sort((a, b) => Number(a.day) - Number(b.day));
    return { 'policy.rules': nextStart.rules as JsonValue, policyChanges: nextChanges as unknown as JsonValue };
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
      const start = getAtPath(s, 'policy') as Rec;
      const changes = recs(getAtPath(s, 'policyChanges'));
      if (!v) {
        const strip = (p: Rec): Rec => ({ ...p, rules: recs(p.rules).filter((r) => r.rule !== 'mpp') });
        return {
          'policy.rules': strip(start).rules as JsonValue,
          policyChanges: changes.filter((c) => c.title !== MPP_CHANGE_TITLE).map((c) => ({ ...c, policy: strip(c.policy as Rec) })) as unknown as JsonValue,
        };
      }
      if (mppDay(s) !== null) return {};
      const horizon = typeof getAtPath(s, 'days') === 'number' ? (getAtPath(s, 'days') as number) : 365;
      const day = Math.min(120, Math.max(0, horizon - 1));
      const policy = { ...start, rules: withMpp(recs(start.rules), mppRule(s)) };
      const next = [...changes, { day, title: MPP_CHANGE_TITLE, policy }].sort((a, b) => Number(a.day) - Number(b.day));
      return { policyChanges: next as unknown as JsonValue };
    },
    note: () => null,
  };
  const from: Lever = {
    id: 'mpp.fromDay',
    group: 'policy',
    label: 'MPP from day',
    unit: 'day',
    paths: ['policy.rules', 'policyChanges'],
    control: { type: 'number', info: { path: 'policyChanges', type: 'integer', minimum: 0, description: `First simulated day on which MPP applies (day 0 is the scenario's start date). ${describe}` }, sliderMax: 365, step: 1, percent: false },
    read: (s) => mppDay(s),
    write: (v, s) => setDay(s, Number(v)),
    note: () => null,
  };
  return [on, from];
}
