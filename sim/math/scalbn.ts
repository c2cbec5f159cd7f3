/**
 * x · 2^n by exponent manipulation, a JavaScript port of fdlibm's `s_scalbn.c` (as in FreeBSD
 * msun, `lib/msun/src/s_scalbn.c`). Used by `pow` for subnormal results and by the argument
 * reduction of `tan` for huge arguments.
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */
import { highWord, withHighWord } from './words.ts';

const TWO54 = 1.8014398509481984e16; // 0x43500000 0x00000000
const TWO_M54 = 5.5511151231257827e-17; // 0x3c900000 0x00000000
const HUGE = 1.0e300;
const TINY = 1.0e-300;

/**
 * x · 2^n for an integer n, rounded once (exact unless the result is subnormal, overflows
 * or underflows). scalbn(±0, n) = ±0, scalbn(±∞, n) = ±∞, scalbn(NaN, n) = NaN.
 */
export function scalbn(x: number, n: number): number {
  let hx = highWord(x);
  let k = (hx & 0x7ff00000) >> 20; // biased exponent
  if (k === 0) {
    // 0 or subnormal
    if (x === 0) return x;
    x *= TWO54;
    hx = highWord(x);
    k = ((hx & 0x7ff00000) >> 20) - 54;
    if (n < -50000) return TINY * x; // underflow
  }
  if (k === 0x7ff) return x + x; // NaN or ±∞
  k += n;
  if (k > 0x7fe) return HUGE * (x < 0 ? -HUGE : HUGE); // overflow
  if (k > 0) return withHighWord(x, (hx & 0x800fffff) | (k << 20)); // normal result
  if (k <= -54) {
    if (n > 50000) return HUGE * (x < 0 ? -HUGE : HUGE); // overflow despite an integer wrap in n + k
    return TINY * (x < 0 ? -TINY : TINY); // underflow
  }
  k += 54; // subnormal result
  return withHighWord(x, (hx & 0x800fffff) | (k << 20)) * TWO_M54;
}
