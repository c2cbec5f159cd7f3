import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createStream, streamKey } from '../../sim/random/index.ts';
import { xor4096Doubles } from '../../sim/random/xor4096.ts';

describe('xor4096Doubles', () => {
  it("gives seedrandom's xor4096 doubles, in order, across many batch refills", () => {
    for (const key of ['1/0/arrivals', '42/7/processing.bp', 'a much longer seed string than the generator state, to hash every character'.repeat(3)]) {
      const ours = xor4096Doubles(key);
      const theirs = seedrandom.xor4096(key).double;
      let mismatch: { k: number; ours: number; theirs: number } | null = null;
      for (let k = 0; k < 5000 && mismatch === null; k++) {
        const a = ours(), b = theirs();
        if (a !== b) mismatch = { k, ours: a, theirs: b };
      }
      expect(mismatch).toBeNull();
    }
  });

  it('is what createStream returns for a (seed, replication, name)', () => {
    const s = createStream(3, 2, 'x');
    const ref = seedrandom.xor4096(streamKey(3, 2, 'x')).double;
    for (let k = 0; k < 200; k++) expect(s()).toBe(ref());
  });

  it('keeps each stream its own buffer: reading one does not move another', () => {
    const a = xor4096Doubles('k/a'), b1 = xor4096Doubles('k/b'), b2 = xor4096Doubles('k/b');
    for (let k = 0; k < 1000; k++) { a(); b1(); }
    for (let k = 0; k < 1000; k++) b2();
    for (let k = 0; k < 100; k++) expect(b1()).toBe(b2());
  });
});
