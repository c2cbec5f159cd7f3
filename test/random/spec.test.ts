import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createStream,
  distributionMean,
  distributionSchema,
  distributionVariance,
  exponentialMean,
  lognormalLog,
  lognormalParams,
  makeSampler,
  poisson,
  type DistributionSpec,
} from '../../sim/random/index.ts';
import { logGamma } from '../../sim/stats/index.ts';
import { checkMoments, draw } from './statisticalChecks.ts';

const parse = (x: unknown) => distributionSchema.parse(x);
const issues = (x: unknown) => distributionSchema.safeParse(x).error?.issues ?? [];

/** One valid spec of every kind, with its mean and variance from textbook formulas. */
const SPECS: [DistributionSpec, number, number][] = [
  [{ kind: 'exponential', mean: 2 }, 2, 4],
  [{ kind: 'deterministic', value: 1.5 }, 1.5, 0],
  [{ kind: 'uniform', min: 2, max: 8 }, 5, 3],
  [{ kind: 'triangular', min: 0, mode: 3, max: 6 }, 3, (0 + 9 + 36 - 0 - 0 - 18) / 18],
  [{ kind: 'truncatedNormal', mean: 4, sd: 2 }, 4, 4],
  // Standard normal truncated to [0, ∞): mean √(2/π), variance 1 − 2/π.
  [{ kind: 'truncatedNormal', mean: 0, sd: 1, lower: 0 }, Math.sqrt(2 / Math.PI), 1 - 2 / Math.PI],
  [{ kind: 'lognormal', mean: 39, sd: 105 }, 39, 105 * 105],
  [{ kind: 'gamma', shape: 2, scale: 3 }, 6, 18],
  [{ kind: 'erlang', k: 4, mean: 2 }, 2, 1],
  // Weibull shape 2: mean λ√π/2, variance λ²(1 − π/4).
  [{ kind: 'weibull', shape: 2, scale: 2 }, Math.sqrt(Math.PI), 4 * (1 - Math.PI / 4)],
  [{ kind: 'poisson', mean: 7 }, 7, 7],
  [{ kind: 'bernoulli', p: 0.25 }, 0.25, 0.1875],
  [{ kind: 'binomial', n: 10, p: 0.5 }, 5, 2.5],
  [{ kind: 'discrete', values: [1, 3], weights: [1, 3] }, 2.5, 0.75],
  // Uniform on [0, 2]: the same as uniform(0, 2).
  [{ kind: 'piecewiseLinear', x: [0, 1, 2], cdf: [0, 0.5, 1] }, 1, 4 / 12],
];

describe('distributionSchema', () => {
  it.each(SPECS.map(([s]) => [s.kind, s] as const))('accepts a valid %s spec', (_kind, spec) => {
    expect(parse(spec)).toEqual(spec);
  });

  it('rejects an unknown kind', () => expect(issues({ kind: 'cauchy', scale: 1 }).length).toBeGreaterThan(0));

  it('rejects unknown fields (strict objects)', () => {
    expect(issues({ kind: 'exponential', mean: 2, rate: 0.5 })[0]?.code).toBe('unrecognized_keys');
  });

  it.each([
    ['a non-positive exponential mean', { kind: 'exponential', mean: 0 }, 'mean'],
    ['a non-finite value', { kind: 'deterministic', value: Infinity }, 'value'],
    ['uniform with max below min', { kind: 'uniform', min: 3, max: 2 }, 'max'],
    ['a triangular mode outside [min, max]', { kind: 'triangular', min: 0, mode: 7, max: 6 }, 'mode'],
    ['a zero standard deviation', { kind: 'truncatedNormal', mean: 0, sd: 0 }, 'sd'],
    ['truncation bounds in the wrong order', { kind: 'truncatedNormal', mean: 0, sd: 1, lower: 2, upper: 1 }, 'upper'],
    ['truncation bounds with no probability', { kind: 'truncatedNormal', mean: 0, sd: 1, lower: 50 }, 'lower'],
    ['a negative lognormal sd', { kind: 'lognormal', mean: 1, sd: -1 }, 'sd'],
    ['a non-integer Erlang k', { kind: 'erlang', k: 1.5, mean: 1 }, 'k'],
    ['a negative Poisson mean', { kind: 'poisson', mean: -1 }, 'mean'],
    ['a probability above 1', { kind: 'bernoulli', p: 1.2 }, 'p'],
    ['a non-integer number of trials', { kind: 'binomial', n: 2.5, p: 0.5 }, 'n'],
    ['a negative weight', { kind: 'discrete', values: [1, 2], weights: [1, -1] }, 'weights'],
    ['all-zero weights', { kind: 'discrete', values: [1, 2], weights: [0, 0] }, 'weights'],
    ['one weight per value missing', { kind: 'discrete', values: [1, 2], weights: [1] }, 'weights'],
    ['breakpoints not increasing', { kind: 'piecewiseLinear', x: [0, 0, 1], cdf: [0, 0.5, 1] }, 'x'],
    ['a decreasing CDF', { kind: 'piecewiseLinear', x: [0, 1, 2], cdf: [0, 0.6, 0.5] }, 'cdf'],
    ['a CDF not ending at 1', { kind: 'piecewiseLinear', x: [0, 1], cdf: [0, 0.9] }, 'cdf'],
  ])('rejects %s, naming the field', (_what, spec, field) => {
    const found = issues(spec);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((i) => i.path[0])).toContain(field);
  });

  it('describes every field in its JSON Schema', () => {
    const json = JSON.stringify(z.toJSONSchema(distributionSchema, { io: 'input', target: 'draft-07' }));
    for (const field of ['mean', 'sd', 'shape', 'scale', 'weights', 'cdf']) expect(json).toContain(`"${field}"`);
    expect(json).toContain('"additionalProperties":false');
    expect(json).toContain('not of its log');
  });
});

describe('distributionMean and distributionVariance', () => {
  it.each(SPECS.map(([s, m, v]) => [s.kind, s, m, v] as const))('give the textbook moments of %s', (_k, spec, mean, variance) => {
    expect(distributionMean(spec)).toBeCloseTo(mean, 10);
    expect(distributionVariance(spec)).toBeCloseTo(variance, 8);
  });

  it('agree with the Weibull mean λΓ(1 + 1/k) for a shape other than 2', () => {
    expect(distributionMean({ kind: 'weibull', shape: 0.5, scale: 3 })).toBeCloseTo(3 * Math.exp(logGamma(3)), 10);
  });
});

describe('makeSampler', () => {
  it.each(SPECS.map(([s]) => [s.kind, s] as const))('draws %s with the spec moments', (_k, spec) => {
    const rng = createStream(5, 0, `spec-${spec.kind}`);
    const x = draw(100_000, makeSampler(spec, rng));
    const m = checkMoments(x, distributionMean(spec), distributionVariance(spec));
    expect(m.meanRatio).toBeLessThanOrEqual(1);
    expect(m.varianceRatio).toBeLessThanOrEqual(1);
  });

  it('draws the same numbers as the direct sampler on the same stream', () => {
    const a = makeSampler({ kind: 'exponential', mean: 2 }, createStream(1, 0, 's'));
    const b = createStream(1, 0, 's');
    expect(draw(100, a)).toEqual(draw(100, () => exponentialMean(b, 2)));
    const { mu, sigma } = lognormalParams(39, 105);
    const c = makeSampler({ kind: 'lognormal', mean: 39, sd: 105 }, createStream(1, 0, 'l'));
    const d = createStream(1, 0, 'l');
    expect(draw(100, c)).toEqual(draw(100, () => lognormalLog(d, mu, sigma)));
    const e = makeSampler({ kind: 'poisson', mean: 20 }, createStream(1, 0, 'p'));
    const f = createStream(1, 0, 'p');
    expect(draw(100, e)).toEqual(draw(100, () => poisson(f, 20)));
  });

  it('never draws from the stream for a deterministic spec', () => {
    const rng = createStream(1, 0, 'd');
    const twin = createStream(1, 0, 'd');
    const sample = makeSampler({ kind: 'deterministic', value: 3 }, rng);
    expect(draw(10, sample).every((v) => v === 3)).toBe(true);
    expect(rng()).toBe(twin());
  });
});
