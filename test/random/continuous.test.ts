/**
 * Every continuous sampler against its theory: mean and variance within 99.9 % intervals
 * and a KS test (p > 0.001), on 200 000 draws from a fixed stream. See statisticalChecks.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  createStream,
  erlang,
  exponential,
  exponentialMean,
  gamma,
  lognormal,
  makePiecewiseLinear,
  normal,
  piecewiseLinear,
  triangular,
  truncatedNormal,
  uniform,
  weibull,
  type Rng,
} from '../../sim/random/index.ts';
import { logGamma, normalCdf, normalPdf, regularizedGammaP } from '../../sim/stats/index.ts';
import { checkMoments, draw, ksPValue } from './statisticalChecks.ts';

const N = 200_000;

interface Case {
  readonly name: string;
  readonly sample: (rng: Rng) => number;
  readonly mean: number;
  readonly variance: number;
  readonly cdf: (x: number) => number;
}

/** Moments and CDF of Normal(m, s) truncated to [lo, hi] (textbook formulas). */
function truncatedCase(m: number, s: number, lo: number, hi: number): Case {
  const a = (lo - m) / s;
  const b = (hi - m) / s;
  const z = normalCdf(b) - normalCdf(a);
  const pa = Number.isFinite(a) ? normalPdf(a) : 0;
  const pb = Number.isFinite(b) ? normalPdf(b) : 0;
  const apa = Number.isFinite(a) ? a * pa : 0;
  const bpb = Number.isFinite(b) ? b * pb : 0;
  return {
    name: `truncatedNormal(${m}, ${s}, [${lo}, ${hi}])`,
    sample: (rng) => truncatedNormal(rng, m, s, lo, hi),
    mean: m + (s * (pa - pb)) / z,
    variance: s * s * (1 + (apa - bpb) / z - ((pa - pb) / z) ** 2),
    cdf: (x) => (x <= lo ? 0 : x >= hi ? 1 : (normalCdf((x - m) / s) - normalCdf(a)) / z),
  };
}

function gammaCase(shape: number, scale: number): Case {
  return {
    name: `gamma(${shape}, ${scale})`,
    sample: (rng) => gamma(rng, shape, scale),
    mean: shape * scale,
    variance: shape * scale * scale,
    cdf: (x) => (x <= 0 ? 0 : regularizedGammaP(shape, x / scale)),
  };
}

function erlangCase(k: number, rate: number): Case {
  return {
    name: `erlang(${k}, ${rate})`,
    sample: (rng) => erlang(rng, k, rate),
    mean: k / rate,
    variance: k / (rate * rate),
    cdf: (x) => (x <= 0 ? 0 : regularizedGammaP(k, x * rate)),
  };
}

function weibullCase(k: number, lambda: number): Case {
  const g1 = Math.exp(logGamma(1 + 1 / k));
  const g2 = Math.exp(logGamma(1 + 2 / k));
  return {
    name: `weibull(${k}, ${lambda})`,
    sample: (rng) => weibull(rng, k, lambda),
    mean: lambda * g1,
    variance: lambda * lambda * (g2 - g1 * g1),
    cdf: (x) => (x <= 0 ? 0 : 1 - Math.exp(-Math.pow(x / lambda, k))),
  };
}

function lognormalCase(mean: number, sd: number): Case {
  const s2 = Math.log(1 + (sd * sd) / (mean * mean));
  const mu = Math.log(mean) - s2 / 2;
  return {
    name: `lognormal(${mean}, ${sd})`,
    sample: (rng) => lognormal(rng, mean, sd),
    mean,
    variance: sd * sd,
    cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / Math.sqrt(s2))),
  };
}

function triangularCase(a: number, c: number, b: number): Case {
  return {
    name: `triangular(${a}, ${c}, ${b})`,
    sample: (rng) => triangular(rng, a, c, b),
    mean: (a + b + c) / 3,
    variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
    cdf: (x) =>
      x <= a ? 0 : x >= b ? 1 : x <= c ? ((x - a) * (x - a)) / ((b - a) * (c - a)) : 1 - ((b - x) * (b - x)) / ((b - a) * (b - c)),
  };
}

const PIECEWISE_X = [0, 1, 3, 4, 10];
const PIECEWISE_CDF = [0, 0.5, 0.5, 0.9, 1];
const piecewiseTable = makePiecewiseLinear(PIECEWISE_X, PIECEWISE_CDF);

const CASES: Case[] = [
  {
    name: 'exponential(rate 0.5)',
    sample: (rng) => exponential(rng, 0.5),
    mean: 2,
    variance: 4,
    cdf: (x) => (x <= 0 ? 0 : 1 - Math.exp(-0.5 * x)),
  },
  {
    name: 'exponentialMean(3)',
    sample: (rng) => exponentialMean(rng, 3),
    mean: 3,
    variance: 9,
    cdf: (x) => (x <= 0 ? 0 : 1 - Math.exp(-x / 3)),
  },
  {
    name: 'uniform(3, 7)',
    sample: (rng) => uniform(rng, 3, 7),
    mean: 5,
    variance: 16 / 12,
    cdf: (x) => Math.min(1, Math.max(0, (x - 3) / 4)),
  },
  triangularCase(1, 2, 5),
  triangularCase(0, 0, 1),
  {
    name: 'normal(10, 2)',
    sample: (rng) => normal(rng, 10, 2),
    mean: 10,
    variance: 4,
    cdf: (x) => normalCdf((x - 10) / 2),
  },
  truncatedCase(0, 1, -1, 2), // holds 0, wide: plain rejection
  truncatedCase(0, 1, -0.2, 0.3), // holds 0, narrow: uniform proposal
  truncatedCase(5, 3, 0, Infinity), // a service time kept positive
  truncatedCase(0, 1, 3, Infinity), // far upper tail: exponential proposal
  truncatedCase(0, 1, 2, 2.3), // narrow, in the tail: uniform proposal
  truncatedCase(1, 2, -Infinity, -2), // lower tail, by reflection
  lognormalCase(39, 105),
  lognormalCase(2, 1),
  gammaCase(0.3, 2), // shape < 1: boosted
  gammaCase(1, 1),
  gammaCase(2.5, 4),
  gammaCase(50, 0.1),
  erlangCase(3, 1.5), // product of uniforms
  erlangCase(40, 8), // gamma route
  weibullCase(0.7, 3),
  weibullCase(2, 1),
  {
    name: 'piecewiseLinear with a zero-mass segment',
    sample: (rng) => piecewiseLinear(rng, piecewiseTable),
    // Uniform pieces: 0.5 on [0, 1], 0.4 on [3, 4], 0.1 on [4, 10]; E[X²] on [a, b] is (a² + ab + b²)/3.
    mean: 0.5 * 0.5 + 0.4 * 3.5 + 0.1 * 7,
    variance: (0.5 * 1 + 0.4 * 37 + 0.1 * 156) / 3 - (0.5 * 0.5 + 0.4 * 3.5 + 0.1 * 7) ** 2,
    cdf: (x) => {
      if (x <= 0) return 0;
      if (x >= 10) return 1;
      let i = 0;
      while (x > PIECEWISE_X[i + 1]!) i++;
      const f = (x - PIECEWISE_X[i]!) / (PIECEWISE_X[i + 1]! - PIECEWISE_X[i]!);
      return PIECEWISE_CDF[i]! + f * (PIECEWISE_CDF[i + 1]! - PIECEWISE_CDF[i]!);
    },
  },
];

describe.each(CASES)('$name', (c) => {
  const rng = createStream(20240601, 0, c.name);
  const x = draw(N, () => c.sample(rng));
  const m = checkMoments(x, c.mean, c.variance);

  it('has a sample mean inside the 99.9 % interval of the theoretical mean', () => {
    expect(m.meanRatio, `mean ${m.mean} vs ${c.mean}`).toBeLessThanOrEqual(1);
  });

  it('has a sample variance inside the 99.9 % interval of the theoretical variance', () => {
    expect(m.varianceRatio, `variance ${m.variance} vs ${c.variance}`).toBeLessThanOrEqual(1);
  });

  it('passes a Kolmogorov-Smirnov test against its CDF', () => {
    expect(ksPValue(x, c.cdf)).toBeGreaterThan(0.001);
  });
});
