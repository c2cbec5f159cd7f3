/**
 * Analytic mean and variance of a distribution spec, for model checks (e.g. the offered
 * load λ·E[S], or the Pollaczek–Khinchine formula, which needs Var[S]).
 */
import type { DistributionSpec } from './spec.ts';
import { truncatedMass } from './normal.ts';
import { normalPdf } from '../stats/normal.ts';
import { logGamma } from '../stats/logGamma.ts';
import { exp, pow } from '../math/index.ts';

/** (φ(a) − φ(b)) / Z and (aφ(a) − bφ(b)) / Z for the standardised truncation [a, b]. */
function truncatedTerms(mean: number, sd: number, lower: number, upper: number): [number, number] {
  const a = (lower - mean) / sd;
  const b = (upper - mean) / sd;
  const z = truncatedMass(mean, sd, lower, upper);
  const pa = a === -Infinity ? 0 : normalPdf(a);
  const pb = b === Infinity ? 0 : normalPdf(b);
  const apa = a === -Infinity ? 0 : a * pa;
  const bpb = b === Infinity ? 0 : b * pb;
  return [(pa - pb) / z, (apa - bpb) / z];
}

/** Mean of a discrete spec, and of its squares. */
function discreteMoments(values: readonly number[], weights: readonly number[]): [number, number] {
  let w = 0;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    w += weights[i]!;
    m1 += weights[i]! * values[i]!;
    m2 += weights[i]! * values[i]! * values[i]!;
  }
  return [m1 / w, m2 / w];
}

/** E[X] and E[X²] of a piecewise-linear CDF (uniform between breakpoints). */
function piecewiseMoments(x: readonly number[], cdf: readonly number[]): [number, number] {
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const p = cdf[i + 1]! - cdf[i]!;
    const a = x[i]!;
    const b = x[i + 1]!;
    m1 += (p * (a + b)) / 2;
    m2 += (p * (a * a + a * b + b * b)) / 3;
  }
  return [m1, m2];
}

/** The analytic mean of the distribution described by a (validated) spec. */
export function distributionMean(spec: DistributionSpec): number {
  switch (spec.kind) {
    case 'exponential':
    case 'lognormal':
    case 'erlang':
    case 'poisson':
      return spec.mean;
    case 'deterministic':
      return spec.value;
    case 'uniform':
      return (spec.min + spec.max) / 2;
    case 'triangular':
      return (spec.min + spec.mode + spec.max) / 3;
    case 'truncatedNormal':
      return spec.mean + spec.sd * truncatedTerms(spec.mean, spec.sd, spec.lower ?? -Infinity, spec.upper ?? Infinity)[0];
    case 'gamma':
      return spec.shape * spec.scale;
    case 'weibull':
      return spec.scale * exp(logGamma(1 + 1 / spec.shape));
    case 'bernoulli':
      return spec.p;
    case 'binomial':
      return spec.n * spec.p;
    case 'discrete':
      return discreteMoments(spec.values, spec.weights)[0];
    case 'piecewiseLinear':
      return piecewiseMoments(spec.x, spec.cdf)[0];
  }
}

/** The analytic variance of the distribution described by a (validated) spec. */
export function distributionVariance(spec: DistributionSpec): number {
  switch (spec.kind) {
    case 'exponential':
      return spec.mean * spec.mean;
    case 'deterministic':
      return 0;
    case 'uniform':
      return pow(spec.max - spec.min, 2) / 12;
    case 'triangular': {
      const { min: a, mode: c, max: b } = spec;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case 'truncatedNormal': {
      const [t1, t2] = truncatedTerms(spec.mean, spec.sd, spec.lower ?? -Infinity, spec.upper ?? Infinity);
      return spec.sd * spec.sd * (1 + t2 - t1 * t1);
    }
    case 'lognormal':
      return spec.sd * spec.sd;
    case 'gamma':
      return spec.shape * spec.scale * spec.scale;
    case 'erlang':
      return (spec.mean * spec.mean) / spec.k;
    case 'weibull': {
      const g1 = exp(logGamma(1 + 1 / spec.shape));
      const g2 = exp(logGamma(1 + 2 / spec.shape));
      return spec.scale * spec.scale * (g2 - g1 * g1);
    }
    case 'poisson':
      return spec.mean;
    case 'bernoulli':
      return spec.p * (1 - spec.p);
    case 'binomial':
      return spec.n * spec.p * (1 - spec.p);
    case 'discrete': {
      const [m1, m2] = discreteMoments(spec.values, spec.weights);
      return Math.max(0, m2 - m1 * m1);
    }
    case 'piecewiseLinear': {
      const [m1, m2] = piecewiseMoments(spec.x, spec.cdf);
      return Math.max(0, m2 - m1 * m1);
    }
  }
}
