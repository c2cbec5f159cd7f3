/**
 * fast-check arbitraries of valid scenario input, biased to the limits: zero capacity and
 * staff, zero and huge surges, one-day horizons, shares of exactly 0 and 1, empty and
 * crowded policy lists, ids that are also names of Object.prototype members. Every field is
 * given, so that the schema's FY2024 defaults (millions of cases, tens of thousands of
 * people) never make a fuzz run slow; `scale` bounds the daily flows instead.
 */
import fc from 'fast-check';
import { DEMOGRAPHICS, DISPOSITIONS, ROUTES } from '../../sim/model/schema/fields.ts';
import type { ScenarioInput } from '../../sim/model/index.ts';

/** Bounds of a generated scenario: horizon in days and the largest daily flow, people per day. */
export interface ScenarioLimits {
  readonly maxDays: number;
  readonly maxPerDay: number;
}

/** A number in [min, max], with the ends themselves drawn often. */
export const edgeDouble = (min: number, max: number) =>
  fc.oneof({ weight: 1, arbitrary: fc.constantFrom(min, max) }, { weight: 3, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }) });

/** A whole number in [min, max], with the ends drawn often. */
export const edgeInt = (min: number, max: number) =>
  fc.oneof({ weight: 1, arbitrary: fc.constantFrom(min, max) }, { weight: 3, arbitrary: fc.integer({ min, max }) });

/** A share in [0, 1], often exactly 0 or 1. */
export const share = () => edgeDouble(0, 1);

/** `n` shares that sum to 1 (within rounding), often one share taking everything. */
export const sharesSummingToOne = (n: number) =>
  fc.oneof(
    fc.nat({ max: n - 1 }).map((k) => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0))),
    fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }).filter((w) => w.some((x) => x > 0)).map((w) => {
      const total = w.reduce((a, b) => a + b, 0);
      const out = w.map((x) => x / total);
      out[n - 1] = Math.max(0, 1 - out.slice(0, -1).reduce((a, b) => a + b, 0));
      return out;
    }),
  );

/** Ids accepted by the schema, including names that objects inherit (`constructor`, `toString`). */
const ID_POOL = ['a', 'Z9', 'x_-y', 'mexico', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', 'other'];

/** A valid distribution spec whose values are of the order of `mean` (all 14 families). */
export const distribution = (mean: number) => {
  const pos = edgeDouble(mean / 1000, mean * 10).filter((x) => x > 0);
  return fc.oneof(
    pos.map((m) => ({ kind: 'exponential' as const, mean: m })),
    edgeDouble(0, mean * 10).map((value) => ({ kind: 'deterministic' as const, value })),
    fc.tuple(edgeDouble(0, mean), edgeDouble(0, mean * 3)).map(([a, b]) => ({ kind: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
    fc.tuple(edgeDouble(0, mean), edgeDouble(0, mean * 3), fc.double({ min: 0, max: 1, noNaN: true })).filter(([a, b]) => a !== b)
      .map(([a, b, t]) => ({ kind: 'triangular' as const, min: Math.min(a, b), max: Math.max(a, b), mode: Math.min(a, b) + t * Math.abs(b - a) })),
    fc.tuple(pos, pos).map(([m, sd]) => ({ kind: 'truncatedNormal' as const, mean: m, sd, lower: 0 })),
    fc.tuple(pos, pos).map(([m, sd]) => ({ kind: 'lognormal' as const, mean: m, sd })),
    fc.tuple(edgeDouble(0.05, 20), pos).map(([shape, scale]) => ({ kind: 'gamma' as const, shape, scale: scale / shape })),
    fc.tuple(fc.integer({ min: 1, max: 8 }), pos).map(([k, m]) => ({ kind: 'erlang' as const, k, mean: m })),
    fc.tuple(edgeDouble(0.2, 5), pos).map(([shape, scale]) => ({ kind: 'weibull' as const, shape, scale })),
    edgeDouble(0, mean * 3).map((m) => ({ kind: 'poisson' as const, mean: m })),
    share().map((p) => ({ kind: 'bernoulli' as const, p })),
    fc.tuple(fc.integer({ min: 0, max: Math.max(1, Math.round(mean * 3)) }), share()).map(([n, p]) => ({ kind: 'binomial' as const, n, p })),
    fc.array(fc.tuple(edgeDouble(0, mean * 3), fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 5 }).filter((vw) => vw.some(([, w]) => w > 0))
      .map((vw) => ({ kind: 'discrete' as const, values: vw.map(([v]) => v), weights: vw.map(([, w]) => w) })),
    fc.uniqueArray(fc.integer({ min: 0, max: Math.max(2, Math.round(mean * 3)) }), { minLength: 2, maxLength: 5 }).map((xs) => {
      const x = [...xs].sort((a, b) => a - b);
      return { kind: 'piecewiseLinear' as const, x, cdf: x.map((_, i) => (i === x.length - 1 ? 1 : i === 0 ? 0 : i / (x.length - 1))) };
    }),
  );
};

/**
 * A number of any magnitude, 1e-300 to 1e300 (log-uniform), sometimes negative: the
 * parameters behind distributions that validated and then failed every run.
 */
export const anyMagnitude = (negative = true) =>
  fc.tuple(fc.double({ min: -300, max: 300, noNaN: true }), fc.boolean()).map(([e, minus]) => (negative && minus ? -1 : 1) * 10 ** e);

/**
 * A distribution spec of any family with parameters of any magnitude (half of them of
 * ordinary size, so that a good share validates): what the schema must either refuse or
 * be able to run.
 */
export const extremeDistribution = () => {
  const x = fc.oneof(anyMagnitude(), edgeDouble(0, 1e6));
  const pos = fc.oneof(anyMagnitude(false), edgeDouble(1e-6, 1e6));
  return fc.oneof(
    pos.map((mean) => ({ kind: 'exponential' as const, mean })),
    x.map((value) => ({ kind: 'deterministic' as const, value })),
    fc.tuple(x, x).map(([a, b]) => ({ kind: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
    fc.tuple(x, x, fc.double({ min: 0, max: 1, noNaN: true })).filter(([a, b]) => a !== b && Number.isFinite(b - a))
      .map(([a, b, t]) => ({ kind: 'triangular' as const, min: Math.min(a, b), max: Math.max(a, b), mode: Math.min(a, b) + t * Math.abs(b - a) })),
    fc.tuple(x, pos, fc.option(x, { nil: undefined })).map(([mean, sd, lower]) => ({ kind: 'truncatedNormal' as const, mean, sd, ...(lower === undefined ? {} : { lower }) })),
    fc.tuple(pos, pos).map(([mean, sd]) => ({ kind: 'lognormal' as const, mean, sd })),
    fc.tuple(pos, pos).map(([shape, scale]) => ({ kind: 'gamma' as const, shape, scale })),
    fc.tuple(fc.integer({ min: 1, max: 2000 }), pos).map(([k, mean]) => ({ kind: 'erlang' as const, k, mean })),
    fc.tuple(pos, pos).map(([shape, scale]) => ({ kind: 'weibull' as const, shape, scale })),
    pos.map((mean) => ({ kind: 'poisson' as const, mean })),
    fc.tuple(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(1e15, 2 ** 53)), share()).map(([n, p]) => ({ kind: 'binomial' as const, n, p })),
    fc.array(fc.tuple(x, fc.oneof(pos, fc.constant(0))), { minLength: 1, maxLength: 4 }).filter((vw) => vw.some(([, w]) => w > 0))
      .map((vw) => ({ kind: 'discrete' as const, values: vw.map(([v]) => v), weights: vw.map(([, w]) => w) })),
    fc.uniqueArray(x, { minLength: 2, maxLength: 4 }).map((xs) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return { kind: 'piecewiseLinear' as const, x: sorted, cdf: sorted.map((_, i) => (i === sorted.length - 1 ? 1 : i === 0 ? 0 : i / (sorted.length - 1))) };
    }),
  );
};

/** A capacity or staffing level: one number (often 0), or dated steps in any order. */
export const schedule = (max: number, maxDays: number) =>
  fc.oneof(
    edgeDouble(0, max),
    fc.array(fc.record({ fromDay: edgeInt(0, maxDays + 5), value: edgeDouble(0, max) }), { minLength: 1, maxLength: 4 }),
  );

/** A daily flow with optional monthly profile and surges (zero, drops and x100 surges). */
const flow = (L: ScenarioLimits) =>
  fc.record({
    perDay: edgeDouble(0, L.maxPerDay),
    monthlyFactors: fc.option(fc.array(edgeDouble(0, 3), { minLength: 12, maxLength: 12 }), { nil: undefined }),
    surges: fc.array(
      fc.tuple(edgeInt(0, L.maxDays + 2), edgeInt(1, L.maxDays + 2), fc.constantFrom(0, 0.5, 2, 10, 100)).map(([from, len, multiplier]) => ({ fromDay: from, toDay: from + len, multiplier })),
      { maxLength: 3 },
    ).filter((surges) => surges.reduce((product, s) => product * Math.max(1, s.multiplier), 1) <= 100), // overlapping surges multiply: at most x100 in all
  }, { requiredKeys: ['perDay', 'surges'] });

const exitDelays = fc.record({ parole: edgeDouble(0, 200), detain: edgeDouble(0, 200), mpp: edgeDouble(0, 200), expeditedRemoval: edgeDouble(0, 200), expel: edgeDouble(0, 200) });

/** A policy rule of any kind, its conditions drawn from `ids` (the scenario's nationality groups). */
export const rule = (ids: readonly string[]) => {
  const when = fc.record({
    nationalities: fc.subarray([...ids]),
    demographics: fc.subarray([...DEMOGRAPHICS]),
    routes: fc.subarray([...ROUTES]),
    sponsor: fc.boolean(),
    fearClaim: fc.boolean(),
    bpOccupancyAbove: edgeDouble(0, 3),
    bpOccupancyBelow: edgeDouble(0, 3),
    detentionOccupancyBelow: edgeDouble(0, 3),
    apprehensionsPerDayAbove: edgeDouble(0, 1000),
  }, { requiredKeys: [] });
  const common = { when, share: share(), maxPerDay: edgeDouble(0, 200), note: fc.string({ maxLength: 20 }) };
  return fc.oneof<fc.Arbitrary<Record<string, unknown>>[]>(
    fc.record({ ...common, rule: fc.constant('parole' as const), atdShare: share() }, { requiredKeys: ['rule'] }),
    fc.record({ ...common, rule: fc.constant('detain' as const), onlyIfBedFree: fc.boolean() }, { requiredKeys: ['rule'] }),
    fc.record({ ...common, rule: fc.constant('mpp' as const) }, { requiredKeys: ['rule'] }),
    fc.record({ ...common, rule: fc.constant('expeditedRemoval' as const) }, { requiredKeys: ['rule'] }),
    fc.record({ ...common, rule: fc.constant('expel' as const), acceptedNationalities: fc.subarray([...ids]) }, { requiredKeys: ['rule'] }),
  );
};

/** A policy: up to six rules (every kind may appear, in any order) and a fallback disposition. */
export const policy = (ids: readonly string[]) =>
  fc.record({ rules: fc.array(rule(ids), { maxLength: 6 }), otherwise: fc.constantFrom(...DISPOSITIONS) });

const PROGRAM_KINDS = ['affirmative', 'evacuation', 'shelterList', 'shortTerm', 'advanceParole'] as const;

const program = (id: string, L: ScenarioLimits) =>
  fc.record({
    id: fc.constant(id),
    title: fc.string({ maxLength: 12 }),
    kind: fc.constantFrom(...PROGRAM_KINDS),
    applicationsPerDay: edgeDouble(0, L.maxPerDay),
    capPerMonth: edgeDouble(0, 1000),
    sponsorRequired: fc.boolean(),
    sponsorShare: share(),
    termDays: edgeDouble(0, 800),
    workEligible: fc.boolean(),
    fromDay: edgeInt(0, L.maxDays + 2),
    toDay: edgeInt(0, L.maxDays + 2),
    queueJumperShare: share(),
  }, { requiredKeys: ['id', 'kind', 'applicationsPerDay', 'termDays'] });

const port = (id: string, registrationShare: number) =>
  fc.record({
    id: fc.constant(id),
    city: fc.constantFrom('Tijuana', '<script>alert(1)</script>', 'constructor', 'x'),
    appointmentsPerDay: edgeDouble(0, 200),
    shelterPlaces: edgeInt(0, 500),
    registrationShare: fc.constant(registrationShare),
  });

/** A calendar date from year 0001 to 9999, often a leap day or a year's end. */
export const calendarDate = fc.oneof(
  fc.constantFrom('2024-02-29', '2023-12-31', '2000-02-29', '0001-01-01', '9999-12-31', '2023-10-01'),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** A complete, valid scenario within `L`. */
export function validScenario(L: ScenarioLimits): fc.Arbitrary<ScenarioInput> {
  const groups = fc.uniqueArray(fc.constantFrom(...ID_POOL), { minLength: 1, maxLength: 5 });
  return groups.chain((ids) =>
    fc.tuple(sharesSummingToOne(ids.length), fc.integer({ min: 1, max: 4 })).chain(([natShares, nPorts]) =>
      fc.tuple(sharesSummingToOne(nPorts), fc.uniqueArray(fc.constantFrom(...ID_POOL, '__proto__'), { minLength: 0, maxLength: 3 })).chain(([portShares, programIds]) =>
        fc.record({
          name: fc.string({ maxLength: 30 }),
          title: fc.string({ maxLength: 30 }),
          days: fc.oneof(fc.constant(1), edgeInt(1, L.maxDays)),
          startDate: calendarDate,
          population: fc.record({
            nationalities: fc.constant(ids.map((id, i) => ({ id, share: natShares[i]! }))),
            demographics: sharesSummingToOne(3).map(([singleAdult, familyUnit, unaccompaniedChild]) => ({ singleAdult, familyUnit, unaccompaniedChild })),
            familySizeMean: edgeDouble(2, 12),
            sponsorShare: fc.record({ singleAdult: share(), familyUnit: share(), unaccompaniedChild: share() }),
            fearClaimShare: fc.record({ singleAdult: share(), familyUnit: share(), unaccompaniedChild: share() }),
          }),
          arrivals: fc.record({ betweenPorts: flow(L), walkUps: flow(L), apprehensionShare: share() }),
          cbpOne: fc.record({
            enabled: fc.boolean(),
            registrationsPerDay: edgeDouble(0, L.maxPerDay),
            initialWaitingList: edgeInt(0, 20 * L.maxPerDay),
            initialWaitDays: edgeInt(1, 400),
            allocation: fc.constantFrom('lottery', 'registrationOrder', 'mixed'),
            longestWaitingShare: share(),
            noShowShare: share(),
            patienceDays: edgeDouble(0, 500),
            crossAfterPatienceShare: share(),
            shareWaitingInBorderCities: share(),
          }),
          ports: fc.tuple(...portShares.map((s, i) => port(['p1', 'constructor', '__proto__', 'p4'][i]!, s))),
          borderPatrol: fc.record({ transportHours: edgeDouble(0, 48), agents: schedule(50, L.maxDays), processingMinutes: distribution(60), holdingCapacity: schedule(2000, L.maxDays), exitDelayHours: exitDelays }),
          ofo: fc.record({ officers: schedule(30, L.maxDays), processingMinutes: distribution(45), holdingCapacity: schedule(500, L.maxDays), exitDelayHours: exitDelays }),
          credibleFear: fc.record({ asylumOfficers: schedule(20, L.maxDays), screeningHours: distribution(4), positiveShare: share(), positiveThen: fc.constantFrom('parole', 'detain') }),
          detention: fc.record({
            beds: schedule(1000, L.maxDays),
            overflowShare: edgeDouble(0, 1),
            initialPopulation: edgeInt(0, 500),
            interiorBookInsPerDay: edgeDouble(0, L.maxPerDay / 4),
            lengthOfStayDays: fc.record({ nta: distribution(40), expeditedRemoval: distribution(20) }),
            removalShare: fc.record({ nta: share(), expeditedRemoval: share() }),
            removalsPerDay: edgeDouble(0, 200),
          }),
          court: fc.record({
            initialBacklog: edgeInt(0, 3_000_000),
            judges: schedule(1000, L.maxDays),
            completionsPerJudgePerDay: edgeDouble(0, 10),
            otherNewCasesPerDay: edgeDouble(0, 2000),
            inAbsentiaShare: share(),
            inAbsentiaShareWithAtd: share(),
            reliefShare: share(),
            ordered: share(),
          // Relief and removal orders are shares of the same hearings: together at most 1.
          }).map(({ ordered, ...c }) => ({ ...c, removalOrderedShare: ordered * (1 - c.reliefShare) })),
          mpp: fc.record({ hearingSlotsPerDay: edgeDouble(0, 200), inAbsentiaShare: share(), reliefShare: share() }),
          parole: fc.record({ termDays: edgeDouble(0, 800), workEligibleShare: share(), workPermitAfterDays: edgeDouble(0, 200), atdShare: share(), atdDays: edgeDouble(0, 800) }),
          parolePrograms: fc.tuple(...programIds.map((id) => program(id, L))),
          receiving: fc.record({ shelterPlaces: edgeInt(0, 2000), shareNeedingShelterWithoutSponsor: share(), shareNeedingShelterWithSponsor: share(), stayDays: edgeDouble(0, 30) }),
          costs: fc.record({ detentionBedDayUsd: edgeDouble(0, 1e4), atdDayUsd: edgeDouble(0, 100), bpProcessingUsd: edgeDouble(0, 1e4), ofoProcessingUsd: edgeDouble(0, 1e4), removalUsd: edgeDouble(0, 1e5), shelterDayUsd: edgeDouble(0, 1e3) }),
          policy: policy(ids),
          policyChanges: fc.array(fc.record({ day: edgeInt(0, L.maxDays + 5), title: fc.string({ maxLength: 10 }), policy: policy(ids) }, { requiredKeys: ['day', 'policy'] }), { maxLength: 3 }),
        }, { requiredKeys: ['days', 'startDate', 'population', 'arrivals', 'cbpOne', 'ports', 'borderPatrol', 'ofo', 'credibleFear', 'detention', 'court', 'mpp', 'parole', 'parolePrograms', 'receiving', 'costs', 'policy', 'policyChanges'] }) as fc.Arbitrary<ScenarioInput>,
      ),
    ),
  );
}

/** A preset with a short horizon and a few of its fields changed (the way most users start). */
export function presetScenario(names: readonly string[], maxDays: number): fc.Arbitrary<ScenarioInput> {
  return fc.record({
    base: fc.constantFrom(...names),
    days: edgeInt(1, maxDays),
    detention: fc.record({ beds: schedule(60000, maxDays) }, { requiredKeys: [] }),
    borderPatrol: fc.record({ agents: schedule(600, maxDays), holdingCapacity: schedule(30000, maxDays) }, { requiredKeys: [] }),
    arrivals: fc.record({ betweenPorts: fc.record({ surges: fc.array(fc.record({ fromDay: fc.constant(0), toDay: fc.constant(maxDays), multiplier: fc.constantFrom(0, 0.5, 3) }), { maxLength: 1 }) }) }, { requiredKeys: [] }),
  }, { requiredKeys: ['base', 'days'] }) as fc.Arbitrary<ScenarioInput>;
}
