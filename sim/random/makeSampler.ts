/**
 * Turns a validated distribution spec into a sampler bound to one stream. Set-up work
 * (lognormal parameters, alias tables…) is done once here, not per draw.
 */
import type { Rng } from './stream.ts';
import type { DistributionSpec } from './spec.ts';
import { exponentialMean, triangular, uniform, weibull } from './continuous.ts';
import { lognormalLog, lognormalParams, truncatedNormal } from './normal.ts';
import { erlang, gamma } from './gamma.ts';
import { poisson } from './poisson.ts';
import { bernoulli, binomial } from './binomial.ts';
import { discrete, makeDiscreteTable, makePiecewiseLinear, piecewiseLinear } from './empirical.ts';

/**
 * A function drawing from `spec` with `rng`. The spec is assumed valid (parse it with
 * `distributionSchema` first); a deterministic spec never draws from the stream.
 */
export function makeSampler(spec: DistributionSpec, rng: Rng): () => number {
  switch (spec.kind) {
    case 'exponential': {
      const { mean } = spec;
      return () => exponentialMean(rng, mean);
    }
    case 'deterministic': {
      const { value } = spec;
      return () => value;
    }
    case 'uniform': {
      const { min, max } = spec;
      return () => uniform(rng, min, max);
    }
    case 'triangular': {
      const { min, mode, max } = spec;
      return () => triangular(rng, min, mode, max);
    }
    case 'truncatedNormal': {
      const { mean, sd } = spec;
      const lower = spec.lower ?? -Infinity;
      const upper = spec.upper ?? Infinity;
      return () => truncatedNormal(rng, mean, sd, lower, upper);
    }
    case 'lognormal': {
      const { mu, sigma } = lognormalParams(spec.mean, spec.sd);
      return () => lognormalLog(rng, mu, sigma);
    }
    case 'gamma': {
      const { shape, scale } = spec;
      return () => gamma(rng, shape, scale);
    }
    case 'erlang': {
      const { k } = spec;
      const rate = k / spec.mean;
      return () => erlang(rng, k, rate);
    }
    case 'weibull': {
      const { shape, scale } = spec;
      return () => weibull(rng, shape, scale);
    }
    case 'poisson': {
      const { mean } = spec;
      return () => poisson(rng, mean);
    }
    case 'bernoulli': {
      const { p } = spec;
      return () => bernoulli(rng, p);
    }
    case 'binomial': {
      const { n, p } = spec;
      return () => binomial(rng, n, p);
    }
    case 'discrete': {
      const table = makeDiscreteTable(spec.values, spec.weights);
      return () => discrete(rng, table);
    }
    case 'piecewiseLinear': {
      const table = makePiecewiseLinear(spec.x, spec.cdf);
      return () => piecewiseLinear(rng, table);
    }
  }
}
