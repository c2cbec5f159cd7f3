import { describe, expect, it } from 'vitest';
import { createStream, skipDraws, Streams, streamKey } from '../../sim/random/index.ts';

const take = (rng: () => number, n: number) => Array.from({ length: n }, () => rng());

describe('createStream', () => {
  it('gives the same sequence for the same seed, replication and name', () => {
    expect(take(createStream(7, 3, 'arrivals'), 1000)).toEqual(take(createStream(7, 3, 'arrivals'), 1000));
  });

  it('gives different sequences for different names, replications or seeds', () => {
    const base = take(createStream(7, 3, 'arrivals'), 100);
    for (const other of [createStream(7, 3, 'service'), createStream(7, 4, 'arrivals'), createStream(8, 3, 'arrivals')]) {
      const seq = take(other, 100);
      expect(seq.filter((v, i) => v === base[i]).length).toBe(0);
    }
  });

  it('gives uncorrelated sequences for neighbouring replications', () => {
    const n = 100_000;
    const a = take(createStream(1, 0, 'x'), n);
    const b = take(createStream(1, 1, 'x'), n);
    let sab = 0;
    for (let i = 0; i < n; i++) sab += (a[i]! - 0.5) * (b[i]! - 0.5);
    const r = sab / n / (1 / 12);
    expect(Math.abs(r)).toBeLessThan(3.29 / Math.sqrt(n));
  });

  it('returns values in [0, 1) with 53 random bits', () => {
    const xs = take(createStream(1, 0, 'bits'), 10_000);
    expect(xs.every((v) => v >= 0 && v < 1)).toBe(true);
    // Every value is a multiple of 2^-53, and the lowest of those bits is set about half the time.
    const scaled = xs.map((v) => v * 2 ** 53);
    expect(scaled.every(Number.isInteger)).toBe(true);
    const odd = scaled.filter((v) => v % 2 === 1).length;
    expect(Math.abs(odd - 5000)).toBeLessThan(3.29 * 50);
  });

  it('rejects an invalid seed, replication or name', () => {
    expect(() => createStream(1.5, 0, 'a')).toThrow(/seed/);
    expect(() => createStream(1, -1, 'a')).toThrow(/replication/);
    expect(() => createStream(1, 0, '')).toThrow(/name/);
  });

  it('keys streams so that a name containing a slash cannot collide with another triple', () => {
    expect(streamKey(1, 2, 'a/b')).toBe('1/2/a/b');
    expect(streamKey(1, 2, 'a/b')).not.toBe(streamKey(12, 0, 'a/b'));
  });
});

describe('Streams', () => {
  it('returns the same stream object for the same name', () => {
    const s = new Streams(5, 0);
    expect(s.get('a')).toBe(s.get('a'));
    expect(s.names()).toEqual(['a']);
  });

  it('matches createStream for the same seed, replication and name', () => {
    expect(take(new Streams(5, 2).get('service'), 50)).toEqual(take(createStream(5, 2, 'service'), 50));
  });

  it('leaves one stream untouched however much another is used (common random numbers)', () => {
    const quiet = new Streams(11, 0);
    const busy = new Streams(11, 0);
    const a = busy.get('a');
    const fromBusy: number[] = [];
    for (let i = 0; i < 500; i++) {
      for (let j = 0; j < i % 7; j++) a();
      fromBusy.push(busy.get('b')());
    }
    expect(fromBusy).toEqual(take(quiet.get('b'), 500));
  });

  it('leaves existing streams untouched when a new stream is created', () => {
    const s = new Streams(3, 1);
    const first = take(s.get('arrivals'), 10);
    s.get('newPolicy')();
    const after = take(s.get('arrivals'), 10);
    const reference = take(createStream(3, 1, 'arrivals'), 20);
    expect([...first, ...after]).toEqual(reference);
  });
});

describe('skipDraws', () => {
  it('leaves a stream where the same number of calls would, across refills of its batch', () => {
    for (const n of [0, 1, 2, 63, 64, 65, 200]) {
      const called = createStream(3, 1, 'skip'), skipped = createStream(3, 1, 'skip');
      take(called, 5); take(skipped, 5);
      take(called, n); skipDraws(skipped, n);
      expect(take(skipped, 130)).toEqual(take(called, 130));
    }
  });

  it('calls any other generator as many times as it skips', () => {
    let calls = 0;
    skipDraws(() => { calls++; return 0.5; }, 7);
    expect(calls).toBe(7);
  });
});
