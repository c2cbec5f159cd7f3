/**
 * The levers the page offers, split into policy levers and assumptions so a reader can tell
 * which kind of change moved a result. Each lever reads its value from a resolved scenario
 * and writes overrides by field path; bounds and descriptions come from the scenario schema
 * (see `schemaFields.ts`). Labels and slider ranges are the page's own (a slider needs a top
 * end even where the schema has none); the numeric input accepts anything the schema does.
 */
import { fieldInfo, type FieldInfo } from './schemaFields.ts';
import { getAtPath, type JsonValue } from './scenarioEntry.ts';
import { isPlainObject } from './safeJson.ts';

/** A lever's value. */
export type LeverValue = number | string | boolean;

/** How a lever is edited. */
export type LeverControl =
  | { readonly type: 'number'; readonly info: FieldInfo; readonly sliderMax: number; readonly step: number; readonly percent: boolean }
  | { readonly type: 'enum'; readonly info: FieldInfo; readonly options: readonly { readonly value: string; readonly label: string }[] }
  | { readonly type: 'boolean'; readonly info: FieldInfo };

/** One lever. */
export interface Lever {
  readonly id: string;
  readonly group: 'policy' | 'assumption';
  readonly label: string;
  /** Unit shown beside the number ('' for none). */
  readonly unit: string;
  readonly control: LeverControl;
  /** Override paths this lever writes (reset removes them). */
  readonly paths: readonly string[];
  /** Current value in a resolved scenario, or null when the scenario has no such field. */
  read(scenario: unknown): LeverValue | null;
  /** Overrides that set the lever to `value` in `scenario`. */
  write(value: LeverValue, scenario: unknown): Record<string, JsonValue>;
  /** A caveat about the current value (e.g. a schedule that the slider flattens), or null. */
  note(scenario: unknown): string | null;
}

type Schema = Record<string, unknown>;

interface NumberOpts {
  readonly sliderMax: number;
  /**
   * Write the whole parent object instead of the field (for a distribution's mean: the
   * preset may leave the distribution to its default, and a lone `mean` is not a distribution).
   */
  readonly wholeParent?: boolean;
  readonly step?: number;
  readonly unit?: string;
  readonly percent?: boolean;
}

/** First value of a schedule (a number, or `[{ fromDay, value }]` steps). */
function scheduleValue(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (Array.isArray(v) && v.length && isPlainObject(v[0]) && typeof v[0].value === 'number') return v[0].value;
  return null;
}

function fieldLever(schema: Schema, group: Lever['group'], path: string, label: string, opts: NumberOpts | { readonly labels: Record<string, string> } | null): Lever | null {
  const info = fieldInfo(schema, path);
  if (!info) return null;
  const base = { id: path, group, label, paths: [path] as const, note: (_s: unknown): string | null => null };
  if (info.type === 'boolean') {
    return { ...base, unit: '', control: { type: 'boolean', info }, read: (s) => (typeof getAtPath(s, path) === 'boolean' ? (getAtPath(s, path) as boolean) : null), write: (v) => ({ [path]: Boolean(v) }) };
  }
  if (info.type === 'enum' && opts && 'labels' in opts) {
    const options = (info.options ?? []).map((value) => ({ value, label: opts.labels[value] ?? value }));
    return { ...base, unit: '', control: { type: 'enum', info, options }, read: (s) => (typeof getAtPath(s, path) === 'string' ? (getAtPath(s, path) as string) : null), write: (v) => ({ [path]: String(v) }) };
  }
  if ((info.type === 'number' || info.type === 'integer' || info.type === 'schedule') && opts && 'sliderMax' in opts) {
    const percent = opts.percent ?? false;
    const parent = path.split('.').slice(0, -1).join('.');
    const leaf = path.split('.').pop()!;
    return {
      ...base,
      paths: opts.wholeParent ? [parent] : [path],
      unit: opts.unit ?? '',
      control: { type: 'number', info, sliderMax: opts.sliderMax, step: opts.step ?? (info.type === 'integer' ? 1 : percent ? 0.01 : 1), percent },
      read: (s) => scheduleValue(getAtPath(s, path)),
      write: (v, s) => {
        if (!opts.wholeParent) return { [path]: Number(v) };
        const current = getAtPath(s, parent);
        return { [parent]: { ...(isPlainObject(current) ? (current as Record<string, JsonValue>) : {}), [leaf]: Number(v) } };
      },
      note: (s) => {
        const v = getAtPath(s, path);
        return Array.isArray(v) && v.length > 1 ? `Changes over time in this scenario (${v.length} steps); setting a value here applies it to every day.` : null;
      },
    };
  }
  return null;
}

const share = (sliderMax = 1): NumberOpts => ({ sliderMax, step: 0.01, percent: true, unit: '%' });

/** Total CBP One slots per day over ports; writing scales every port's slots in proportion. */
function portSlotsLever(schema: Schema): Lever | null {
  const info = fieldInfo(schema, 'ports');
  if (!info) return null;
  const ports = (s: unknown) => (Array.isArray(getAtPath(s, 'ports')) ? (getAtPath(s, 'ports') as Record<string, unknown>[]) : null);
  return {
    id: 'ports.appointmentsPerDay',
    group: 'policy',
    label: 'CBP One slots per day',
    unit: 'per day',
    paths: ['ports'],
    control: { type: 'number', info: { path: 'ports', type: 'number', minimum: 0, description: `Appointment slots per day, summed over ports; changing it scales every port's slots in proportion. ${info.description}` }, sliderMax: 5000, step: 10, percent: false },
    read: (s) => {
      const list = ports(s);
      return list ? list.reduce((a, p) => a + (typeof p.appointmentsPerDay === 'number' ? p.appointmentsPerDay : 0), 0) : null;
    },
    write: (v, s) => {
      const list = ports(s) ?? [];
      const total = list.reduce((a, p) => a + (typeof p.appointmentsPerDay === 'number' ? p.appointmentsPerDay : 0), 0);
      const target = Number(v);
      const next = list.map((p) => ({ ...p, appointmentsPerDay: total > 0 ? ((p.appointmentsPerDay as number) * target) / total : target / list.length }));
      return { ports: next as unknown as JsonValue };
    },
    note: () => null,
  };
}

/** The first surge of crossings between ports: multiplier, first day, end day. */
function surgeLevers(schema: Schema): Lever[] {
  const path = 'arrivals.betweenPorts.surges';
  const info = fieldInfo(schema, path);
  if (!info) return [];
  const first = (s: unknown) => {
    const list = getAtPath(s, path);
    return Array.isArray(list) && isPlainObject(list[0]) ? (list[0] as Record<string, number>) : null;
  };
  const make = (key: 'multiplier' | 'fromDay' | 'toDay', label: string, opts: NumberOpts, fallback: number): Lever => ({
    id: `${path}.0.${key}`,
    group: 'assumption',
    label,
    unit: opts.unit ?? '',
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
  return [make('multiplier', 'Surge: arrivals multiplied by', { sliderMax: 4, step: 0.05, unit: '×' }, 1), make('fromDay', 'Surge: from day', { sliderMax: 3650, unit: 'day' }, 60), make('toDay', 'Surge: until day', { sliderMax: 3650, unit: 'day' }, 120)];
}

const RULE_LABELS: Record<string, string> = { parole: 'Parole', detain: 'Detain', mpp: 'Return to Mexico (MPP)', expeditedRemoval: 'Expedited removal', expel: 'Expel' };

/** One share lever per rule of the starting policy ("disposition policy and its shares"). */
function ruleShareLevers(schema: Schema, scenario: unknown): Lever[] {
  const info = fieldInfo(schema, 'policy.rules');
  const rules = getAtPath(scenario, 'policy.rules');
  if (!info || !Array.isArray(rules)) return [];
  return rules.slice(0, 12).map((rule, i): Lever => {
    const r = isPlainObject(rule) ? rule : {};
    const what = typeof r.note === 'string' && r.note ? r.note : RULE_LABELS[String(r.rule)] ?? String(r.rule);
    return {
      id: `policy.rules.${i}.share`,
      group: 'policy',
      label: `Rule ${i + 1}, ${RULE_LABELS[String(r.rule)] ?? String(r.rule)}${typeof r.note === 'string' && r.note ? `: ${r.note}` : ''}`,
      unit: '%',
      paths: ['policy.rules'],
      control: { type: 'number', info: { path: 'policy.rules', type: 'number', minimum: 0, maximum: 1, description: `${what}. Share of eligible people this rule takes; the rest fall through to the next rule.` }, sliderMax: 1, step: 0.01, percent: true },
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
function mppLevers(schema: Schema): Lever[] {
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

/** Every lever for a scenario (rule levers depend on the scenario's policy). */
export function buildLevers(schema: Schema, scenario: unknown): Lever[] {
  const f = (group: Lever['group'], path: string, label: string, opts: Parameters<typeof fieldLever>[4]) => fieldLever(schema, group, path, label, opts);
  const levers: (Lever | null)[] = [
    // Policy levers: what government chooses.
    f('policy', 'cbpOne.enabled', 'CBP One appointments offered', null),
    portSlotsLever(schema),
    f('policy', 'cbpOne.allocation', 'How slots are given', { labels: { lottery: 'Lottery (at random)', registrationOrder: 'Order of registration', mixed: 'Mixed: share to longest waiting' } }),
    f('policy', 'cbpOne.longestWaitingShare', 'Mixed: share to longest waiting', share()),
    f('policy', 'borderPatrol.agents', 'Border Patrol agents processing', { sliderMax: 1500, unit: 'agents' }),
    f('policy', 'borderPatrol.holdingCapacity', 'Border Patrol holding capacity', { sliderMax: 60000, step: 100, unit: 'people' }),
    f('policy', 'ofo.officers', 'Port officers processing', { sliderMax: 600, unit: 'officers' }),
    f('policy', 'ofo.holdingCapacity', 'Port holding capacity', { sliderMax: 10000, step: 50, unit: 'people' }),
    f('policy', 'detention.beds', 'ICE detention beds', { sliderMax: 100000, step: 500, unit: 'beds' }),
    f('policy', 'detention.removalsPerDay', 'Removal capacity', { sliderMax: 3000, step: 10, unit: 'per day' }),
    f('policy', 'court.judges', 'Immigration judges', { sliderMax: 2500, step: 10, unit: 'judges' }),
    f('policy', 'credibleFear.asylumOfficers', 'Asylum officers screening', { sliderMax: 400, unit: 'officers' }),
    ...ruleShareLevers(schema, scenario),
    f('policy', 'policy.otherwise', 'When no rule applies', { labels: { parole: 'Parole with a Notice to Appear', detain: 'Detain', mpp: 'Return to Mexico (MPP)', expeditedRemoval: 'Expedited removal', expel: 'Expel' } }),
    ...mppLevers(schema),
    f('policy', 'mpp.hearingSlotsPerDay', 'MPP hearing slots', { sliderMax: 1000, step: 5, unit: 'per day' }),
    f('policy', 'parole.atdShare', 'Parolees enrolled in ATD', share()),
    // Assumptions: what the world is like.
    f('assumption', 'arrivals.betweenPorts.perDay', 'Crossings between ports', { sliderMax: 20000, step: 10, unit: 'per day' }),
    ...surgeLevers(schema),
    f('assumption', 'arrivals.walkUps.perDay', 'Walk-ups at ports', { sliderMax: 3000, step: 5, unit: 'per day' }),
    f('assumption', 'arrivals.apprehensionShare', 'Share of crossers apprehended', share()),
    f('assumption', 'cbpOne.registrationsPerDay', 'CBP One registrations', { sliderMax: 10000, step: 10, unit: 'per day' }),
    f('assumption', 'cbpOne.patienceDays', 'Patience while waiting in Mexico', { sliderMax: 720, unit: 'days' }),
    f('assumption', 'cbpOne.crossAfterPatienceShare', 'Who stop waiting and cross instead', share()),
    f('assumption', 'borderPatrol.processingMinutes.mean', 'Border Patrol minutes per person', { sliderMax: 300, unit: 'min', wholeParent: true }),
    f('assumption', 'ofo.processingMinutes.mean', 'Port officer minutes per person', { sliderMax: 300, unit: 'min', wholeParent: true }),
    f('assumption', 'detention.lengthOfStayDays.nta.mean', 'Detention stay (Notice to Appear)', { sliderMax: 200, unit: 'days', wholeParent: true }),
    f('assumption', 'court.completionsPerJudgePerDay', 'Completions per judge', { sliderMax: 10, step: 0.05, unit: 'per day' }),
    f('assumption', 'credibleFear.positiveShare', 'Positive credible-fear findings', share()),
  ];
  // A lever without a value in this scenario is hidden (the MPP start day while MPP is off).
  return levers.filter((l): l is Lever => l !== null && l.read(scenario) !== null);
}
