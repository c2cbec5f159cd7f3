/**
 * seedrandom's `xor4096` generator (Richard Brent's xorgens 4096-bit xorshift with a Weyl
 * sequence), read as seedrandom's `.double()` reads it, but stepped in batches: a stream
 * fills a buffer of doubles in one tight loop and hands them out one per call. Every
 * stream gives exactly the numbers `seedrandom.xor4096(key).double()` gives, in the same
 * order (test/random/xor4096.test.ts compares them); the seeding (string hashing and 512
 * warm-up steps) is seedrandom's own.
 */
import seedrandom from 'seedrandom';
import type { Rng } from './stream.ts';

/** @internal The key under which a stream made here keeps its `skip` (see `skipDraws` in stream.ts). */
export const SKIP = Symbol('skip');
/** @internal A stream that can pass over draws without handing them out. */
export interface Skippable { [SKIP]: (n: number) => void }

/** Doubles made per refill. */
const BATCH = 64;

interface XorState { X: number[]; i: number; w: number }

/** A stream of doubles in (0, 1) with 53 random bits each: `seedrandom.xor4096(key).double`'s sequence. */
export function xor4096Doubles(key: string): Rng {
  const s = (seedrandom.xor4096(key, { state: true }) as unknown as { state(): XorState }).state();
  const g = new Batch(Int32Array.from(s.X), s.i | 0, s.w | 0);
  const rng = (() => g.next()) as Rng & Skippable;
  rng[SKIP] = (n: number) => g.skip(n);
  return rng;
}

class Batch {
  private readonly buf = new Float64Array(BATCH);
  private k = BATCH;
  constructor(private readonly x: Int32Array, private i: number, private w: number) {}

  next(): number {
    if (this.k === BATCH) this.refill();
    return this.buf[this.k++]!;
  }

  /** Passes over the next `n` doubles: the stream is then where `n` calls of `next` leave it. */
  skip(n: number): void {
    let left = n;
    while (left > 0) {
      if (this.k === BATCH) this.refill();
      const m = Math.min(left, BATCH - this.k);
      this.k += m; left -= m;
    }
  }

  private refill(): void {
    const x = this.x, buf = this.buf;
    let i = this.i, w = this.w, n = 0;
    while (n < BATCH) {
      // Two steps of seedrandom's XorGen.next, as written there.
      w = (w + 0x61c88647) | 0;
      let v = x[(i + 34) & 127]!;
      i = (i + 1) & 127;
      let t = x[i]!;
      v ^= v << 13; t ^= t << 17; v ^= v >>> 15; t ^= t >>> 12;
      v = x[i] = v ^ t;
      const top = ((v + (w ^ (w >>> 16))) | 0) >>> 11;
      w = (w + 0x61c88647) | 0;
      v = x[(i + 34) & 127]!;
      i = (i + 1) & 127;
      t = x[i]!;
      v ^= v << 13; t ^= t << 17; v ^= v >>> 15; t ^= t >>> 12;
      v = x[i] = v ^ t;
      const bot = (((v + (w ^ (w >>> 16))) | 0) >>> 0) / 0x100000000;
      const r = (top + bot) / 2097152;
      if (r !== 0) buf[n++] = r; // seedrandom draws again on 0
    }
    this.i = i; this.w = w; this.k = 0;
  }
}
