/**
 * Small zod builders shared by the scenario schema, so that every field states its unit,
 * default and source in the same way and every number rejects NaN, Infinity and negatives.
 */
import { z } from 'zod';
import { MAX_CAPACITY } from './limits.ts';

/** A finite number >= 0 (people, days, dollars...). zod 4 numbers already reject NaN and Infinity. */
export const nonneg = () => z.number().min(0);

/** A whole number >= 0. */
export const count = () => z.number().int().min(0);

/** A share of a whole, in [0, 1]. */
export const share = () => z.number().min(0).max(1);

/** A day index since the scenario's start (day 0 = `startDate`). */
export const day = () => z.number().min(0);

/** One step of a piecewise-constant schedule: `value` holds from `fromDay` until the next step. */
export const stepSchema = z.strictObject({
  fromDay: day().meta({ description: 'First day (since the start) on which this value holds.', unit: 'day' }),
  value: nonneg().max(MAX_CAPACITY).describe('Value from that day on, in the unit of the field.'),
});

/**
 * A quantity that may change on given days: either one number, or a list of steps
 * `[{ fromDay, value }]` sorted by day (before the first step the first value holds).
 */
export const scheduleSchema = z.union([nonneg().max(MAX_CAPACITY), z.array(stepSchema).min(1)], {
  error: 'expected a number >= 0 or a non-empty list of { fromDay, value } steps',
});
export type ScheduleInput = z.input<typeof scheduleSchema>;

/** A record of shares that must sum to 1 (within 1e-6). */
export function sharesOf<K extends string>(keys: readonly K[], describe: (k: K) => string) {
  const shape = Object.fromEntries(keys.map((k) => [k, share().meta({ description: describe(k), unit: 'share' })])) as Record<K, ReturnType<typeof share>>;
  return z.strictObject(shape).superRefine((v, ctx) => {
    const sum = Object.values<number>(v as Record<string, number>).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-6) {
      ctx.addIssue({ code: 'custom', message: `shares must sum to 1 (they sum to ${+sum.toFixed(6)})`, params: { expected: 'shares summing to 1' } });
    }
  });
}

/** Checks that the `share` fields of a list sum to 1. */
export function sumsToOne(items: readonly { share: number }[], ctx: z.RefinementCtx): void {
  const sum = items.reduce((a, b) => a + b.share, 0);
  if (items.length > 0 && Math.abs(sum - 1) > 1e-6) {
    ctx.addIssue({ code: 'custom', message: `shares must sum to 1 (they sum to ${+sum.toFixed(6)})`, params: { expected: 'shares summing to 1' } });
  }
}

export { DEMOGRAPHICS, DISPOSITIONS, ROUTES, type Demographic, type DispositionKind, type Route } from './vocabulary.ts';

/** Unit of a scenario field's value (shown by the app and in the JSON Schema as `unit`). */
export type FieldUnit =
  | 'people' | 'people/day' | 'people/month' | 'days' | 'hours' | 'minutes' | 'share' | 'factor'
  | 'USD' | 'cases' | 'cases/day' | 'cases/judge/day' | 'staff' | 'places' | 'day' | 'date';

/** How a field is documented: what it is, its unit, and where its default comes from. */
export interface FieldDoc {
  /** What the field means, as one or more sentences, without its default. */
  readonly what: string;
  /** Unit of the value (of the number, or of each number of a schedule or distribution). */
  readonly unit?: FieldUnit;
  /** Where the default comes from: a public source, or "an assumption" (omit when there is no default). */
  readonly source?: string;
  /** Words for a default that is a list or an object (numbers, strings and distributions are written out from the default itself). */
  readonly defaultText?: string;
}

/** The default a zod schema carries (`.default()` or `.prefault()`), or undefined. */
export function defaultOf(schema: z.ZodType): unknown {
  const def = (schema as unknown as { _zod: { def: { type: string; defaultValue?: unknown } } })._zod.def;
  return def.type === 'default' || def.type === 'prefault' ? def.defaultValue : undefined;
}

const number = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** A default written for people: 1,800 people a day, 5%, $150, lognormal with mean 60 and sd 30 minutes. */
export function formatDefault(value: unknown, unit: FieldUnit | undefined): string | undefined {
  if (typeof value === 'number') {
    switch (unit) {
      case 'share': return `${number(+(value * 100).toPrecision(12))}%`;
      case 'USD': return `$${number(value)}`;
      case 'factor': return `×${number(value)}`;
      case 'day': return `day ${number(value)}`;
      case undefined: return number(value);
      default: return `${number(value)} ${unitWords(unit, value)}`;
    }
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return unit === 'date' ? value : `"${value}"`;
  if (value !== null && typeof value === 'object' && typeof (value as { kind?: unknown }).kind === 'string') {
    const { kind, ...params } = value as Record<string, unknown>;
    const parts = Object.entries(params).map(([k, v]) => `${k} ${typeof v === 'number' ? number(v) : String(v)}`);
    return `${String(kind)}${parts.length ? ` with ${parts.join(', ')}` : ''}${unit ? ` (${unitWords(unit, 2)})` : ''}`;
  }
  return undefined;
}

function unitWords(unit: FieldUnit, n: number): string {
  const one = n === 1;
  switch (unit) {
    case 'people': return one ? 'person' : 'people';
    case 'people/day': return one ? 'person a day' : 'people a day';
    case 'people/month': return one ? 'person a month' : 'people a month';
    case 'days': return one ? 'day' : 'days';
    case 'hours': return one ? 'hour' : 'hours';
    case 'minutes': return one ? 'minute' : 'minutes';
    case 'cases': return one ? 'case' : 'cases';
    case 'cases/day': return one ? 'case a day' : 'cases a day';
    case 'cases/judge/day': return 'completions per judge per day';
    case 'staff': return 'on duty';
    case 'places': return one ? 'place' : 'places';
    default: return unit;
  }
}

/**
 * Documents a scenario field: its description ends with "Default X: source.", where X is
 * written from the default the schema itself carries (the one source of a default), and the
 * unit and source travel in the JSON Schema as `unit` and `source`.
 */
export function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  const value = defaultOf(schema);
  const shown = doc.defaultText ?? formatDefault(value, doc.unit);
  if (value !== undefined && shown === undefined) throw new Error(`documented: a list or object default needs defaultText (${doc.what})`);
  const source = doc.source?.replace(/\.$/, '');
  const tail = value === undefined ? (source ? ` Source: ${source}.` : '') : ` Default ${shown}${source ? `: ${source}` : ''}.`;
  return schema.meta({
    description: `${doc.what}${tail}`,
    ...(doc.unit ? { unit: doc.unit } : {}),
    ...(source ? { source } : {}),
  });
}
