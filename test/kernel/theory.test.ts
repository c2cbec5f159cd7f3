/**
 * The kernel against queueing theory. Each check runs seeded replications with warm-up
 * deletion and asserts that the analytic value lies inside the replications' Student-t
 * confidence interval. The intervals are 99% (not 95%): about twenty intervals are
 * checked here, and at 95% one of them would miss by chance more often than not.
 * Run lengths are chosen so that a model with one server fewer, or service 10% slower,
 * is rejected (see the last block).
 */
import { describe, expect, it } from 'vitest';
import { deterministic, exponential } from '../../sim/random/index.ts';
import { erlangB, erlangC, erlangCWq, md1Wq, mm1Pn, mm1Wq, mmInfL, summarize } from '../../sim/stats/index.ts';
import { runQueue, type QueueRun, type QueueSpec } from './queueModels.ts';

const REPS = 12;
const SEED = 20240501;

/** Replications of `spec`, run once on first use (not while tests are being collected). */
function replicate(spec: QueueSpec): () => QueueRun[] {
  let runs: QueueRun[] | undefined;
  return () => (runs ??= Array.from({ length: REPS }, (_, r) => runQueue(spec, SEED, r)));
}

/** Confidence interval at level 99% from replication values. */
function ci99(values: number[]): readonly [number, number] {
  return summarize(values, 0.99).ci;
}

function expectInside(values: number[], theory: number, label: string) {
  const [lo, hi] = ci99(values);
  expect(theory, `${label}: theory ${theory} outside [${lo}, ${hi}]`).toBeGreaterThanOrEqual(lo);
  expect(theory, `${label}: theory ${theory} outside [${lo}, ${hi}]`).toBeLessThanOrEqual(hi);
}

function expectOutside(values: number[], theory: number) {
  const [lo, hi] = ci99(values);
  expect(theory < lo || theory > hi, `theory ${theory} should be outside [${lo}, ${hi}]`).toBe(true);
}

/** Little's law: the mean of lambda·W per replication lies inside the CI of L. */
function expectLittle(runs: QueueRun[]) {
  const lw = runs.map((r) => r.lambdaEff * r.w);
  const meanLw = lw.reduce((a, b) => a + b, 0) / lw.length;
  expectInside(runs.map((r) => r.l), meanLw, "Little's law L = lambda W");
}

const exp = (mu: number) => (rng: () => number) => exponential(rng, mu);

describe('M/M/1 (lambda 0.8, mu 1)', () => {
  const runs = replicate({ lambda: 0.8, service: exp(1), servers: 1, horizon: 40_000, warmup: 2_000, maxState: 4 });
  it('mean wait in queue matches rho / (mu - lambda)', () => expectInside(runs().map((r) => r.wq), mm1Wq(0.8, 1), 'Wq'));
  for (let n = 0; n <= 4; n++) {
    it(`state probability P(${n}) matches (1 - rho) rho^${n}`, () => expectInside(runs().map((r) => r.pn[n]!), mm1Pn(0.8, 1, n), `P(${n})`));
  }
  it("satisfies Little's law", () => expectLittle(runs()));
});

const mm5 = replicate({ lambda: 4.5, service: exp(1), servers: 5, horizon: 40_000, warmup: 2_000 });

describe('M/M/c (c 5, lambda 4.5, mu 1: rho 0.9)', () => {
  const runs = mm5;
  it('probability of waiting matches Erlang C', () => expectInside(runs().map((r) => r.pWait), erlangC(5, 4.5, 1), 'P(wait)'));
  it('mean wait matches Erlang C', () => expectInside(runs().map((r) => r.wq), erlangCWq(5, 4.5, 1), 'Wq'));
  it("satisfies Little's law", () => expectLittle(runs()));
});

describe('M/M/c/c (c 10, offered load 8): a holding facility with a hard capacity', () => {
  const runs = replicate({ lambda: 8, service: exp(1), servers: 10, systemCapacity: 10, horizon: 20_000, warmup: 200 });
  it('blocking probability matches Erlang B', () => expectInside(runs().map((r) => r.pBlock), erlangB(10, 8), 'blocking'));
  it('nobody waits', () => expect(Math.max(...runs().map((r) => r.wq))).toBe(0));
  it("satisfies Little's law", () => expectLittle(runs()));
});

describe('M/D/1 (lambda 0.8, service 1)', () => {
  const runs = replicate({ lambda: 0.8, service: (rng) => deterministic(rng, 1), servers: 1, horizon: 40_000, warmup: 2_000 });
  it('mean wait matches Pollaczek-Khinchine', () => expectInside(runs().map((r) => r.wq), md1Wq(0.8, 1), 'Wq'));
  it("satisfies Little's law", () => expectLittle(runs()));
});

describe('M/M/infinity (lambda 5, mu 1)', () => {
  const runs = replicate({ lambda: 5, service: exp(1), servers: Infinity, horizon: 20_000, warmup: 200 });
  it('nobody waits', () => expect(Math.max(...runs().map((r) => r.wq))).toBe(0));
  it('mean number in system matches lambda / mu', () => expectInside(runs().map((r) => r.l), mmInfL(5, 1), 'L'));
  it("satisfies Little's law", () => expectLittle(runs()));
});

describe('the theory checks can fail', () => {
  it('rejects an M/M/c model with one server fewer than the formula assumes', () => {
    // The M/M/5 runs above, compared with the Erlang C value for 6 servers: must be rejected.
    expectOutside(mm5().map((r) => r.wq), erlangCWq(6, 4.5, 1));
  });

  it('rejects an M/M/c model whose service is 10% slower than the formula assumes', () => {
    const runs = replicate({ lambda: 4.5, service: exp(1 / 1.1), servers: 6, horizon: 40_000, warmup: 2_000 });
    expectOutside(runs().map((r) => r.wq), erlangCWq(6, 4.5, 1));
  });

  it('rejects Erlang B for a facility with one place fewer', () => {
    const runs = replicate({ lambda: 8, service: exp(1), servers: 9, systemCapacity: 9, horizon: 20_000, warmup: 200 });
    expectOutside(runs().map((r) => r.pBlock), erlangB(10, 8));
  });
});
