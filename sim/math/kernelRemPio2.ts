/**
 * Payne–Hanek reduction of huge arguments modulo π/2, a JavaScript port of fdlibm's
 * `k_rem_pio2.c` (as in FreeBSD msun, `lib/msun/src/k_rem_pio2.c`) for double precision
 * (`prec = 1`).
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
 * Method (from the original): the integer (mod 8) and fraction parts of (2/π)·x are computed
 * without the full product, skipping the part that is a multiple of 8, so the cost does not
 * grow with the exponent. 2/π is held as 24-bit integers; products are exact in doubles. If
 * too many leading fraction bits cancel, more terms of 2/π are taken in ("recompute").
 */
import { scalbn } from './scalbn.ts';

/** jk + 1 is the initial number of terms of IPIO2 used (4 for double precision). */
const JK = 4;

/**
 * Bits of 2/π after the binary point, 24 at a time: IPIO2[i] · 2^(−24(i+1)). For double
 * precision (exponent ≤ 1023) at most (e0 − 3)/24 + JK + a few recomputed terms are needed.
 */
const IPIO2 = [
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb, 0xc561b7,
  0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5, 0x2ebb44, 0x84e99c,
  0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8, 0x97ffde, 0x05980f, 0xef2f11,
  0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d, 0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7,
  0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b, 0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e,
  0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880, 0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
];

/** π/2 cut into 24-bit pieces. */
const PIO2 = [
  1.57079625129699707031, // 0x3ff921fb 0x40000000
  7.54978941586159635335e-8, // 0x3e74442d 0x00000000
  5.39030252995776476554e-15, // 0x3cf84698 0x80000000
  3.28200341580791294123e-22, // 0x3b78cc51 0x60000000
  1.27065575308067607349e-29, // 0x39f01b83 0x80000000
  1.22933308981111328932e-36, // 0x387a2520 0x40000000
  2.73370053816464559624e-44, // 0x36e38222 0x80000000
  2.16741683877804819444e-51, // 0x3569f31d 0x00000000
];

const TWO24 = 1.67772160000000000000e7; // 0x41700000 0x00000000
const TWON24 = 5.96046447753906250000e-8; // 0x3e700000 0x00000000

const f = new Float64Array(20);
const fq = new Float64Array(20);
const q = new Float64Array(20);
const iq = new Int32Array(20);

/**
 * fdlibm's `__kernel_rem_pio2(x, y, e0, nx, 1)`: for x = (x[0] + x[1] 2^−24 + …) · 2^e0 > 0,
 * given as `nx` 24-bit integer pieces, writes x − Nπ/2 as y[0] + y[1] and returns N mod 8.
 */
export function kernelRemPio2(x: Float64Array, y: Float64Array, e0: number, nx: number): number {
  const jk = JK;
  const jp = jk;
  // jx, jv, q0 (q0 < 3)
  const jx = nx - 1;
  let jv = Math.trunc((e0 - 3) / 24);
  if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1);

  // f[0 … jx + jk], f[jx + jk] = IPIO2[jv + jk]
  let j = jv - jx;
  const m = jx + jk;
  for (let i = 0; i <= m; i++, j++) f[i] = j < 0 ? 0 : IPIO2[j]!;

  // q[0 … jk]
  for (let i = 0; i <= jk; i++) {
    let fw = 0;
    for (j = 0; j <= jx; j++) fw += x[j]! * f[jx + i - j]!;
    q[i] = fw;
  }

  let jz = jk;
  let z: number;
  let n: number;
  let ih: number;
  for (;;) {
    // Distil q[] into iq[], reversed.
    z = q[jz]!;
    for (let i = 0, jj = jz; jj > 0; i++, jj--) {
      const fw = (TWON24 * z) | 0;
      iq[i] = (z - TWO24 * fw) | 0;
      z = q[jj - 1]! + fw;
    }

    // n
    z = scalbn(z, q0); // actual value of z
    z -= 8.0 * Math.floor(z * 0.125); // trim off the integer part ≥ 8
    n = z | 0;
    z -= n;
    ih = 0;
    if (q0 > 0) {
      // iq[jz − 1] is needed to determine n
      const i = iq[jz - 1]! >> (24 - q0);
      n += i;
      iq[jz - 1] = iq[jz - 1]! - (i << (24 - q0));
      ih = iq[jz - 1]! >> (23 - q0);
    } else if (q0 === 0) ih = iq[jz - 1]! >> 23;
    else if (z >= 0.5) ih = 2;

    if (ih > 0) {
      // q > 0.5
      n += 1;
      let carry = 0;
      for (let i = 0; i < jz; i++) {
        // 1 − q
        const v = iq[i]!;
        if (carry === 0) {
          if (v !== 0) {
            carry = 1;
            iq[i] = 0x1000000 - v;
          }
        } else iq[i] = 0xffffff - v;
      }
      if (q0 > 0) {
        // rare case: chance is 1 in 12
        if (q0 === 1) iq[jz - 1] = iq[jz - 1]! & 0x7fffff;
        else if (q0 === 2) iq[jz - 1] = iq[jz - 1]! & 0x3fffff;
      }
      if (ih === 2) {
        z = 1 - z;
        if (carry !== 0) z -= scalbn(1, q0);
      }
    }

    // Recompute with more terms of 2/π if the fraction cancelled.
    if (z === 0) {
      let any = 0;
      for (let i = jz - 1; i >= jk; i--) any |= iq[i]!;
      if (any === 0) {
        let k = 1;
        while (iq[jk - k] === 0) k++; // number of terms needed
        for (let i = jz + 1; i <= jz + k; i++) {
          // add q[jz + 1] to q[jz + k]
          f[jx + i] = IPIO2[jv + i]!;
          let fw = 0;
          for (j = 0; j <= jx; j++) fw += x[j]! * f[jx + i - j]!;
          q[i] = fw;
        }
        jz += k;
        continue;
      }
    }
    break;
  }

  // Chop off zero terms.
  if (z === 0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] === 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    // break z into 24-bit pieces if necessary
    z = scalbn(z, -q0);
    if (z >= TWO24) {
      const fw = (TWON24 * z) | 0;
      iq[jz] = (z - TWO24 * fw) | 0;
      jz += 1;
      q0 += 24;
      iq[jz] = fw;
    } else iq[jz] = z | 0;
  }

  // Convert the integer pieces to floating point.
  let fw = scalbn(1, q0);
  for (let i = jz; i >= 0; i--) {
    q[i] = fw * iq[i]!;
    fw *= TWON24;
  }

  // fq = PIO2[0 … jp] · q[jz … 0]
  for (let i = jz; i >= 0; i--) {
    fw = 0;
    for (let k = 0; k <= jp && k <= jz - i; k++) fw += PIO2[k]! * q[i + k]!;
    fq[jz - i] = fw;
  }

  // Compress fq[] into y[0] + y[1].
  fw = 0;
  for (let i = jz; i >= 0; i--) fw += fq[i]!;
  y[0] = ih === 0 ? fw : -fw;
  fw = fq[0]! - fw;
  for (let i = 1; i <= jz; i++) fw += fq[i]!;
  y[1] = ih === 0 ? fw : -fw;
  return n & 7;
}
