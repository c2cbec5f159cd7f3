/**
 * Power function, a JavaScript port of fdlibm's `e_pow.c` (as in FreeBSD msun,
 * `lib/msun/src/e_pow.c`), step for step, so it gives the same bits on every engine, with
 * ECMAScript's special cases where they differ from C's.
 *
 * ====================================================
 * Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
 *
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 *
 * Method (from the original): with x = 2^n (1 + f),
 *   1. compute log2(x) in two pieces w1 + w2, w1 with 29 trailing zero bits;
 *   2. compute y·log2(x) = n + y′ with |y′| ≤ 0.5 in simulated multiple precision;
 *   3. return 2^n · exp(y′·ln2).
 * "Nearly rounded"; pow(integer, integer) is exact whenever the result is representable.
 */
import { fromWords, highWord, lowWord, withHighWord, withLowWord } from './words.ts';
import { scalbn } from './scalbn.ts';

const BP = [1.0, 1.5];
const DP_H = [0.0, 5.84962487220764160156e-1]; // 0x3fe2b803 0x40000000
const DP_L = [0.0, 1.35003920212974897128e-8]; // 0x3e4cfdeb 0x43cfd006
const TWO53 = 9007199254740992.0; // 0x43400000 0x00000000
const HUGE = 1.0e300;
const TINY = 1.0e-300;
// Polynomial coefficients for (3/2)(log(x) − 2s − (2/3) s³).
const L1 = 5.99999999999994648725e-1; // 0x3fe33333 0x33333303
const L2 = 4.28571428578550184252e-1; // 0x3fdb6db6 0xdb6fabff
const L3 = 3.33333329818377432918e-1; // 0x3fd55555 0x518f264d
const L4 = 2.72728123808534006489e-1; // 0x3fd17460 0xa91d4101
const L5 = 2.30660745775561754067e-1; // 0x3fcd864a 0x93c9db65
const L6 = 2.06975017800338417784e-1; // 0x3fca7e28 0x4a454eef
const P1 = 1.66666666666666019037e-1; // 0x3fc55555 0x5555553e
const P2 = -2.77777777770155933842e-3; // 0xbf66c16c 0x16bebd93
const P3 = 6.61375632143793436117e-5; // 0x3f11566a 0xaf25de2c
const P4 = -1.65339022054652515390e-6; // 0xbebbbd41 0xc5d26bf1
const P5 = 4.13813679705723846039e-8; // 0x3e663769 0x72bea4d0
const LG2 = 6.93147180559945286227e-1; // 0x3fe62e42 0xfefa39ef
const LG2_H = 6.93147182464599609375e-1; // 0x3fe62e43 0x00000000
const LG2_L = -1.90465429995776804525e-9; // 0xbe205c61 0x0ca86c39
const OVT = 8.0085662595372944372e-17; // −(1024 − log2(ovfl + 0.5 ulp))
const CP = 9.61796693925975554329e-1; // 0x3feec709 0xdc3a03fd = 2/(3 ln2)
const CP_H = 9.61796700954437255859e-1; // 0x3feec709 0xe0000000 = (float)cp
const CP_L = -7.02846165095275826516e-9; // 0xbe3e2fe0 0x145b01f5 = tail of cp_h
const IVLN2 = 1.44269504088896338700; // 0x3ff71547 0x652b82fe = 1/ln2
const IVLN2_H = 1.44269502162933349609; // 0x3ff71547 0x60000000 = 24 bits of 1/ln2
const IVLN2_L = 1.92596299112661746887e-8; // 0x3e54ae0b 0xf85ddf44 = tail of 1/ln2

/**
 * x^y, within about 1 ulp, with the same bits on every JavaScript engine (use instead of
 * `Math.pow` and `**`). Special cases follow ECMAScript's Number::exponentiate: x^±0 = 1
 * (even for NaN), x^NaN = NaN (even for x = 1), (±1)^±∞ = NaN, negative x to a non-integer
 * power = NaN, (−x)^(odd integer) = −(x^odd), and the signed zeros and infinities of ±0 and
 * ±∞ as the specification lists. Integer powers of integers are exact when representable.
 */
export function pow(x: number, y: number): number {
  // Where ECMAScript differs from C99 (which fdlibm follows): 1^NaN and (±1)^±∞ are NaN.
  if (y !== y) return y + y;
  if ((x === 1 || x === -1) && (y === Infinity || y === -Infinity)) return Number.NaN;

  const hx = highWord(x);
  const lx = lowWord(x);
  const hy = highWord(y);
  const ly = lowWord(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;

  if ((iy | ly) === 0) return 1; // x^0 = 1
  if (hx === 0x3ff00000 && lx === 0) return 1; // 1^y = 1
  if (ix > 0x7ff00000 || (ix === 0x7ff00000 && lx !== 0) || iy > 0x7ff00000 || (iy === 0x7ff00000 && ly !== 0)) {
    return x + 0 + (y + 0); // NaN
  }

  // When x < 0: yisint = 0 if y is not an integer, 1 if an odd integer, 2 if an even one.
  let yisint = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) yisint = 2; // |y| ≥ 2^53: even
    else if (iy >= 0x3ff00000) {
      const k = (iy >> 20) - 0x3ff; // exponent
      if (k > 20) {
        const j = ly >>> (52 - k);
        if (((j << (52 - k)) >>> 0) === ly) yisint = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - k);
        if (j << (20 - k) === iy) yisint = 2 - (j & 1);
      }
    }
  }

  // Special values of y.
  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y = ±∞ (|x| = 1 handled above)
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0; // (|x| > 1)^±∞ = +∞, 0
      return hy < 0 ? -y : 0; // (|x| < 1)^∓∞ = +∞, 0
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x; // y = ±1
    if (hy === 0x40000000) return x * x; // y = 2
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x); // y = 0.5, x ≥ +0
  }

  const ax = Math.abs(x);
  // Special values of x: ±0, ±∞, ±1.
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    let z = ax;
    if (hy < 0) z = 1 / z; // 1/|x|
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yisint) === 0) z = (z - z) / (z - z); // (−1)^non-integer = NaN
      else if (yisint === 1) z = -z; // (x < 0)^odd = −(|x|^odd)
    }
    return z;
  }

  let n = (hx >>> 31) - 1;
  if ((n | yisint) === 0) return (x - x) / (x - x); // (x < 0)^non-integer = NaN

  const s = (n | (yisint - 1)) === 0 ? -1 : 1; // sign of the result: −1 for (−x)^odd

  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2^31
    if (iy > 0x43f00000) {
      // |y| > 2^64: must overflow or underflow
      if (ix <= 0x3fefffff) return hy < 0 ? HUGE * HUGE : TINY * TINY;
      if (ix >= 0x3ff00000) return hy > 0 ? HUGE * HUGE : TINY * TINY;
    }
    // Overflow or underflow if x is not close to 1.
    if (ix < 0x3fefffff) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
    if (ix > 0x3ff00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
    // |1 − x| ≤ 2^−20: log(x) by x − x²/2 + x³/3 − x⁴/4.
    const t = ax - 1; // 20 trailing zero bits
    const w = t * t * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const u = IVLN2_H * t; // IVLN2_H has 21 significant bits
    const v = t * IVLN2_L - w * IVLN2;
    t1 = withLowWord(u + v, 0);
    t2 = v - (t1 - u);
  } else {
    let axn = ax;
    n = 0;
    if (ix < 0x00100000) {
      // subnormal x
      axn *= TWO53;
      n -= 53;
      ix = highWord(axn);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    // Interval of x: [1, √(3/2)), [√(3/2), √3), or [√3, 2) taken as half of [2√3/2, 4).
    let k: number;
    ix = j | 0x3ff00000; // normalise ix
    if (j <= 0x3988e) k = 0;
    else if (j < 0xbb67a) k = 1;
    else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    axn = withHighWord(axn, ix);

    // ss = s_h + s_l = (x − 1)/(x + 1) or (x − 1.5)/(x + 1.5).
    let u = axn - BP[k]!;
    let v = 1 / (axn + BP[k]!);
    const ss = u * v;
    const sH = withLowWord(ss, 0);
    // t_h = ax + bp[k], high part.
    let tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    let tL = axn - (tH - BP[k]!);
    const sL = v * ((u - sH * tH) - sH * tL);
    // log(ax)
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = withLowWord(3.0 + s2 + r, 0);
    tL = r - ((tH - 3.0) - s2);
    // u + v = ss (1 + …)
    u = sH * tH;
    v = sL * tH + tL * ss;
    // 2/(3 log 2) (ss + …)
    const pH = withLowWord(u + v, 0);
    const pL = v - (pH - u);
    const zH = CP_H * pH; // CP_H + CP_L = 2/(3 log 2)
    const zL = CP_L * pH + pL * CP + DP_L[k]!;
    // log2(ax) = (ss + …) 2/(3 log 2) = n + dp_h + z_h + z_l
    const t = n;
    t1 = withLowWord(((zH + zL) + DP_H[k]!) + t, 0);
    t2 = zL - (((t1 - t) - DP_H[k]!) - zH);
  }

  // Split y into y1 + y2 and compute (y1 + y2)(t1 + t2).
  const y1 = withLowWord(y, 0);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  const i = lowWord(z);
  if (j >= 0x40900000) {
    // z ≥ 1024
    if (((j - 0x40900000) | i) !== 0) return s * HUGE * HUGE; // overflow
    if (pL + OVT > z - pH) return s * HUGE * HUGE; // overflow
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z ≤ −1075
    if (((j - (0xc090cc00 | 0)) | i) !== 0) return s * TINY * TINY; // underflow
    if (pL <= z - pH) return s * TINY * TINY; // underflow
  }

  // 2^(pH + pL)
  const iz = j & 0x7fffffff;
  let k = (iz >> 20) - 0x3ff;
  n = 0;
  if (iz > 0x3fe00000) {
    // |z| > 0.5: n = [z + 0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff; // new k for n
    const t = fromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  const t = withLowWord(pL + pH, 0);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2 + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const tz = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const r = (z * tz) / (tz - 2) - (w + z * w);
  z = 1 - (r - z);
  j = highWord(z);
  j += n << 20;
  if (j >> 20 <= 0) z = scalbn(z, n); // subnormal result
  else z = withHighWord(z, j);
  return s * z;
}
