/**
 * Test helpers for `sim/math`: exact decomposition of doubles, distances in ulps, seeded
 * argument generators, and reference values of ln, exp, x^y and tan computed with BigInt
 * fixed-point arithmetic to about 400 bits (so "within 1 ulp" is checked against the true
 * value, not against an engine's `Math`, which is what varies).
 */

const view = new DataView(new ArrayBuffer(8));

/** The 64 bits of `x` as an unsigned BigInt. */
export function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

/** The double with the given 64 bits. */
export function fromBits(bits: bigint): number {
  view.setBigUint64(0, BigInt.asUintN(64, bits));
  return view.getFloat64(0);
}

/**
 * Distance in units in the last place between two doubles: the number of representable
 * doubles between them (0 when identical, counting +0 and −0 as one apart; Infinity if
 * exactly one is NaN, 0 if both are).
 */
export function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const order = (x: number): bigint => {
    const u = bitsOf(x);
    return u >> 63n ? -(u & 0x7fffffffffffffffn) - 1n : u; // monotone in x
  };
  const d = order(a) - order(b);
  return Number(d < 0n ? -d : d);
}

/** x = m · 2^e exactly, for finite x (m a signed BigInt; |m| < 2^53). */
export function dyadic(x: number): { m: bigint; e: number } {
  const u = bitsOf(x);
  const biased = Number((u >> 52n) & 0x7ffn);
  let m = u & 0xfffffffffffffn;
  let e = -1074;
  if (biased !== 0) {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return { m: u >> 63n ? -m : m, e };
}

/**
 * |computed − exact| in units of the last place of `computed` (ulp 2^−1074 for zero and
 * subnormals), where exact = m · 2^e. Both must be finite.
 */
export function ulpError(computed: number, exact: { m: bigint; e: number }): number {
  const c = dyadic(computed);
  // ulp(computed) = 2^c.e when c.m is normalised (bit 52 set) or subnormal.
  const lo = Math.min(c.e, exact.e);
  const diff = (c.m << BigInt(c.e - lo)) - (exact.m << BigInt(exact.e - lo));
  const abs = diff < 0n ? -diff : diff;
  const ulpShift = BigInt(c.e - lo);
  return Number((abs << 32n) >> ulpShift) / 2 ** 32;
}

/** A seeded generator of uniform doubles in [0, 1) (a 32-bit LCG is plenty for test arguments). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const hi = s;
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (hi * 2 ** 21 + (s >>> 11)) / 2 ** 53;
  };
}

/** The largest ulp distance between f(x) and g(x) over `xs` (see `ulpDistance`). */
export function maxUlpDistance(f: (x: number) => number, g: (x: number) => number, xs: readonly number[]): number {
  let max = 0;
  for (const x of xs) max = Math.max(max, ulpDistance(f(x), g(x)));
  return max;
}

/** `n` positive subnormal doubles with uniformly random significands. */
export function subnormals(n: number, rand: () => number): number[] {
  return Array.from({ length: n }, () => fromBits(BigInt(Math.floor(rand() * 0xfffffffffffff)) + 1n));
}

/** A double with uniformly random bits (any sign, exponent, NaN or infinity included). */
export function randomBits(rand: () => number): number {
  const hi = BigInt(Math.floor(rand() * 2 ** 32));
  const lo = BigInt(Math.floor(rand() * 2 ** 32));
  return fromBits((hi << 32n) | lo);
}

// ---- Fixed-point references: a value v is held as the BigInt v · 2^P. ----

const P = 400n;
const ONE = 1n << P;

/** Fixed-point product, truncated toward zero (so every series below reaches a zero term). */
function mul(a: bigint, b: bigint): bigint {
  return (a * b) / ONE;
}

/** atanh(z) for a fixed-point |z| ≤ 1/3: z + z³/3 + z⁵/5 + … */
function atanh(z: bigint): bigint {
  const z2 = mul(z, z);
  let sum = 0n;
  let power = z;
  for (let n = 1n; power !== 0n; n += 2n) {
    sum += power / n;
    power = mul(power, z2);
  }
  return sum;
}

/** atan(1/n) for an integer n ≥ 2, fixed point, to `bits` bits. */
function atanInverse(n: bigint, bits: bigint): bigint {
  let power = (1n << bits) / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 1n, sign = 1n; power !== 0n; k += 2n, sign = -sign) {
    sum += (sign * power) / k;
    power /= n2;
  }
  return sum;
}

const LN2 = 2n * atanh(ONE / 3n);
/** π with 1,400 fractional bits (Machin's formula), enough to reduce any double modulo π/2. */
const PI_BITS = 1400n;
const PI_WIDE = 16n * atanInverse(5n, PI_BITS) - 4n * atanInverse(239n, PI_BITS);

/** Fixed-point x (exact when x is a multiple of 2^−400). */
function toFixed(x: number): bigint {
  const { m, e } = dyadic(x);
  const s = BigInt(e) + P;
  return s >= 0n ? m << s : m >> -s;
}

/** ln x for a finite x > 0, fixed point. */
function lnFixed(x: number): bigint {
  const { m, e } = dyadic(x);
  const shift = 53 - m.toString(2).length; // normalise m into [2^52, 2^53)
  const mn = m << BigInt(shift);
  const half = 1n << 52n;
  // x = (mn / 2^52) · 2^E and ln(mn / 2^52) = 2 atanh((mn − 2^52)/(mn + 2^52)), the ratio ≤ 1/3.
  const exponent = BigInt(e - shift + 52);
  return exponent * LN2 + 2n * atanh(((mn - half) << P) / (mn + half));
}

/** Floor division of BigInts. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** e^t for a fixed-point t, as m · 2^e. */
function expOfFixed(t: bigint): { m: bigint; e: number } {
  const k = floorDiv(t + LN2 / 2n, LN2);
  const r = t - k * LN2; // |r| ≤ ln2/2
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = mul(term, r) / n;
    sum += term;
  }
  return { m: sum, e: Number(k - P) };
}

/** The exact ln x (to about 2^−390 absolute), for finite x > 0, as m · 2^e. */
export function lnReference(x: number): { m: bigint; e: number } {
  return { m: lnFixed(x), e: -Number(P) };
}

/** The exact e^x (to about 2^−390 relative), for finite x with |x| < 2^40. */
export function expReference(x: number): { m: bigint; e: number } {
  return expOfFixed(toFixed(x));
}

/** The exact ln(1 + x) for finite x > −1 (1 + x is formed exactly in BigInt). */
export function log1pReference(x: number): { m: bigint; e: number } {
  const { m, e } = dyadic(x);
  if (Math.abs(x) < 2 ** -60) {
    // x (1 − x/2 + x²/3 − …), the bracket in fixed point, so tiny x keeps its relative precision.
    const xf = toFixed(x);
    let bracket = 0n;
    let power = ONE;
    for (let n = 1n; power !== 0n; n++) {
      bracket += power / n;
      power = -mul(power, xf);
    }
    return { m: m * bracket, e: e - Number(P) };
  }
  // 1 + x = num · 2^e0 exactly.
  const e0 = Math.min(e, 0);
  const num = (1n << BigInt(-e0)) + (m << BigInt(e - e0));
  // ln(num) with num in [2^L, 2^(L+1)): L ln2 + 2 atanh((num − 2^L)/(num + 2^L)), the ratio ≤ 1/3.
  const L = num.toString(2).length - 1;
  const lead = 1n << BigInt(L);
  const series = 2n * atanh(((num - lead) << P) / (num + lead));
  return { m: BigInt(L + e0) * LN2 + series, e: -Number(P) };
}

/** The exact x^y for x ≠ 0 finite and y finite, negative x only with integer y; |y ln x| < 800. */
export function powReference(x: number, y: number): { m: bigint; e: number } {
  const ly = dyadic(y);
  const lx = lnFixed(Math.abs(x));
  const s = BigInt(ly.e);
  const t = s >= 0n ? (lx * ly.m) << s : (lx * ly.m) >> -s;
  const r = expOfFixed(t);
  const odd = x < 0 && Math.abs(y % 2) === 1;
  return odd ? { m: -r.m, e: r.e } : r;
}

/** The exact tan x for finite x, |x| ≥ 2^−27, as m · 2^e. */
export function tanReference(x: number): { m: bigint; e: number } {
  const { m, e } = dyadic(x);
  // r = x − kπ/2 with 1,400-bit π, then cut to P bits.
  const halfPi = PI_WIDE >> 1n;
  const xs = BigInt(e) + PI_BITS;
  const xw = xs >= 0n ? m << xs : m >> -xs;
  const k = floorDiv(2n * xw + halfPi, 2n * halfPi); // round(x / (π/2))
  const rw = xw - k * halfPi;
  const r = rw >> (PI_BITS - P);
  // sin r and cos r by their series (|r| ≤ π/4).
  const r2 = mul(r, r);
  let sin = 0n;
  let cos = 0n;
  let term = r;
  for (let n = 1n; term !== 0n; n += 2n) {
    sin += term;
    term = -mul(term, r2) / ((n + 1n) * (n + 2n));
  }
  term = ONE;
  for (let n = 0n; term !== 0n; n += 2n) {
    cos += term;
    term = -mul(term, r2) / ((n + 1n) * (n + 2n));
  }
  const odd = (k & 1n) === 1n;
  return odd ? { m: -((cos << P) / sin), e: -Number(P) } : { m: (sin << P) / cos, e: -Number(P) };
}
