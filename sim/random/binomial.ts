/**
 * Bernoulli and binomial samplers, exact in distribution.
 *
 * Binomial with n·min(p, 1−p) < 10: inversion by sequential search (one uniform).
 * Otherwise BTRS, the transformed rejection method of Hörmann, "The generation of binomial
 * random variates", Journal of Statistical Computation and Simulation 46 (1993), with the
 * acceptance test written as a difference of Stirling expansions so it stays precise for
 * very large n; constant expected cost for any n.
 */
import type { Rng } from './stream.ts';
import { exp, log, log1p } from '../math/index.ts';

/** 1 with probability `p` (in [0, 1]), else 0. */
export function bernoulli(rng: Rng, p: number): number {
  return rng() < p ? 1 : 0;
}

/** Above this many steps of sequential search (n·p < 10) rounding is to blame; redraw. */
const INVERSION_CAP = 200;

// P(0) = (1 − p)^n of the last few (n, p) inverted, replaced in turn: a model draws the same
// few small binomials (a party's ATD enrolment, work permits, shelter needs) over and over,
// alternating between them, and exp and log1p cost more than the search.
const MEMO = 8;
const memoN = new Int32Array(MEMO).fill(-1), memoP = new Float64Array(MEMO), memoP0 = new Float64Array(MEMO);
let memoNext = 0;

function probabilityOfNone(n: number, p: number): number {
  for (let j = 0; j < MEMO; j++) if (memoN[j] === n && memoP[j] === p) return memoP0[j]!;
  const p0 = exp(n * log1p(-p)), j = memoNext;
  memoN[j] = n; memoP[j] = p; memoP0[j] = p0;
  memoNext = (j + 1) & (MEMO - 1);
  return p0;
}

function inversion(rng: Rng, n: number, p: number): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  const p0 = probabilityOfNone(n, p);
  for (;;) {
    let u = rng();
    let k = 0;
    let pk = p0;
    while (u >= pk && k <= n && k < INVERSION_CAP) {
      u -= pk;
      k++;
      pk *= a / k - s;
    }
    if (k <= n && k < INVERSION_CAP) return k;
  }
}

// ln k! − [(k + ½) ln(k + 1) − (k + 1) + ½ ln 2π]: the tail of Stirling's series for ln k!.
const TAIL = [
  0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
  0.0138761288230707, 0.0118967099458917, 0.010411265261972, 0.00925546218271273, 0.00833056343336287,
];
function stirlingTail(k: number): number {
  if (k <= 9) return TAIL[k]!;
  const k1 = k + 1;
  const k1sq = k1 * k1;
  return (1 / 12 - (1 / 360 - 1 / 1260 / k1sq) / k1sq) / k1;
}

function btrs(rng: Rng, n: number, p: number): number {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const r = p / (1 - p);
  const alpha = (2.83 + 5.1 / b) * spq;
  const m = Math.floor((n + 1) * p);
  const head = (m + 0.5) * log((m + 1) / (r * (n - m + 1))) + stirlingTail(m) + stirlingTail(n - m);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    // ln f(k)/f(m) for the binomial pmf f, via Stirling's series.
    const bound =
      head +
      (n + 1) * log((n - m + 1) / (n - k + 1)) +
      (k + 0.5) * log((r * (n - k + 1)) / (k + 1)) -
      stirlingTail(k) -
      stirlingTail(n - k);
    if (log((v * alpha) / (a / (us * us) + b)) <= bound) return k;
  }
}

/**
 * Binomial: successes in `n` (an integer ≥ 0) independent trials each with probability `p`
 * (in [0, 1]).
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n === 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rng, n, 1 - p);
  // One trial (most parties are one person): the search's first step, without the memo of P(0).
  if (n === 1) return rng() < 1 - p ? 0 : 1;
  return n * p < 10 ? inversion(rng, n, p) : btrs(rng, n, p);
}
