/**
 * JSON-serialisable distribution specs: the single schema that validates them, gives their
 * TypeScript type and their JSON Schema (via `z.toJSONSchema`), and documents each field.
 *
 * Examples: `{"kind":"exponential","mean":2}`, `{"kind":"lognormal","mean":39,"sd":105}`,
 * `{"kind":"deterministic","value":1}`. Times are in whatever unit the field using the spec
 * states (the spec itself is unit-free); `z.number()` already rejects NaN and ±Infinity.
 */
import { z } from 'zod';
import { truncatedMass } from './normal.ts';

const num = (what: string) => z.number().describe(what);
const positive = (what: string) => z.number().positive().describe(what);
const probability = (what: string) => z.number().min(0).max(1).describe(what);

const exponential = z
  .strictObject({ kind: z.literal('exponential'), mean: positive('Mean (> 0), in the unit of the quantity described; the rate is 1/mean.') })
  .describe('Exponential: memoryless, e.g. times between independent arrivals.');

const deterministic = z
  .strictObject({ kind: z.literal('deterministic'), value: num('The constant value.') })
  .describe('Always the same value; draws no random numbers.');

const uniform = z
  .strictObject({ kind: z.literal('uniform'), min: num('Lower end.'), max: num('Upper end (≥ min).') })
  .refine((s) => s.min <= s.max, { path: ['max'], message: 'max must be at least min' })
  .describe('Uniform on [min, max].');

const triangular = z
  .strictObject({
    kind: z.literal('triangular'),
    min: num('Lower end.'),
    mode: num('Most likely value, between min and max.'),
    max: num('Upper end (> min).'),
  })
  .refine((s) => s.min < s.max, { path: ['max'], message: 'max must be above min' })
  .refine((s) => s.min <= s.mode && s.mode <= s.max, { path: ['mode'], message: 'mode must lie between min and max' })
  .describe('Triangular on [min, max] peaking at mode; for expert guesses of least, likeliest and most.');

const truncatedNormal = z
  .strictObject({
    kind: z.literal('truncatedNormal'),
    mean: num('Mean of the untruncated normal (not of the result unless there are no bounds).'),
    sd: positive('Standard deviation of the untruncated normal (> 0).'),
    lower: num('Lower bound; omit for none.').optional(),
    upper: num('Upper bound (> lower); omit for none.').optional(),
  })
  .refine((s) => s.lower === undefined || s.upper === undefined || s.lower < s.upper, {
    path: ['upper'],
    message: 'upper must be above lower',
  })
  .refine((s) => truncatedMass(s.mean, s.sd, s.lower, s.upper) > 0, {
    path: ['lower'],
    message: 'the bounds leave no probability under the normal (they lie about 37 sd or more from the mean)',
  })
  .describe('Normal(mean, sd) conditioned on lower ≤ x ≤ upper; a normal when both bounds are omitted.');

const lognormal = z
  .strictObject({
    kind: z.literal('lognormal'),
    mean: positive('Mean of the variable itself (> 0), not of its log.'),
    sd: positive('Standard deviation of the variable itself (> 0), not of its log.'),
  })
  .describe('Lognormal given the mean and sd of the variable; right-skewed, e.g. lengths of stay.');

const gamma = z
  .strictObject({
    kind: z.literal('gamma'),
    shape: positive('Shape α (> 0); the coefficient of variation is 1/√α.'),
    scale: positive('Scale θ (> 0), in the unit of the quantity; mean αθ.'),
  })
  .describe('Gamma(shape, scale).');

const erlang = z
  .strictObject({
    kind: z.literal('erlang'),
    k: z.number().int().min(1).describe('Number of exponential stages (an integer ≥ 1).'),
    mean: positive('Total mean (> 0); each stage has mean mean/k.'),
  })
  .describe('Erlang: the sum of k exponential stages; less variable than one exponential.');

const weibull = z
  .strictObject({
    kind: z.literal('weibull'),
    shape: positive('Shape k (> 0); below 1 the hazard falls with time, above 1 it rises.'),
    scale: positive('Scale λ (> 0), in the unit of the quantity; P(X > x) = exp(−(x/λ)^k).'),
  })
  .describe('Weibull(shape, scale).');

const poisson = z
  .strictObject({ kind: z.literal('poisson'), mean: z.number().min(0).describe('Mean count (≥ 0).') })
  .describe('Poisson count, e.g. arrivals in a day.');

const bernoulli = z
  .strictObject({ kind: z.literal('bernoulli'), p: probability('Probability of 1 (in [0, 1]).') })
  .describe('1 with probability p, else 0.');

const binomial = z
  .strictObject({
    kind: z.literal('binomial'),
    n: z.number().int().min(0).describe('Number of trials (an integer ≥ 0).'),
    p: probability('Success probability of each trial (in [0, 1]).'),
  })
  .describe('Binomial: successes in n independent trials.');

const discrete = z
  .strictObject({
    kind: z.literal('discrete'),
    values: z.array(z.number()).min(1).describe('The possible values.'),
    weights: z.array(z.number().min(0)).min(1).describe('Relative weight of each value (≥ 0, not all 0; need not sum to 1).'),
  })
  .refine((s) => s.values.length === s.weights.length, { path: ['weights'], message: 'need one weight per value' })
  .refine((s) => s.weights.some((w) => w > 0), { path: ['weights'], message: 'weights must not all be zero' })
  .describe('Empirical discrete distribution on listed values.');

const piecewiseLinear = z
  .strictObject({
    kind: z.literal('piecewiseLinear'),
    x: z.array(z.number()).min(2).describe('Breakpoints, strictly increasing.'),
    cdf: z.array(probability('Cumulative probability at a breakpoint.')).min(2).describe('P(X ≤ x[i]) for each breakpoint: non-decreasing, first 0, last 1.'),
  })
  .refine((s) => s.x.length === s.cdf.length, { path: ['cdf'], message: 'need one cumulative probability per breakpoint' })
  .refine((s) => s.x.every((v, i) => i === 0 || v > s.x[i - 1]!), { path: ['x'], message: 'breakpoints must be strictly increasing' })
  .refine((s) => s.cdf.every((v, i) => i === 0 || v >= s.cdf[i - 1]!), { path: ['cdf'], message: 'cumulative probabilities must not decrease' })
  .refine((s) => s.cdf[0] === 0 && s.cdf[s.cdf.length - 1] === 1, { path: ['cdf'], message: 'cumulative probabilities must run from 0 to 1' })
  .describe('Empirical continuous distribution: CDF linear between breakpoints.');

/** Schema of a distribution spec, discriminated on `kind`. */
export const distributionSchema = z
  .discriminatedUnion('kind', [
    exponential,
    deterministic,
    uniform,
    triangular,
    truncatedNormal,
    lognormal,
    gamma,
    erlang,
    weibull,
    poisson,
    bernoulli,
    binomial,
    discrete,
    piecewiseLinear,
  ])
  .describe('A probability distribution, chosen by `kind`.');

/** A validated distribution spec. */
export type DistributionSpec = z.infer<typeof distributionSchema>;

/** The `kind` names of all families. */
export type DistributionKind = DistributionSpec['kind'];
