/**
 * Exponential, a JavaScript port of fdlibm's `e_exp.c` (as in FreeBSD msun,
 * `lib/msun/src/e_exp.c`), step for step, so it gives the same bits on every engine.
 *
 * ====================================================
 * Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
 *
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 *
 * Method (from the original):
 *   1. Argument reduction: x = k·ln2 + r with |r| ≤ ln2/2, r held as hi − lo.
 *   2. exp(r) = 1 + r + r·R1(r)/(2 − R1(r)), with R1(r) = r − (P1 r² + … + P5 r¹⁰) from a
 *      degree-5 Remez fit of r (e^r + 1)/(e^r − 1) with error below 2^−59.
 *   3. exp(x) = 2^k · exp(r).
 * Error below 1 ulp. Overflows above 709.782712893383973096, underflows to 0 below
 * −745.133219101941108420.
 */
import { highWord, powerOfTwo } from './words.ts';

const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862e42 0xfefa39ef
const U_THRESHOLD = -7.45133219101941108420e2; // 0xc0874910 0xd52d3051
const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 0xfee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 0x35793c76
const INV_LN2 = 1.44269504088896338700; // 0x3ff71547 0x652b82fe
const P1 = 1.66666666666666019037e-1; // 0x3fc55555 0x5555553e
const P2 = -2.77777777770155933842e-3; // 0xbf66c16c 0x16bebd93
const P3 = 6.61375632143793436117e-5; // 0x3f11566a 0xaf25de2c
const P4 = -1.65339022054652515390e-6; // 0xbebbbd41 0xc5d26bf1
const P5 = 4.13813679705723846039e-8; // 0x3e663769 0x72bea4d0
const TWO_M1000 = 9.33263618503218878990e-302; // 2^−1000: 0x01700000 0x00000000
const TWO_P1023 = 8.98846567431158e307; // 2^1023: 0x7fe00000 0x00000000

/**
 * e^x, within 1 ulp, with the same bits on every JavaScript engine (use instead of
 * `Math.exp`). exp(±0) = 1, exp(+∞) = +∞, exp(−∞) = +0, exp(NaN) = NaN.
 *
 * Kept small so that V8 can inline it (see `log`); NaN, ±∞, overflow and underflow go to a
 * function of their own.
 */
export function exp(x: number): number {
  const hx = highWord(x);
  const xsb = hx >>> 31; // sign bit of x
  const ax = hx & 0x7fffffff; // high word of |x|
  // |x| ≥ 709.78…: not finite, overflow or underflow; between the thresholds, go on.
  if (ax >= 0x40862e42 && (ax >= 0x7ff00000 || x > O_THRESHOLD || x < U_THRESHOLD)) return expOutOfRange(x);
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (ax > 0x3fd62e42) {
    // |x| > ln2/2: reduce.
    if (ax < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      if (xsb === 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = (INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0; // C's (int): truncation
      hi = x - k * LN2_HI; // exact here
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < 0x3e300000) {
    // |x| < 2^−28
    return 1 + x;
  }
  // x is now in the primary range.
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - ((lo - (x * c) / (2 - c)) - hi);
  // Scale by 2^k (the original builds 2^k from its bits; the table holds the same doubles).
  if (k >= -1021) {
    if (k === 1024) return y * 2 * TWO_P1023;
    return y * powerOfTwo(k);
  }
  return y * powerOfTwo(k + 1000) * TWO_M1000;
}

/** exp of NaN, ±∞, or a finite x beyond the overflow or underflow threshold. */
function expOutOfRange(x: number): number {
  if (x !== x) return x + x; // NaN
  if (x === Infinity || x > O_THRESHOLD) return Infinity; // exp(+∞) = +∞; overflow
  return 0; // exp(−∞) = 0; underflow
}
