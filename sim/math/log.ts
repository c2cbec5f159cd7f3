/**
 * Natural logarithm, a JavaScript port of fdlibm's `e_log.c` (as in FreeBSD msun,
 * `lib/msun/src/e_log.c`), step for step, so it gives the same bits on every engine.
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 *
 * Method (from the original):
 *   1. Argument reduction: find k and f such that x = 2^k (1 + f), √2/2 < 1 + f < √2.
 *   2. Approximation of log(1 + f): with s = f/(2 + f), log(1 + f) = 2s + s·R(s²), where R is
 *      a degree-14 Remez polynomial with error below 2^−58.45 on [0, 0.1716]; computed as
 *      f − (hfsq − s (hfsq + R)) with hfsq = f²/2 for better accuracy.
 *   3. log(x) = k·ln2_hi + (f − (hfsq − (s (hfsq + R) + k·ln2_lo))), where k·ln2_hi is exact
 *      for |k| < 2000.
 * Error below 1 ulp.
 */
import { highWord, powerOfTwo } from './words.ts';

const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 0xfee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 0x35793c76
const TWO54 = 1.8014398509481984e16; // 0x43500000 0x00000000
const LG1 = 6.666666666666735130e-1; // 0x3fe55555 0x55555593
const LG2 = 3.999999999940941908e-1; // 0x3fd99999 0x9997fa04
const LG3 = 2.857142874366239149e-1; // 0x3fd24924 0x94229359
const LG4 = 2.222219843214978396e-1; // 0x3fcc71c5 0x1d8e78af
const LG5 = 1.818357216161805012e-1; // 0x3fc74664 0x96cb03de
const LG6 = 1.531383769920937332e-1; // 0x3fc39a09 0xd078c69f
const LG7 = 1.479819860511658591e-1; // 0x3fc2f112 0xdf3e5244

/**
 * ln x, within 1 ulp, with the same bits on every JavaScript engine (use instead of
 * `Math.log`). log(±0) = −∞, log(x < 0) = NaN, log(+∞) = +∞, log(1) = +0, log(NaN) = NaN.
 *
 * Kept small so that V8 can inline it into the samplers (a call that is not inlined boxes its
 * double argument and result, which costs more than the logarithm): the rare cases live in
 * functions of their own.
 */
export function log(x: number): number {
  const hx = highWord(x);
  if (hx < 0x00100000 || hx >= 0x7ff00000) return logSpecial(x, hx);
  return logNormal(x, hx, 0);
}

/** x ≤ 0, subnormal, +∞ or NaN (`hx` its high word). */
function logSpecial(x: number, hx: number): number {
  if (x === 0) return -Infinity;
  if (hx < 0) return (x - x) / 0; // log(−x) = NaN
  if (hx >= 0x7ff00000) return x + x; // +∞ or NaN
  x *= TWO54; // scale a subnormal up
  return logNormal(x, highWord(x), -54);
}

/** ln x for a positive normal x with high word `hx`, plus k0·ln2 (the original's main path). */
function logNormal(x: number, hx: number, k0: number): number {
  const i = ((hx & 0x000fffff) + 0x95f64) & 0x100000;
  // Normalise x or x/2 into [√2/2, √2): the original sets the exponent field to 0x3ff or
  // 0x3fe; multiplying by the power of two gives the same double without a bit write.
  const e = (hx >> 20) - 1023 + (i >> 20);
  x *= powerOfTwo(-e);
  const k = k0 + e;
  hx &= 0x000fffff;
  const f = x - 1;
  if ((0x000fffff & (2 + hx)) < 3) return logNearPowerOfTwo(f, k); // −2^−20 ≤ f < 2^−20
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f);
  }
  if (k === 0) return f - s * (f - r);
  return k * LN2_HI - ((s * (f - r) - k * LN2_LO) - f);
}

/** k·ln2 + log(1 + f) for |f| < 2^−20. */
function logNearPowerOfTwo(f: number, k: number): number {
  if (f === 0) {
    if (k === 0) return 0;
    return k * LN2_HI + k * LN2_LO;
  }
  const r = f * f * (0.5 - 0.33333333333333333 * f);
  if (k === 0) return f - r;
  return k * LN2_HI - ((r - k * LN2_LO) - f);
}
