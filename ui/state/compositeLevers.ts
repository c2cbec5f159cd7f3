/**
 * Levers that write more than one field or a list: total CBP One slots over ports, the first
 * surge of crossings, and the share of each rule of the starting policy.
 */
import { DISPOSITION, DISPOSITIONS } from '../../sim/model/schema/vocabulary.ts';
import { unitWords } from './fieldUnits.ts';
import type { Lever, Schema } from './leverTypes.ts';
import { isPlainObject } from './safeJson.ts';
import { getAtPath, type JsonValue } from './scenarioEntry.ts';
import { requireField } from './schemaFields.ts';
import type { NumberOpts } from './fieldLever.ts';

/** A port's slots a day: a number, or steps by day whose last value is the level reached. */
type Slots = number | readonly { fromDay: number; value: number }[];
const isSteps = (v: unknown): v is { fromDay: number; value: number }[] => Array.isArray(v) && v.every((x) => isPlainObject(x) && typeof x.value === 'number');
const finalSlots = (v: unknown): number => (typeof v === 'number' ? v : isSteps(v) && v.length ? v.reduce((a, x) => (x.fromDay >= a.fromDay ? x : a)).value : 0);
const scaleSlots = (v: unknown, f: number): Slots => (isSteps(v) ? v.map((x) => ({ ...x, value: x.value * f })) : (typeof v === 'number' ? v : 0) * f);

/**
 * Total CBP One slots per day over ports (where slots change by date, the level they reach);
 * writing scales every port's slots, and every step of a port's schedule, in proportion.
 */
export function portSlotsLever(schema: Schema): Lever | null {
  const info = requireField(schema, 'ports');
  const ports = (s: unknown) => (Array.isArray(getAtPath(s, 'ports')) ? (getAtPath(s, 'ports') as Record<string, unknown>[]) : null);
  const total = (list: Record<string, unknown>[]) => list.reduce((a, p) => a + finalSlots(p.appointmentsPerDay), 0);
  return {
    id: 'ports.appointmentsPerDay',
    group: 'policy',
    label: 'CBP One slots per day',
    unit: unitWords('people/day'),
    paths: ['ports'],
    control: { type: 'number', info: { path: 'ports', type: 'number', minimum: 0, description: `Appointment slots per day, summed over ports; changing it scales every port's slots in proportion. ${info.description}` }, sliderMax: 5000, step: 10, percent: false },
    read: (s) => {
      const list = ports(s);
      return list ? total(list) : null;
    },
    write: (v, s) => {
      const list = ports(s) ?? [];
      const before = total(list);
      const target = Number(v);
      const next = list.map((p) => ({ ...p, appointmentsPerDay: before > 0 ? scaleSlots(p.appointmentsPerDay, target / before) : target / list.length }));
      return { ports: next as unknown as JsonValue };
    },
    note: (s) => (ports(s)?.some((p) => isSteps(p.appointmentsPerDay))
      ? 'Slots change by date in this scenario: this is the level they reach, and earlier steps scale with it.'
      : null),
  };
}

/** The first surge of crossings between ports: multiplier, first day, end day. */
export function surgeLevers(schema: Schema): Lever[] {
  const path = 'arrivals.betweenPorts.surges';
  const info = requireField(schema, path);
  const first = (s: unknown) => {
    const list = getAtPath(s, path);
    return Array.isArray(list) && isPlainObject(list[0]) ? (list[0] as Record<string, number>) : null;
  };
  const make = (key: 'multiplier' | 'fromDay' | 'toDay', label: string, opts: NumberOpts, fallback: number): Lever => ({
    id: `${path}.0.${key}`,
    group: 'assumption',
    label,
    unit: unitWords(key === 'multiplier' ? 'factor' : 'day'),
    paths: [path],
    control: {
      type: 'number',
      info: { path, type: 'number', minimum: 0, description: `${key === 'multiplier' ? 'Factor applied to crossings between ports during the surge (1 = no surge).' : key === 'fromDay' ? 'First day of the surge.' : 'Day the surge ends (exclusive).'} ${info.description}` },
      sliderMax: opts.sliderMax,
      step: opts.step ?? 1,
      percent: false,
    },
    read: (s) => first(s)?.[key] ?? fallback,
    write: (v, s) => {
      const list = getAtPath(s, path);
      const rest = Array.isArray(list) ? list.slice(1) : [];
      const cur = first(s) ?? { fromDay: 60, toDay: 120, multiplier: 1 };
      return { [path]: [{ ...cur, [key]: Number(v) }, ...rest] as unknown as JsonValue };
    },
    note: (s) => {
      const list = getAtPath(s, path);
      return Array.isArray(list) && list.length > 1 ? `This scenario has ${list.length} surges; these levers set the first.` : null;
    },
  });
  // Day sliders run over the scenario's horizon.
  const horizon = (s: unknown) => (typeof getAtPath(s, 'days') === 'number' ? (getAtPath(s, 'days') as number) : 365);
  return [make('multiplier', 'Surge: arrivals multiplied by', { sliderMax: 4, step: 0.05 }, 1), make('fromDay', 'Surge: from day', { sliderMax: (s) => horizon(s) - 1 }, 60), make('toDay', 'Surge: until day', { sliderMax: horizon }, 120)];
}

const RULE_LABELS: Record<string, string> = Object.fromEntries(DISPOSITIONS.map((k) => [k, DISPOSITION[k].decision]));

/** One share lever per rule of the starting policy ("disposition policy and its shares"). */
export function ruleShareLevers(schema: Schema, scenario: unknown): Lever[] {
  requireField(schema, 'policy.rules');
  const rules = getAtPath(scenario, 'policy.rules');
  if (!Array.isArray(rules)) return [];
  return rules.slice(0, 12).map((rule, i): Lever => {
    const r = isPlainObject(rule) ? rule : {};
    const what = typeof r.note === 'string' && r.note ? r.note : RULE_LABELS[String(r.rule)] ?? String(r.rule);
    return {
      id: `policy.rules.${i}.share`,
      group: 'policy',
      label: `Rule ${i + 1}, ${RULE_LABELS[String(r.rule)] ?? String(r.rule)}${typeof r.note === 'string' && r.note ? `: ${r.note}` : ''}`,
      unit: unitWords('share'),
      paths: ['policy.rules'],
      control: { type: 'number', info: { path: 'policy.rules', type: 'number', minimum: 0, maximum: 1, unit: 'share', description: `${what}. Share of eligible people this rule takes; the rest fall through to the next rule.` }, sliderMax: 1, step: 0.01, percent: true },
      read: (s) => {
        const list = getAtPath(s, 'policy.rules');
        const x = Array.isArray(list) && isPlainObject(list[i]) ? list[i].share : undefined;
        return typeof x === 'number' ? x : null;
      },
      write: (v, s) => {
        const list = getAtPath(s, 'policy.rules');
        const next = Array.isArray(list) ? list.map((x, j) => (j === i && isPlainObject(x) ? { ...x, share: Number(v) } : x)) : [];
        return { 'policy.rules': next as unknown as JsonValue };
      },
      note: () => null,
    };
  });
}
