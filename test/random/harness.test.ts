/**
 * The statistical checks used for the samplers can fail: each is shown rejecting a sample
 * drawn from a slightly wrong distribution.
 */
import { describe, expect, it } from 'vitest';
import { createStream, exponential, poisson, lognormal } from '../../sim/random/index.ts';
import { logFactorial, normalCdf } from '../../sim/stats/index.ts';
import { checkMoments, discretePValue, draw, ksPValue } from './statisticalChecks.ts';

const N = 200_000;

describe('the sampler checks reject a wrong distribution', () => {
  const x = draw(N, ((rng) => () => exponential(rng, 1.02))(createStream(99, 0, 'wrong-rate')));

  it('rejects the mean of an exponential with rate 1.02 tested as rate 1', () => {
    expect(checkMoments(x, 1, 1).meanRatio).toBeGreaterThan(1);
  });

  it('rejects its shape in a KS test against rate 1', () => {
    expect(ksPValue(x, (v) => 1 - Math.exp(-v))).toBeLessThan(0.001);
  });

  it('rejects a variance that is 5 % too high', () => {
    const y = draw(N, ((rng) => () => exponential(rng, 1))(createStream(99, 0, 'variance')));
    expect(checkMoments(y, 1, 1.05).varianceRatio).toBeGreaterThan(1);
  });

  it('rejects a normal sample tested as a lognormal of the same mean and sd', () => {
    const rng = createStream(99, 0, 'shape');
    const y = draw(N, () => lognormal(rng, 10, 1));
    // A lognormal with cv 0.1 is close to Normal(10, 1), but not close enough to pass.
    expect(ksPValue(y, (v) => normalCdf(v - 10))).toBeLessThan(0.001);
  });

  it('rejects a Poisson(1000) sample tested against the pmf of Poisson(1010)', () => {
    const rng = createStream(99, 0, 'poisson');
    const y = draw(N, () => poisson(rng, 1000));
    const pmf = (k: number) => Math.exp(k * Math.log(1010) - 1010 - logFactorial(k));
    expect(discretePValue(y, pmf, 800, 1200)).toBeLessThan(0.001);
  });
});
