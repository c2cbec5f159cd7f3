/**
 * log(1 + x), a JavaScript port of fdlibm's `s_log1p.c` (as in FreeBSD msun,
 * `lib/msun/src/s_log1p.c`), step for step, so it gives the same bits on every engine.
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 *
 * Method (from the original): 1 + x = 2^k (1 + f) with √2/2 < 1 + f < √2; when k ≠ 0, f is
 * that of u = 1 + x rounded, and the rounding error c = (1 + x) − u is added back as c/u.
 * log(1 + f) as in `log`: s = f/(2 + f), f − (hfsq − s (hfsq + R(s²))), R a degree-14 Remez
 * polynomial with error below 2^−58.45. Error below 1 ulp.
 */
import { highWord, withHighWord } from './words.ts';

const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 0xfee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 0x35793c76
const TWO54 = 1.8014398509481984e16; // 0x43500000 0x00000000
const LP1 = 6.666666666666735130e-1; // 0x3fe55555 0x55555593
const LP2 = 3.999999999940941908e-1; // 0x3fd99999 0x9997fa04
const LP3 = 2.857142874366239149e-1; // 0x3fd24924 0x94229359
const LP4 = 2.222219843214978396e-1; // 0x3fcc71c5 0x1d8e78af
const LP5 = 1.818357216161805012e-1; // 0x3fc74664 0x96cb03de
const LP6 = 1.531383769920937332e-1; // 0x3fc39a09 0xd078c69f
const LP7 = 1.479819860511658591e-1; // 0x3fc2f112 0xdf3e5244

/**
 * ln(1 + x), within 1 ulp and precise for tiny x, with the same bits on every JavaScript
 * engine (use instead of `Math.log1p`). log1p(±0) = ±0, log1p(−1) = −∞, log1p(x < −1) = NaN,
 * log1p(+∞) = +∞, log1p(NaN) = NaN.
 */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    // 1 + x < √2 (approximately)
    if (ax >= 0x3ff00000) {
      // x ≤ −1
      if (x === -1) return -Infinity;
      return (x - x) / (x - x); // NaN
    }
    if (ax < 0x3e200000) {
      // |x| < 2^−29
      if (TWO54 + x > 0 && ax < 0x3c900000) return x; // |x| < 2^−54
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec4 | 0)) {
      // √2/2 ≤ 1 + x < √2 (approximately): no reduction
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x; // +∞ or NaN
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1); // correction term
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      // u < √2 (approximately)
      u = withHighWord(u, hu | 0x3ff00000); // normalise u
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000); // normalise u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^−20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const r = hfsq * (1 - 0.66666666666666666 * f);
    if (k === 0) return f - r;
    return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
}
