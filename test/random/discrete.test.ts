/**
 * Every discrete sampler against its exact pmf: mean and variance within 99.9 % intervals,
 * and a chi-square goodness-of-fit test (p > 0.001), on 200 000 draws from a fixed stream.
 * Means and sizes are chosen to exercise each algorithm: inversion and PTRS for the
 * Poisson, inversion and BTRS (and the p > 1/2 reflection) for the binomial.
 */
import { describe, expect, it } from 'vitest';
import { bernoulli, binomial, createStream, discrete, makeDiscreteTable, poisson, type Rng } from '../../sim/random/index.ts';
import { logFactorial } from '../../sim/stats/index.ts';
import { checkMoments, discretePValue, draw } from './statisticalChecks.ts';

const N = 200_000;

interface Case {
  readonly name: string;
  readonly sample: (rng: Rng) => number;
  readonly mean: number;
  readonly variance: number;
  readonly pmf: (k: number) => number;
  readonly lo: number;
  readonly hi: number;
}

function poissonCase(mean: number): Case {
  const sd = Math.sqrt(mean);
  return {
    name: `poisson(${mean})`,
    sample: (rng) => poisson(rng, mean),
    mean,
    variance: mean,
    pmf: (k) => Math.exp(k * Math.log(mean) - mean - logFactorial(k)),
    lo: Math.max(0, Math.floor(mean - 9 * sd)),
    hi: Math.ceil(mean + 9 * sd + 10),
  };
}

function binomialCase(n: number, p: number): Case {
  const sd = Math.sqrt(n * p * (1 - p));
  const logC = (k: number) => logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  return {
    name: `binomial(${n}, ${p})`,
    sample: (rng) => binomial(rng, n, p),
    mean: n * p,
    variance: n * p * (1 - p),
    pmf: (k) => Math.exp(logC(k) + k * Math.log(p) + (n - k) * Math.log1p(-p)),
    lo: Math.max(0, Math.floor(n * p - 9 * sd - 10)),
    hi: Math.min(n, Math.ceil(n * p + 9 * sd + 10)),
  };
}

const VALUES = [0, 1, 2, 3, 4];
const WEIGHTS = [0.1, 0, 3, 1, 0.9];
const W = WEIGHTS.reduce((a, b) => a + b, 0);
const table = makeDiscreteTable(VALUES, WEIGHTS);
const discreteMean = VALUES.reduce((s, v, i) => s + (v * WEIGHTS[i]!) / W, 0);

const CASES: Case[] = [
  poissonCase(0.5),
  poissonCase(3),
  poissonCase(9.99),
  poissonCase(10),
  poissonCase(47.3),
  poissonCase(1000),
  poissonCase(1e6),
  binomialCase(20, 0.3),
  binomialCase(1000, 0.004),
  binomialCase(1e9, 5e-9),
  binomialCase(100, 0.5),
  binomialCase(60, 0.9),
  binomialCase(1_000_000, 0.3),
  {
    name: 'bernoulli(0.3)',
    sample: (rng) => bernoulli(rng, 0.3),
    mean: 0.3,
    variance: 0.21,
    pmf: (k) => (k === 1 ? 0.3 : 0.7),
    lo: 0,
    hi: 1,
  },
  {
    name: 'discrete (alias method) with a zero weight',
    sample: (rng) => discrete(rng, table),
    mean: discreteMean,
    variance: VALUES.reduce((s, v, i) => s + (v * v * WEIGHTS[i]!) / W, 0) - discreteMean ** 2,
    pmf: (k) => WEIGHTS[k]! / W,
    lo: 0,
    hi: 4,
  },
];

describe.each(CASES)('$name', (c) => {
  const rng = createStream(20240602, 0, c.name);
  const x = draw(N, () => c.sample(rng));
  const m = checkMoments(x, c.mean, c.variance);

  it('returns integers in the support', () => {
    expect(x.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
  });

  it('has a sample mean inside the 99.9 % interval of the theoretical mean', () => {
    expect(m.meanRatio, `mean ${m.mean} vs ${c.mean}`).toBeLessThanOrEqual(1);
  });

  it('has a sample variance inside the 99.9 % interval of the theoretical variance', () => {
    expect(m.varianceRatio, `variance ${m.variance} vs ${c.variance}`).toBeLessThanOrEqual(1);
  });

  it('passes a chi-square test against its exact pmf', () => {
    expect(discretePValue(x, c.pmf, c.lo, c.hi)).toBeGreaterThan(0.001);
  });
});

describe('degenerate discrete cases', () => {
  const rng = createStream(1, 0, 'degenerate');
  it('gives 0 for a Poisson with mean 0', () => expect(poisson(rng, 0)).toBe(0));
  it('gives 0 and n for binomial probabilities 0 and 1', () => {
    expect(binomial(rng, 10, 0)).toBe(0);
    expect(binomial(rng, 10, 1)).toBe(10);
  });
  it('never returns a value of zero weight', () => {
    const t = makeDiscreteTable([5, 6], [0, 1]);
    expect(draw(1000, () => discrete(rng, t)).every((v) => v === 6)).toBe(true);
  });
  it('rejects weights that are negative or all zero', () => {
    expect(() => makeDiscreteTable([1, 2], [1, -1])).toThrow(/weight/);
    expect(() => makeDiscreteTable([1, 2], [0, 0])).toThrow(/zero/);
  });
});
