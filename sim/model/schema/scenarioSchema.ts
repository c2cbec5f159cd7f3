/**
 * The scenario schema: the single source of truth for scenario types, validation,
 * defaults, field descriptions (with units and sources) and the JSON Schema editors use.
 */
import { z } from 'zod';
import { arrivalsSchema, cbpOneSchema, portsSchema } from './arrivalsSchema.ts';
import { borderPatrolSchema, credibleFearSchema, ofoSchema } from './custodySchema.ts';
import { courtSchema, detentionSchema, mppSchema } from './detentionSchema.ts';
import { DEFAULT_POLICY } from './defaultPolicy.ts';
import { behaviourSchema } from './behaviourSchema.ts';
import { costsSchema, paroleSchema, parolePrograms, receivingSchema } from './paroleSchema.ts';
import { policyChangeSchema, policySchema, type Policy } from './policySchema.ts';
import { populationSchema } from './populationSchema.ts';
import { DEFAULT_REENTRY_GROUPS, reentrySchema } from './reentrySchema.ts';
import { DEFAULT_DESTINATIONS, removalsSchema } from './removalsSchema.ts';
import { isCalendarDate, monthsByDay } from './calendar.ts';
import { documented } from './fields.ts';
import { metricDef } from '../metrics.ts';
import { flowRateByDay } from './schedules.ts';
import { MAX_DAYS, MAX_INITIAL_DETAINED, MAX_LIST_ITEMS, MAX_PEOPLE_PER_RUN, MAX_STOCK } from './limits.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { error: (iss) => `expected a real calendar date as YYYY-MM-DD, got ${JSON.stringify(iss.input)}` });

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional().describe('Path of the JSON Schema, for editors.'),
  base: z.string().optional().describe('Name of a preset this scenario starts from; the fields given here override it (objects merge, lists replace).'),
  name: z.string().default('custom').describe('Short id of the scenario.'),
  title: z.string().optional().describe('Display title.'),
  description: z.string().optional().describe('One paragraph: what the scenario represents.'),
  sources: z.array(z.string()).default([]).describe('Sources of the scenario\'s figures.'),
  claims: z.array(z.strictObject({
    metric: z.string().min(1).describe('Summary metric id (sim/model/metrics.ts).'),
    direction: z.enum(['higher', 'lower']).describe('Whether the description says the metric ends higher or lower.'),
    than: documented(z.string().min(1).default('baseline'), { what: 'The preset compared with, run with the same seed (a paired comparison).', source: 'the calibrated year' }),
  })).max(MAX_LIST_ITEMS).default([]).describe('What the description says the scenario\'s run shows, metric by metric, against another preset; the test suite checks each claim against a paired seeded comparison. Changes no result.'),
  days: documented(z.number().int().min(1).max(MAX_DAYS).default(365), { what: `Simulated days (at most ${MAX_DAYS.toLocaleString('en-US')}).`, unit: 'days', source: 'one year' }),
  startDate: documented(isoDate.default('2023-10-01'), { what: 'Calendar date of day 0 (for monthly factors and dates).', unit: 'date', source: 'the start of FY2024' }),
  population: populationSchema.prefault({}).describe('Who arrives.'),
  arrivals: arrivalsSchema.prefault({}).describe('Arrival flows at the border.'),
  cbpOne: cbpOneSchema.prefault({}).describe('CBP One appointments and waiting in Mexico.'),
  ports: portsSchema,
  borderPatrol: borderPatrolSchema.prefault({}).describe('Border Patrol apprehension, processing and holding.'),
  ofo: ofoSchema.prefault({}).describe('Ports of entry (CBP Office of Field Operations).'),
  credibleFear: credibleFearSchema.prefault({}).describe('Credible-fear screening by asylum officers.'),
  detention: detentionSchema.prefault({}).describe('ICE detention.'),
  court: courtSchema.prefault({}).describe('Immigration courts (EOIR).'),
  mpp: mppSchema.prefault({}).describe('Migrant Protection Protocols: waiting in Mexico for hearings.'),
  parole: paroleSchema.prefault({}).describe('Border parole terms and ATD.'),
  parolePrograms,
  receiving: receivingSchema.prefault({}).describe('US-side receiving communities.'),
  behaviour: behaviourSchema.prefault({}).describe('How crossings between ports respond to what migrants observe (off by default).'),
  costs: costsSchema.prefault({}).describe('Unit costs, USD.'),
  policy: policySchema.prefault(DEFAULT_POLICY).describe('Disposition policy at the start. Default: FY2024 Title 8 processing (see docs/model.md).'),
  policyChanges: z.array(policyChangeSchema).max(MAX_LIST_ITEMS).default([])
    .describe('Changes of policy on given days, e.g. a court order: a whole new policy, or rules added to and removed from the policy in force.'),
  // Removal logistics and repeat crossings.
  removals: removalsSchema.prefault({}).describe('Removal logistics: who removes, where people wait, seats by destination, hold limit.'),
  reentry: reentrySchema.prefault({}).describe('Repeat crossings of people expelled, returned or removed.'),
}).superRefine((s, ctx) => {
  const ids = new Set(s.population.nationalities.map((n) => n.id));
  const checkPolicy = (p: Policy, path: (string | number)[]) => p.rules.forEach((r, i) => {
    const lists: [string, readonly string[] | undefined][] = [
      ['when.nationalities', r.when.nationalities], ['when.exceptNationalities', r.when.exceptNationalities], ['acceptedNationalities', r.rule === 'expel' ? r.acceptedNationalities : undefined],
    ];
    for (const [field, list] of lists) {
      list?.forEach((id, j) => {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: [...path, 'rules', i, ...field.split('.'), j], input: id, message: `unknown nationality group "${id}"`, params: { expected: `one of ${[...ids].join(', ')}` } });
      });
    }
  });
  checkPolicy(s.policy, ['policy']);
  s.policyChanges.forEach((c, i) => {
    if (c.policy) checkPolicy(c.policy, ['policyChanges', i, 'policy']);
    if (c.addRules) checkPolicy({ rules: c.addRules.rules, otherwise: 'parole' }, ['policyChanges', i, 'addRules']);
  });
  s.claims.forEach((c, i) => {
    if (!metricDef(c.metric)) ctx.addIssue({ code: 'custom', path: ['claims', i, 'metric'], input: c.metric, message: `unknown metric "${c.metric}"`, params: { expected: 'a summary metric id (the metric column of summary.csv; sim/model/metrics.ts)' } });
  });
  const knownGroup = (id: string, path: (string | number)[]) => {
    if (!ids.has(id)) ctx.addIssue({ code: 'custom', path, input: id, message: `unknown nationality group "${id}"`, params: { expected: `one of ${[...ids].join(', ')}` } });
  };
  // Programs' nationalities and the behaviour's reference groups are read only when arrivals respond.
  if (s.behaviour.enabled) {
    s.parolePrograms.forEach((p, i) => p.nationalities?.forEach((id, j) => knownGroup(id, ['parolePrograms', i, 'nationalities', j])));
    s.behaviour.reference.forEach((r, i) => knownGroup(r.nationality, ['behaviour', 'reference', i, 'nationality']));
    s.behaviour.referencePrograms.forEach((r, i) => knownGroup(r.nationality, ['behaviour', 'referencePrograms', i, 'nationality']));
  }
  for (const flow of ['betweenPorts', 'walkUps'] as const) {
    s.arrivals[flow].surges.forEach((sg, i) => {
      if (!(sg.toDay > sg.fromDay)) ctx.addIssue({ code: 'custom', path: ['arrivals', flow, 'surges', i, 'toDay'], input: sg.toDay, message: 'a surge must end after it starts', params: { expected: `a day > fromDay (${sg.fromDay})` } });
    });
  }
  const work = workProblem(s, s.days);
  if (work) ctx.addIssue({ code: 'custom', path: work.path, input: work.value, message: work.message, params: { expected: work.expected } });
  // Removal logistics and repeat crossings: entries by nationality group name known groups, once each (the
  // default lists name the default groups, and simply do not apply to groups a scenario does not have).
  const byGroup: [string, { nationality: string }[], unknown][] = [
    ['removals.destinations', s.removals.destinations, DEFAULT_DESTINATIONS], ['reentry.groups', s.reentry.groups, DEFAULT_REENTRY_GROUPS],
  ];
  for (const [field, list, byDefault] of byGroup) {
    const seen = new Set<string>(), isDefault = JSON.stringify(list) === JSON.stringify(byDefault);
    list.forEach((g, i) => {
      const path = [...field.split('.'), i, 'nationality'];
      if (!ids.has(g.nationality)) { if (!isDefault) ctx.addIssue({ code: 'custom', path, input: g.nationality, message: `unknown nationality group "${g.nationality}"`, params: { expected: `one of ${[...ids].join(', ')}` } }); }
      else if (seen.has(g.nationality)) ctx.addIssue({ code: 'custom', path, input: g.nationality, message: `nationality group "${g.nationality}" listed twice`, params: { expected: 'each group at most once' } });
      seen.add(g.nationality);
    });
  }
});

export { MAX_DAYS, MAX_PEOPLE_PER_RUN };

interface FlowFields { perDay: number; monthlyFactors?: number[] | undefined; surges: { fromDay: number; toDay: number; multiplier: number }[] }
interface ProgramFields { kind: string; applicationsPerDay: number; fromDay: number; toDay?: number | undefined }
/** The fields the work estimate reads: those of a Scenario, which may not all have passed their checks yet. */
interface WorkFields {
  startDate: string;
  arrivals: { betweenPorts: FlowFields; walkUps: FlowFields };
  cbpOne: { registrationsPerDay: number; initialWaitingList: number };
  detention: { initialPopulation: number; interiorBookInsPerDay: number };
  parolePrograms: ProgramFields[];
  behaviour: { enabled: boolean; potentialMultiplier: number };
}

/** A scenario too large to simulate: the field that contributes most, its value, and the message. */
export interface WorkProblem {
  readonly path: (string | number)[];
  readonly value: unknown;
  readonly message: string;
  readonly expected: string;
}

/** Who enters a replication, by the field that sets it: the field's path, the people it brings, and how (a daily rate, a flow, a stock). */
export interface PeopleEstimate {
  readonly total: number;
  readonly sources: readonly { readonly path: (string | number)[]; readonly people: number; readonly how: 'flow' | 'daily' | 'start' }[];
}

/**
 * The people a replication of `s` over `days` days simulates: everyone who enters the model,
 * that is the arrival flows at the daily rates the model computes (monthly factors and
 * surges), CBP One registrations, interior book-ins, parole-program applications, and the
 * people present at the start (the CBP One waiting list and ICE detention). When crossings
 * between ports respond to what migrants observe (`behaviour.enabled`), they can reach
 * `behaviour.potentialMultiplier` times their flow, and are counted at that. Null when fields
 * it needs failed their own checks (they are reported by those).
 */
export function peopleEstimate(s: WorkFields, days: number): PeopleEstimate | null {
  // Refinements also run when some fields failed checks that do not stop parsing (a horizon of
  // 1e9 days, a date like 2023-02-30): those fields are reported by their own checks, and the
  // estimate, which needs them, is skipped.
  if (!(Number.isInteger(days) && days >= 1 && days <= MAX_DAYS) || !isoDate.safeParse(s.startDate).success) return null;
  if (!isFlow(s.arrivals.betweenPorts) || !isFlow(s.arrivals.walkUps)) return null;
  const numbers = [s.cbpOne.registrationsPerDay, s.cbpOne.initialWaitingList, s.detention.initialPopulation, s.detention.interiorBookInsPerDay];
  if (!numbers.every(finiteNonNeg) || s.cbpOne.initialWaitingList > MAX_STOCK || s.detention.initialPopulation > MAX_INITIAL_DETAINED) return null;
  if (s.behaviour.enabled && !(finiteNonNeg(s.behaviour.potentialMultiplier) && s.behaviour.potentialMultiplier >= 1)) return null;
  if (!s.parolePrograms.every((p) => finiteNonNeg(p.applicationsPerDay) && finiteNonNeg(p.fromDay) && (p.toDay === undefined || finiteNonNeg(p.toDay)))) return null;
  const months = monthsByDay(s.startDate, days);
  const sum = (rates: Float64Array) => rates.reduce((a, r) => a + r, 0);
  const crossingsMultiple = s.behaviour.enabled ? s.behaviour.potentialMultiplier : 1;
  const openDays = (p: ProgramFields) => Math.max(0, Math.min(days, Math.ceil(p.toDay ?? days)) - Math.ceil(p.fromDay));
  const sources: PeopleEstimate['sources'] = [
    { path: ['arrivals', 'betweenPorts', 'perDay'], people: sum(flowRateByDay(s.arrivals.betweenPorts, months)) * crossingsMultiple, how: 'flow' },
    { path: ['arrivals', 'walkUps', 'perDay'], people: sum(flowRateByDay(s.arrivals.walkUps, months)), how: 'flow' },
    { path: ['cbpOne', 'registrationsPerDay'], people: s.cbpOne.registrationsPerDay * days, how: 'daily' },
    { path: ['detention', 'interiorBookInsPerDay'], people: s.detention.interiorBookInsPerDay * days, how: 'daily' },
    { path: ['cbpOne', 'initialWaitingList'], people: s.cbpOne.initialWaitingList, how: 'start' },
    { path: ['detention', 'initialPopulation'], people: s.detention.initialPopulation, how: 'start' },
    // A shelter-list program takes people from the waiting list: they are counted there.
    ...s.parolePrograms.map((p, i) => ({ path: ['parolePrograms', i, 'applicationsPerDay'], people: p.kind === 'shelterList' ? 0 : p.applicationsPerDay * openDays(p), how: 'daily' as const })),
  ];
  return { total: sources.reduce((a, x) => a + x.people, 0), sources };
}

/**
 * Why a replication of `s` over `days` days would simulate more than {@link MAX_PEOPLE_PER_RUN}
 * people ({@link peopleEstimate}), or null, naming the field that contributes most. `days` is
 * the horizon actually run (the scenario's own, or one given on the command line or in a
 * link), so the bound holds wherever the horizon comes from.
 */
export function workProblem(s: WorkFields, days: number): WorkProblem | null {
  const estimate = peopleEstimate(s, days);
  if (!estimate || !(estimate.total > MAX_PEOPLE_PER_RUN)) return null;
  const { total } = estimate;
  const { path, people, how } = estimate.sources.reduce((a, b) => (b.people > a.people ? b : a));
  const value = getIn(s, path);
  const expected = `at most ${fmt(MAX_PEOPLE_PER_RUN)} people per replication (about an hour of computing): lower the flows, their surges, the stocks at the start or days`;
  const what = how === 'start' ? `${fmt(people)} people at the start`
    : `${fmt(Number(value))} a day makes ${fmt(people)} people over ${days} days${how === 'flow' ? ` (with monthly factors and surges${path[1] === 'betweenPorts' && s.behaviour.enabled ? `, and up to behaviour.potentialMultiplier ${s.behaviour.potentialMultiplier} times the flow as crossings respond` : ''})` : ''}`;
  return { path, value, message: `${what}, ${fmt(total)} with the other sources; expected ${expected}`, expected };
}

const finiteNonNeg = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** A flow whose fields passed their checks (see `workProblem`). */
function isFlow(f: FlowFields): boolean {
  return finiteNonNeg(f.perDay)
    && (f.monthlyFactors === undefined || (f.monthlyFactors.length === 12 && f.monthlyFactors.every(finiteNonNeg)))
    && f.surges.every((sg) => finiteNonNeg(sg.fromDay) && finiteNonNeg(sg.toDay) && finiteNonNeg(sg.multiplier));
}

function getIn(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
}

function fmt(x: number): string {
  return x >= 1e6 ? x.toExponential(2).replace('e+', 'e') : Math.round(x).toLocaleString('en-US');
}

/**
 * Why a validated scenario cannot run over `days` days (a horizon given apart from the
 * scenario: `--days`, a link's `days`), or null: the horizon is out of 1..MAX_DAYS, or the
 * scenario would simulate too many people over it.
 */
export function horizonProblem(s: Scenario, days: number): string | null {
  if (!(Number.isInteger(days) && days >= 1 && days <= MAX_DAYS)) return `a horizon of ${days} days; expected a whole number of days from 1 to ${MAX_DAYS}`;
  const work = workProblem(s, days);
  return work && `${work.path.join('.')}: ${work.message}`;
}

/** A scenario as written by a user: every field optional where a default exists. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A fully defaulted, validated scenario. */
export type Scenario = z.output<typeof scenarioSchema>;
