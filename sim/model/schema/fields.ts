/**
 * Small zod builders shared by the scenario schema, so that every field states its unit,
 * default and source in the same way and every number rejects NaN, Infinity and negatives.
 */
import { z } from 'zod';

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
  fromDay: day().describe('First day (since the start, days) on which this value holds.'),
  value: nonneg().describe('Value from that day on.'),
});

/**
 * A quantity that may change on given days: either one number, or a list of steps
 * `[{ fromDay, value }]` sorted by day (before the first step the first value holds).
 */
export const scheduleSchema = z.union([nonneg(), z.array(stepSchema).min(1)], {
  error: 'expected a number >= 0 or a non-empty list of { fromDay, value } steps',
});
export type ScheduleInput = z.input<typeof scheduleSchema>;

/** A record of shares that must sum to 1 (within 1e-6). */
export function sharesOf<K extends string>(keys: readonly K[], describe: (k: K) => string) {
  const shape = Object.fromEntries(keys.map((k) => [k, share().describe(describe(k))])) as Record<K, ReturnType<typeof share>>;
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

/** Demographic groups: eligibility for return, detention and expulsion depends on them. */
export const DEMOGRAPHICS = ['singleAdult', 'familyUnit', 'unaccompaniedChild'] as const;
export type Demographic = (typeof DEMOGRAPHICS)[number];

/** Ways of reaching custody. */
export const ROUTES = ['betweenPorts', 'walkUp', 'appointment'] as const;
export type Route = (typeof ROUTES)[number];

/** Dispositions a policy can give. */
export const DISPOSITIONS = ['parole', 'detain', 'mpp', 'expeditedRemoval', 'expel'] as const;
export type DispositionKind = (typeof DISPOSITIONS)[number];
