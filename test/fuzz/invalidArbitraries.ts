/**
 * fast-check arbitraries of invalid scenario input: a valid scenario with one defect put at a
 * known field path (wrong type, NaN, Infinity, a negative rate, a share above 1, a fraction
 * where a count is needed, shares that do not sum to 1, an unknown or prototype-reaching
 * field, deeply nested junk, a megabyte-long string, a bad date, enum, reference or base, a
 * duration that can be negative or whose parameters overflow, a stock, capacity, rate or cost
 * beyond its bound, flows within their bounds that together exceed the work bound), and
 * whole-input junk. Each case says where the defect is, so a test can check that the error
 * names that field.
 */
import fc from 'fast-check';
import type { ScenarioInput } from '../../sim/model/index.ts';
import { validScenario, type ScenarioLimits } from './scenarioArbitraries.ts';

/** An invalid scenario and the path of its defect (`''` for the whole input). */
export interface InvalidCase {
  readonly kind: string;
  readonly input: unknown;
  /** Dotted path of the defect; the validation must report this path, a parent or a child of it. */
  readonly path: string;
}

type Key = string | number;
type Node = Record<Key, unknown>;

/** Every path in `value` whose value satisfies `keep`, as key lists (depth-first). */
function paths(value: unknown, keep: (v: unknown, path: Key[]) => boolean, path: Key[] = [], out: Key[][] = []): Key[][] {
  if (keep(value, path)) out.push(path);
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, keep, [...path, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

/** Sets (defines, so that `__proto__` stays an own key) `value` at `path` of `root`. */
function put(root: unknown, path: readonly Key[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Node;
  for (const k of path.slice(0, -1)) node = node[k] as Node;
  Object.defineProperty(node, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

const join = (path: readonly Key[]) => path.join('.');

/** Fields whose numbers may be negative: parameters of distribution specs. */
const DISTRIBUTIONS = /(processingMinutes|screeningHours|lengthOfStayDays\.\w+)\./;
/** Leaf names of shares (values in [0, 1]). */
const isShare = (path: readonly Key[]) => {
  const leaf = String(path[path.length - 1]);
  const parent = String(path[path.length - 2] ?? '');
  if (DISTRIBUTIONS.test(join(path)) || leaf === 'overflowShare') return false;
  return /share$/i.test(leaf) || ['removalShare', 'sponsorShare', 'fearClaimShare', 'demographics'].includes(parent);
};
/** Leaf names of whole numbers. */
const COUNTS = new Set(['days', 'initialWaitingList', 'initialWaitDays', 'shelterPlaces', 'initialPopulation', 'initialBacklog', 'day']);

/** The duration fields (distributions of times). */
export const DURATION_FIELDS: readonly Key[][] = [
  ['borderPatrol', 'processingMinutes'],
  ['ofo', 'processingMinutes'],
  ['credibleFear', 'screeningHours'],
  ['detention', 'lengthOfStayDays', 'nta'],
  ['detention', 'lengthOfStayDays', 'expeditedRemoval'],
];

/** Distribution specs whose support reaches below zero (given a negative number `n`), with the parameter at fault. */
export const negativeDurations = (n: number): [unknown, string][] => [
  [{ kind: 'deterministic', value: n }, 'value'],
  [{ kind: 'uniform', min: n, max: 5 }, 'min'],
  [{ kind: 'triangular', min: n, mode: Math.max(n, 0), max: 5 }, 'min'],
  [{ kind: 'truncatedNormal', mean: 3, sd: 2 }, 'lower'],
  [{ kind: 'truncatedNormal', mean: 3, sd: 2, lower: n }, 'lower'],
  [{ kind: 'discrete', values: [1, n], weights: [1, 1] }, 'values'],
  [{ kind: 'piecewiseLinear', x: [n, 5], cdf: [0, 1] }, 'x'],
];

/** Distribution specs that pass the general checks of a distribution but whose draws or mean overflow (they validated, then failed every run). */
export const EXTREME_DURATIONS: readonly unknown[] = [
  { kind: 'gamma', shape: 1e300, scale: 1e300 },
  { kind: 'lognormal', mean: 1e-300, sd: 1e300 },
  { kind: 'uniform', min: 0, max: 1.7e308 },
  { kind: 'weibull', shape: 1e-300, scale: 1 },
  { kind: 'exponential', mean: 1e300 },
  { kind: 'erlang', k: 3, mean: 1e300 },
  { kind: 'discrete', values: [1, 2], weights: [1.7e308, 1.7e308] },
  { kind: 'truncatedNormal', mean: 1e300, sd: 1e300, lower: 0 },
  { kind: 'poisson', mean: 1e300 },
  { kind: 'piecewiseLinear', x: [0, 1e308], cdf: [0, 1] },
];

/** Values beyond their field's bound: stocks and capacities that create memory, rates and costs that overflow, sizes of arrays. */
export const HUGE_VALUES: readonly [Key[], number][] = [
  [['detention', 'initialPopulation'], 1e9],
  [['cbpOne', 'initialWaitingList'], 1e12],
  [['court', 'initialBacklog'], 1e12],
  [['detention', 'beds'], 2e9],
  [['borderPatrol', 'agents'], 1e300],
  [['ofo', 'holdingCapacity'], 1e300],
  [['credibleFear', 'asylumOfficers'], 1e12],
  [['court', 'judges'], 1e15],
  [['cbpOne', 'initialWaitDays'], 9e15],
  [['population', 'familySizeMean'], 1e300],
  [['detention', 'overflowShare'], 1e9],
  [['detention', 'removalsPerDay'], 1e300],
  [['court', 'otherNewCasesPerDay'], 1e300],
  [['mpp', 'hearingSlotsPerDay'], 1e300],
  [['costs', 'detentionBedDayUsd'], 1e308],
  [['costs', 'removalUsd'], 1e300],
  [['costs', 'shelterDayUsd'], 1e10],
];

/** A deeply nested value: arrays or objects `depth` levels down. */
export const deepJunk = (depth: number, asObject: boolean): unknown => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
};

/** Values that are not numbers at all. */
const notANumber = fc.oneof(
  fc.constantFrom<unknown>(null, true, '5', '', [], {}, [1, 2], { value: 1 }, '<script>alert(1)</script>'),
  fc.constant('x'.repeat(1_000_000)),
  fc.integer({ min: 100, max: 5000 }).chain((depth) => fc.boolean().map((o) => deepJunk(depth, o))),
);
const nonFinite = fc.constantFrom(Number.NaN, Infinity, -Infinity);
/** Keys no scenario object has, several of them able to reach a prototype. */
const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'bedz', '', ' ', 'x'.repeat(10_000), 'a\nb', '<img src=x onerror=alert(1)>'),
  fc.string({ minLength: 1, maxLength: 12 }),
);

/** One defect applied to a valid scenario `s` (a fresh copy), or null if `s` has no place for it. */
function mutate(s: ScenarioInput, kind: string, pick: number, bad: unknown, key: string): InvalidCase | null {
  const input = structuredClone(s) as unknown;
  const choose = <T>(list: readonly T[]): T | null => (list.length ? list[pick % list.length]! : null);
  const numbers = paths(input, (v) => typeof v === 'number');
  switch (kind) {
    case 'notANumber':
    case 'nonFinite': {
      const p = choose(numbers);
      return p && { kind, input: put(input, p, bad), path: join(p) };
    }
    case 'negative': {
      const p = choose(numbers.filter((q) => !DISTRIBUTIONS.test(join(q))));
      return p && { kind, input: put(input, p, -(bad as number)), path: join(p) };
    }
    case 'aboveOne': {
      const p = choose(numbers.filter(isShare));
      return p && { kind, input: put(input, p, 1 + (bad as number)), path: join(p) };
    }
    case 'fraction': {
      const p = choose(numbers.filter((q) => COUNTS.has(String(q[q.length - 1]))));
      return p && { kind, input: put(input, p, 1.5), path: join(p) };
    }
    case 'sharesOff': {
      const lists: [Key[], Key][] = [[['population', 'nationalities'], 'share'], [['ports'], 'registrationShare']];
      const p = pick % 3;
      if (p === 2) {
        const d = (input as Node).population as Node;
        for (const k of Object.keys(d.demographics as Node)) (d.demographics as Node)[k] = ((d.demographics as Node)[k] as number) * 0.5;
        return { kind, input, path: 'population.demographics' };
      }
      const [path, field] = lists[p]!;
      const list = path.reduce((n: unknown, k) => (n as Node)[k], input) as Node[];
      for (const item of list) item[field] = (item[field] as number) * 0.5;
      return { kind, input, path: join(path) };
    }
    case 'unknownField': {
      const p = choose(paths(input, (v) => v !== null && typeof v === 'object' && !Array.isArray(v)));
      return p && { kind, input: put(input, [...p, key], bad), path: join([...p, key]) };
    }
    case 'wrongType': {
      const p = choose(paths(input, (v, q) => q.length > 0 && v !== null && typeof v === 'object'));
      // A number would be valid where a schedule (a number or a list of steps) is expected.
      return p && { kind, input: put(input, p, typeof bad === 'object' || typeof bad === 'number' ? 'junk' : bad), path: join(p) };
    }
    case 'badEnum': {
      const p = choose(paths(input, (_, q) => ['allocation', 'otherwise', 'rule', 'positiveThen', 'kind'].includes(String(q[q.length - 1]))));
      return p && { kind, input: put(input, p, pick % 2 ? 'torture' : 7), path: join(p) };
    }
    case 'badReference': {
      const policy = (input as { policy: { rules: unknown[] } }).policy;
      policy.rules.push({ rule: 'detain', when: { nationalities: ['atlantis'] } });
      return { kind, input, path: `policy.rules.${policy.rules.length - 1}.when.nationalities.0` };
    }
    case 'duplicateId': {
      const list = (input as { population: { nationalities: { id: string; share: number }[] } }).population.nationalities;
      list.push({ ...list[0]!, share: 0 });
      return { kind, input, path: 'population.nationalities' };
    }
    case 'surgeBackwards': {
      (input as { arrivals: { walkUps: { surges: unknown[] } } }).arrivals.walkUps.surges.push({ fromDay: 5, toDay: pick % 2 ? 5 : 2, multiplier: 2 });
      const n = (input as { arrivals: { walkUps: { surges: unknown[] } } }).arrivals.walkUps.surges.length - 1;
      return { kind, input, path: `arrivals.walkUps.surges.${n}.toDay` };
    }
    case 'badDate':
      return { kind, input: put(input, ['startDate'], choose(['2023-02-29', '2023-13-01', '2023-00-10', '2023-1-1', '01/10/2023', '2023-10-01T00:00:00Z', 20231001])), path: 'startDate' };
    case 'badDays':
      return { kind, input: put(input, ['days'], choose([0, 3651, 1e9, -1, 2.5])), path: 'days' };
    case 'emptyList':
      return pick % 2 ? { kind, input: put(input, ['ports'], []), path: 'ports' } : { kind, input: put(input, ['population', 'nationalities'], []), path: 'population.nationalities' };
    case 'badBase':
      return { kind, input: put(input, ['base'], choose(['nope', '__proto__', 'constructor', 'toString', 42, null])), path: 'base' };
    case 'negativeDuration': {
      const field = choose(DURATION_FIELDS)!;
      const [spec, param] = choose(negativeDurations(-(bad as number)))!;
      return { kind, input: put(input, field, spec), path: join([...field, param]) };
    }
    case 'extremeDuration': {
      const field = choose(DURATION_FIELDS)!;
      return { kind, input: put(input, field, structuredClone(choose(EXTREME_DURATIONS))), path: join(field) };
    }
    case 'hugeValue': {
      const [field, value] = choose(HUGE_VALUES)!;
      return { kind, input: put(input, field, value), path: join(field) };
    }
    case 'tooMuchWork': {
      // Each field within its own bound, ten years of them together far over the work bound:
      // 9e5 a day for 3,650 days is 3.3e9 people, more than the generated flows can make.
      const sources: Key[][] = [['detention', 'interiorBookInsPerDay'], ['cbpOne', 'registrationsPerDay'], ['arrivals', 'walkUps', 'perDay']];
      const field = choose(sources)!;
      put(input, ['days'], 3650);
      if (field[1] === 'walkUps') put(input, ['arrivals', 'walkUps'], { perDay: 9e5, surges: [] });
      else put(input, field, 9e5);
      return { kind, input, path: join(field) };
    }
    default:
      throw new Error(`unknown mutation ${kind}`);
  }
}

export const MUTATIONS = [
  'notANumber', 'nonFinite', 'negative', 'aboveOne', 'fraction', 'sharesOff', 'unknownField', 'wrongType',
  'badEnum', 'badReference', 'duplicateId', 'surgeBackwards', 'badDate', 'badDays', 'emptyList', 'badBase',
  'negativeDuration', 'extremeDuration', 'hugeValue', 'tooMuchWork',
] as const;

/** A valid scenario within `L` with one defect of kind `kinds` (default: any). */
export function invalidScenario(L: ScenarioLimits, kinds: readonly string[] = MUTATIONS): fc.Arbitrary<InvalidCase> {
  const badFor = (kind: string): fc.Arbitrary<unknown> =>
    kind === 'nonFinite' ? nonFinite
      : kind === 'negative' ? fc.constantFrom(1, 1e-300, 1e9, Infinity)
        : kind === 'negativeDuration' ? fc.constantFrom(1, 1e-300, 1e9, 0.5)
          : kind === 'aboveOne' ? fc.constantFrom(1e-9, 0.5, 1, 1e9)
            : fc.oneof(notANumber, nonFinite);
  return fc
    .constantFrom(...kinds)
    .chain((kind) => fc.tuple(validScenario(L), fc.constant(kind), fc.nat(), badFor(kind), unknownKey))
    .map(([s, kind, pick, bad, key]) => mutate(s, kind, pick, bad, key))
    .filter((c): c is InvalidCase => c !== null);
}

/** Whole-input junk: anything JavaScript can hold (prototype keys, deep nesting, odd objects), and JSON text. */
export const junkInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'base', 'days', 'detention', 'population', 'policy')),
    maxDepth: 6,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  fc.json().map((text) => JSON.parse(text) as unknown),
  fc.integer({ min: 1000, max: 20_000 }).map((depth) => deepJunk(depth, depth % 2 === 0)),
);
