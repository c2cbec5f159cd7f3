/**
 * Tangent, a JavaScript port of fdlibm's `s_tan.c` and `k_tan.c` (as in FreeBSD msun,
 * `lib/msun/src/s_tan.c` and `k_tan.c`), step for step, so it gives the same bits on every
 * engine.
 *
 * ====================================================
 * Copyright (C) 1993, 2004 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 *
 * Method (from the original): reduce x to y0 + y1 = x − kπ/2 in [−π/4, π/4] (`remPio2`);
 * tan(x) = T(y) when k is even and −1/T(y) when k is odd, where T is the kernel below: an odd
 * polynomial of degree 27 on [0, 0.67434] with relative error below 2^−59.2, and
 * tan(π/4 − y) = 1 − 2 (tan y − tan² y/(1 + tan y)) on [0.67434, π/4]. "Nearly rounded".
 */
import { highWord, withLowWord } from './words.ts';
import { remPio2 } from './remPio2.ts';

// T[0] … T[12]: the polynomial coefficients.
const T = [
  3.33333333333334091986e-1, // 0x3fd55555 0x55555563
  1.33333333333201242699e-1, // 0x3fc11111 0x1110fe7a
  5.39682539762260521377e-2, // 0x3faba1ba 0x1bb341fe
  2.18694882948595424599e-2, // 0x3f9664f4 0x8406d637
  8.86323982359930005737e-3, // 0x3f8226e3 0xe96e8493
  3.59207910759131235356e-3, // 0x3f6d6d22 0xc9560328
  1.45620945432529025516e-3, // 0x3f57dbc8 0xfee08315
  5.88041240820264096874e-4, // 0x3f4344d8 0xf2f26501
  2.46463134818469906812e-4, // 0x3f3026f7 0x1a8d1068
  7.81794442939557092300e-5, // 0x3f147e88 0xa03792a6
  7.14072491382608190305e-5, // 0x3f12b80f 0x32f0a7e9
  -1.85586374855275456654e-5, // 0xbef375cb 0xdb605373
  2.59073051863633712884e-5, // 0x3efb2a70 0x74bf7ad4
] as const;
const PIO4 = 7.85398163397448278999e-1; // 0x3fe921fb 0x54442d18
const PIO4_LO = 3.06161699786838301793e-17; // 0x3c81a626 0x33145c07

/**
 * fdlibm's `__kernel_tan`: tan(x + y) when `iy` is 1 and −1/tan(x + y) when `iy` is −1, for
 * |x| ≤ ~π/4 (not −0), y the tail of x.
 */
function kernelTan(x: number, y: number, iy: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff; // high word of |x|
  if (ix >= 0x3fe59428) {
    // |x| ≥ 0.6744
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    x = (PIO4 - x) + (PIO4_LO - y);
    y = 0;
  }
  let z = x * x;
  let w = z * z;
  // x⁵ (T1 + x²T2 + …) split into x⁵ (T1 + x⁴T3 + … + x²⁰T11) + x⁵ (x² (T2 + x⁴T4 + … + x²⁰T12)).
  let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  let s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T[0] * s;
  w = x + r;
  if (ix >= 0x3fe59428) {
    v = iy;
    return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - ((w * w) / (w + v) - r)));
  }
  if (iy === 1) return w;
  // −1/(x + r), computed accurately.
  z = withLowWord(w, 0);
  v = r - (z - x); // z + v = r + x
  const a = -1.0 / w;
  const t = withLowWord(a, 0);
  s = 1.0 + t * z;
  return t + a * (s + t * v);
}

/** Reduced argument of `tan`, as y[0] + y[1]. */
const reduced = new Float64Array(2);

/**
 * tan x (x in radians), within about 1 ulp, with the same bits on every JavaScript engine
 * (use instead of `Math.tan`). tan(±0) = ±0, tan(±∞) = NaN, tan(NaN) = NaN. Huge arguments
 * are reduced exactly (Payne–Hanek), as fdlibm does.
 */
export function tan(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    // |x| ≲ π/4
    if (ix < 0x3e300000) return x; // |x| < 2^−28 (also keeps −0)
    return kernelTan(x, 0, 1);
  }
  if (ix >= 0x7ff00000) return x - x; // tan(±∞ or NaN) = NaN
  const n = remPio2(x, reduced);
  return kernelTan(reduced[0]!, reduced[1]!, 1 - ((n & 1) << 1)); // 1 when n is even, −1 when odd
}
