/**
 * The model's view of a distribution spec: the shared `distributionSchema` of sim/random,
 * a duration schema that adds the bounds a time needs, and helpers to write defaults. Units
 * are in the field names that use them.
 */
import type { z } from 'zod';
import { distributionMean, distributionSchema, type DistributionSpec } from '../../random/index.ts';
import { MAX_DURATION_MEAN, MAX_LOGNORMAL_CV } from './limits.ts';

export { distributionSchema } from '../../random/index.ts';
export type { DistributionSpec } from '../../random/index.ts';

/** The smallest value a spec can draw, or null when its support has no lower end. */
function lowestValue(spec: DistributionSpec): { field: string; value: number } | null {
  switch (spec.kind) {
    case 'deterministic': return { field: 'value', value: spec.value };
    case 'uniform':
    case 'triangular': return { field: 'min', value: spec.min };
    case 'truncatedNormal': return spec.lower === undefined ? null : { field: 'lower', value: spec.lower };
    case 'discrete': return { field: 'values', value: Math.min(...spec.values) };
    case 'piecewiseLinear': return { field: 'x', value: spec.x[0]! };
    default: return { field: 'kind', value: 0 }; // the other families draw no negative values
  }
}

/** Reports a problem at `path` inside the distribution ('' for the distribution itself). */
const addIssue = (ctx: z.RefinementCtx, path: string, input: unknown, message: string, expected: string) =>
  ctx.addIssue({ code: 'custom', path: path ? [path] : [], input, message: `${message}; expected ${expected}`, params: { expected } });

/**
 * The checks of a duration beyond those of any distribution: it draws no negative values (a
 * stay of −5 days would lower a mean length of stay), its mean is finite and at most
 * {@link MAX_DURATION_MEAN}, and its parameters give finite draws (what validates runs).
 */
function checkDuration(spec: DistributionSpec, ctx: z.RefinementCtx): void {
  const lowest = lowestValue(spec);
  if (lowest === null) {
    addIssue(ctx, 'lower', undefined, 'a duration needs a lower bound', 'a lower bound >= 0 (a truncated normal without one can draw negative times)');
    return;
  }
  if (!(lowest.value >= 0)) {
    addIssue(ctx, lowest.field, lowest.value, `a duration cannot be negative (${lowest.field} ${lowest.value})`, `${lowest.field} >= 0`);
    return;
  }
  if (spec.kind === 'discrete' && !Number.isFinite(spec.weights.reduce((a, w) => a + w, 0))) {
    addIssue(ctx, 'weights', spec.weights, 'the weights sum to more than the largest number', 'weights whose sum is finite');
    return;
  }
  if (spec.kind === 'lognormal' && !(spec.sd <= MAX_LOGNORMAL_CV * spec.mean)) {
    addIssue(ctx, 'sd', spec.sd, `sd ${spec.sd} is more than ${MAX_LOGNORMAL_CV.toExponential(0).replace('e+', 'e')} times the mean ${spec.mean}, which makes the draws overflow`, `sd <= ${MAX_LOGNORMAL_CV.toExponential(0).replace('e+', 'e')} x mean`);
    return;
  }
  const mean = distributionMean(spec);
  if (!(mean <= MAX_DURATION_MEAN)) {
    const shown = Number.isFinite(mean) ? mean.toExponential(3).replace('e+', 'e') : 'too large to compute';
    addIssue(ctx, '', spec, `the mean of this ${spec.kind} duration is ${shown}`, `a mean of at most ${MAX_DURATION_MEAN.toLocaleString('en-US')} (in the field's unit)`);
  }
}

/**
 * A distribution of times (processing minutes, screening hours, days in detention): any
 * family of {@link distributionSchema}, with non-negative support and bounded parameters.
 */
export const durationSchema = distributionSchema.superRefine(checkDuration);

/** A lognormal spec with the given mean and standard deviation. */
export const lognormalSpec = (mean: number, sd: number) => ({ kind: 'lognormal' as const, mean, sd });
/** An exponential spec with the given mean. */
export const exponentialSpec = (mean: number) => ({ kind: 'exponential' as const, mean });
