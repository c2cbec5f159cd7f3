/**
 * Access to an IEEE 754 double as two 32-bit words, the way fdlibm's `math_private.h` macros
 * (`GET_HIGH_WORD`, `EXTRACT_WORDS`, `SET_LOW_WORD`, `INSERT_WORDS`) see it: the high word
 * holds the sign, the 11 exponent bits and the top 20 bits of the significand; the low word
 * holds the other 32 bits of the significand.
 *
 * One 8-byte scratch buffer is viewed as a double and as 32-bit integers. Which integer is
 * the high word depends on the platform's byte order, found once here, so the functions
 * give the same words on little- and big-endian machines. Reading and writing typed arrays
 * is exact, so everything built on these is as portable as + − × ÷.
 *
 * A double written and then read back through another view makes the processor wait for
 * the store (tens of cycles), so hot paths read words but scale by `powerOfTwo` instead of
 * writing an exponent field: multiplying by 2^n is exact whenever the result is a normal
 * number, and gives the very double that setting the exponent bits would.
 */

const scratch = new ArrayBuffer(8);
const f64 = new Float64Array(scratch);
const i32 = new Int32Array(scratch);
const u32 = new Uint32Array(scratch);

/** Index of the high word in `i32`/`u32`: 1 on little-endian platforms, 0 on big-endian ones. */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/** Index of the low word. */
const LO = 1 - HI;

/** High word of `x` as a signed 32-bit integer (negative when the sign bit is set), like fdlibm's `int32_t hx`. */
export function highWord(x: number): number {
  f64[0] = x;
  return i32[HI]!;
}

/** Low word of `x` as an unsigned 32-bit integer (0 … 2³² − 1), like fdlibm's `u_int32_t lx`. */
export function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO]!;
}

/** The double whose high word is `hi` and low word is `lo` (each taken modulo 2³²). */
export function fromWords(hi: number, lo: number): number {
  i32[HI] = hi;
  u32[LO] = lo;
  return f64[0]!;
}

/** `x` with its high word replaced by `hi` (fdlibm's `SET_HIGH_WORD`). */
export function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  i32[HI] = hi;
  return f64[0]!;
}

/** `x` with its low word replaced by `lo` (fdlibm's `SET_LOW_WORD`); `lo = 0` keeps the top 21 significand bits. */
export function withLowWord(x: number, lo: number): number {
  f64[0] = x;
  u32[LO] = lo;
  return f64[0]!;
}

/** 2^n for n in [−1074, 1023] at index n + 1074, built by exact doublings and halvings. */
const POWERS_OF_TWO = new Float64Array(1074 + 1024);
POWERS_OF_TWO[1074] = 1;
for (let n = 1; n <= 1023; n++) POWERS_OF_TWO[1074 + n] = POWERS_OF_TWO[1073 + n]! * 2;
for (let n = -1; n >= -1074; n--) POWERS_OF_TWO[1074 + n] = POWERS_OF_TWO[1075 + n]! / 2;

/** 2^n exactly, for an integer n in [−1074, 1023] (a table look-up; no bit writes). */
export function powerOfTwo(n: number): number {
  return POWERS_OF_TWO[n + 1074]!;
}
