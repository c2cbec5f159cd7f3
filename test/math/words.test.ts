/** Word access to doubles gives the IEEE 754 words whatever the platform's byte order. */
import { describe, expect, it } from 'vitest';
import { fromWords, highWord, lowWord, powerOfTwo, withHighWord, withLowWord } from '../../sim/math/words.ts';
import { randomBits, seeded } from './reference.ts';

/** The words read in big-endian order, independent of the platform. */
function words(x: number): { hi: number; lo: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return { hi: view.getInt32(0), lo: view.getUint32(4) };
}

describe('double words', () => {
  it('reads the signed high word and the unsigned low word', () => {
    const rand = seeded(1);
    for (let i = 0; i < 1000; i++) {
      const x = randomBits(rand);
      expect([highWord(x), lowWord(x)]).toEqual([words(x).hi, words(x).lo]);
    }
    expect(highWord(-0)).toBe(-0x80000000);
    expect(highWord(1)).toBe(0x3ff00000);
  });

  it('builds a double from its words and replaces either word', () => {
    const rand = seeded(2);
    for (let i = 0; i < 1000; i++) {
      const x = randomBits(rand);
      if (Number.isNaN(x)) continue;
      const { hi, lo } = words(x);
      expect(fromWords(hi, lo)).toBe(x);
      expect(withHighWord(0, hi)).toBe(fromWords(hi, 0));
      expect(withLowWord(x, 0)).toBe(fromWords(hi, 0));
      expect(withHighWord(x, 0x3ff00000)).toBe(fromWords(0x3ff00000, lo));
    }
  });

  it('gives every power of two exactly, subnormal ones included', () => {
    for (let n = -1022; n <= 1023; n++) expect(powerOfTwo(n)).toBe(fromWords((n + 1023) << 20, 0));
    for (let n = -1074; n < -1022; n++) {
      const bit = n + 1074; // position of the single set bit of a subnormal power of two
      expect(powerOfTwo(n)).toBe(bit >= 32 ? fromWords(1 << (bit - 32), 0) : fromWords(0, 2 ** bit));
    }
  });
});
