/**
 * Argument reduction for trigonometric functions: x − kπ/2, a JavaScript port of fdlibm's
 * `e_rem_pio2.c` as optimised by Bruce D. Evans in FreeBSD msun (`lib/msun/src/e_rem_pio2.c`).
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
 * |x| ≤ 9π/4 (except near multiples of π/2): one subtraction of kπ/2 held in 33 + 53 bits.
 * |x| < 2^20 π/2: Cody–Waite with up to three 33-bit pieces of π/2 (good to 151 bits).
 * Larger: `kernelRemPio2` (Payne–Hanek with a table of 2/π).
 */
import { fromWords, highWord, lowWord } from './words.ts';
import { kernelRemPio2 } from './kernelRemPio2.ts';

const TWO24 = 1.67772160000000000000e7; // 0x41700000 0x00000000
const INV_PIO2 = 6.36619772367581382433e-1; // 0x3fe45f30 0x6dc9c883: 53 bits of 2/π
const PIO2_1 = 1.57079632673412561417; // 0x3ff921fb 0x54400000: first 33 bits of π/2
const PIO2_1T = 6.07710050650619224932e-11; // 0x3dd0b461 0x1a626331: π/2 − PIO2_1
const PIO2_2 = 6.07710050630396597660e-11; // 0x3dd0b461 0x1a600000: second 33 bits of π/2
const PIO2_2T = 2.02226624879595063154e-21; // 0x3ba3198a 0x2e037073: π/2 − (PIO2_1 + PIO2_2)
const PIO2_3 = 2.02226624871116645580e-21; // 0x3ba3198a 0x2e000000: third 33 bits of π/2
const PIO2_3T = 8.47842766036889956997e-32; // 0x397b839a 0x252049c1: π/2 − (PIO2_1 + PIO2_2 + PIO2_3)
const ROUNDER = 6755399441055744; // 0x1.8p52: adding and subtracting it rounds to an integer

const tx = new Float64Array(3);
const ty = new Float64Array(2);

/** y = x − kπ/2 for a small k (|k| ≤ 4), exactly as the original's unrolled cases. */
function subtract(x: number, k: number, y: Float64Array): number {
  const z = x - k * PIO2_1;
  y[0] = z - k * PIO2_1T;
  y[1] = (z - y[0]) - k * PIO2_1T;
  return k;
}

/** Cody–Waite reduction for |x| < 2^20 π/2 (and near multiples of π/2 below 9π/4). */
function medium(x: number, ix: number, y: Float64Array): number {
  const fn = (x * INV_PIO2 + ROUNDER) - ROUNDER;
  const n = fn | 0;
  let r = x - fn * PIO2_1;
  let w = fn * PIO2_1T; // first round, good to 85 bits
  const j = ix >> 20;
  y[0] = r - w;
  let i = j - ((highWord(y[0]) >> 20) & 0x7ff);
  if (i > 16) {
    // second iteration, good to 118 bits
    let t = r;
    w = fn * PIO2_2;
    r = t - w;
    w = fn * PIO2_2T - ((t - r) - w);
    y[0] = r - w;
    i = j - ((highWord(y[0]) >> 20) & 0x7ff);
    if (i > 49) {
      // third iteration, 151 bits: covers all cases
      t = r;
      w = fn * PIO2_3;
      r = t - w;
      w = fn * PIO2_3T - ((t - r) - w);
      y[0] = r - w;
    }
  }
  y[1] = (r - y[0]) - w;
  return n;
}

/**
 * fdlibm's `__ieee754_rem_pio2`: writes x − nπ/2 as y[0] + y[1] (|y| ≲ π/4) and returns n
 * (exact modulo 8 for huge x). For |x| > ~π/4; NaN or ±∞ give y = NaN and n = 0.
 */
export function remPio2(x: number, y: Float64Array): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x400f6a7a) {
    // |x| ≲ 5π/4
    if ((ix & 0xfffff) === 0x921fb) return medium(x, ix, y); // |x| ≈ π/2 or 2π/2: cancellation
    if (ix <= 0x4002d97c) return subtract(x, hx > 0 ? 1 : -1, y); // |x| ≲ 3π/4
    return subtract(x, hx > 0 ? 2 : -2, y);
  }
  if (ix <= 0x401c463b) {
    // |x| ≲ 9π/4
    if (ix <= 0x4015fdbc) {
      // |x| ≲ 7π/4
      if (ix === 0x4012d97c) return medium(x, ix, y); // |x| ≈ 3π/2
      return subtract(x, hx > 0 ? 3 : -3, y);
    }
    if (ix === 0x401921fb) return medium(x, ix, y); // |x| ≈ 4π/2
    return subtract(x, hx > 0 ? 4 : -4, y);
  }
  if (ix < 0x413921fb) return medium(x, ix, y); // |x| ≲ 2^20 π/2
  if (ix >= 0x7ff00000) {
    // ±∞ or NaN
    y[0] = y[1] = x - x;
    return 0;
  }
  // Huge: split |x| · 2^−e0 into three 24-bit pieces.
  const e0 = (ix >> 20) - 1046; // ilogb(|x|) − 23
  let z = fromWords(ix - (e0 << 20), lowWord(x));
  for (let i = 0; i < 2; i++) {
    tx[i] = z | 0;
    z = (z - tx[i]!) * TWO24;
  }
  tx[2] = z;
  let nx = 3;
  while (tx[nx - 1] === 0) nx--; // skip zero terms
  const n = kernelRemPio2(tx, ty, e0, nx);
  if (hx < 0) {
    y[0] = -ty[0]!;
    y[1] = -ty[1]!;
    return -n;
  }
  y[0] = ty[0]!;
  y[1] = ty[1]!;
  return n;
}
