import { describe, expect, it } from 'vitest';
import { Calendar } from '../../sim/kernel/index.ts';
import { createStream } from '../../sim/random/index.ts';

describe('Calendar', () => {
  it('pops a million random entries in (time, priority, sequence) order', () => {
    const rng = createStream(1, 0, 'calendar');
    const cal = new Calendar(16);
    const n = 1_000_000;
    const times = new Float64Array(n);
    const prios = new Int32Array(n);
    const targets = Array.from({ length: n }, (_, i) => ({ i }));
    for (let i = 0; i < n; i++) {
      // Coarse times force many ties, so priority and sequence decide often.
      times[i] = Math.floor(rng() * 1000);
      prios[i] = Math.floor(rng() * 3) - 1;
      cal.push(times[i]!, prios[i]!, targets[i]!);
    }
    expect(cal.size).toBe(n);
    let prev = -1;
    for (let k = 0; k < n; k++) {
      const { i } = cal.pop() as { i: number };
      if (prev >= 0) {
        const ordered = times[prev]! < times[i]! || (times[prev] === times[i] && (prios[prev]! < prios[i]! || (prios[prev] === prios[i] && prev < i)));
        if (!ordered) throw new Error(`entry ${i} popped after ${prev}`);
      }
      prev = i;
    }
    expect(cal.pop()).toBeNull();
  });

  it('skips cancelled entries and reuses their slots', () => {
    const cal = new Calendar(16);
    const hs = Array.from({ length: 100 }, (_, i) => cal.push(i, 0, { i }));
    for (let i = 0; i < 100; i += 2) expect(cal.cancel(hs[i]!)).toBe(true);
    expect(cal.size).toBe(50);
    const popped: number[] = [];
    for (let t = cal.pop(); t !== null; t = cal.pop()) popped.push((t as { i: number }).i);
    expect(popped).toEqual(Array.from({ length: 50 }, (_, k) => 2 * k + 1));
  });

  it('rejects a priority outside the supported range', () => {
    const cal = new Calendar();
    expect(() => cal.push(0, 600, {})).toThrow(/invalid priority: 600/);
    expect(() => cal.push(0, 0.5, {})).toThrow(/invalid priority: 0.5/);
  });
});
