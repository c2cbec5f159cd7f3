/** Random streams, samplers and distribution specs (flat export list). */
export { type Rng, createStream, skipDraws, streamKey, Streams } from './stream.ts';
export { exponential, exponentialMean, deterministic, uniform, triangular, weibull } from './continuous.ts';
export {
  standardNormal,
  normal,
  standardTruncatedNormal,
  truncatedNormal,
  lognormal,
  lognormalLog,
  lognormalParams,
  truncatedMass,
} from './normal.ts';
export { gamma, erlang } from './gamma.ts';
export { poisson } from './poisson.ts';
export { bernoulli, binomial } from './binomial.ts';
export {
  type DiscreteTable,
  type PiecewiseLinearTable,
  makeDiscreteTable,
  discrete,
  makePiecewiseLinear,
  piecewiseLinear,
} from './empirical.ts';
export { distributionSchema, type DistributionSpec, type DistributionKind } from './spec.ts';
export { makeSampler } from './makeSampler.ts';
export { distributionMean, distributionVariance } from './distributionMoments.ts';
