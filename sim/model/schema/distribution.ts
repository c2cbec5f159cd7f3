/**
 * The model's view of a distribution spec: the shared `distributionSchema` of sim/random,
 * plus helpers to write defaults. Units are in the field names that use them.
 */
export { distributionSchema } from '../../random/index.ts';
export type { DistributionSpec } from '../../random/index.ts';

/** A lognormal spec with the given mean and standard deviation. */
export const lognormalSpec = (mean: number, sd: number) => ({ kind: 'lognormal' as const, mean, sd });
/** An exponential spec with the given mean. */
export const exponentialSpec = (mean: number) => ({ kind: 'exponential' as const, mean });
