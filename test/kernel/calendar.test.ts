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

  it('pops in the same order with far-future buckets of any width as without, under pushes, cancels, peeks and stops', () => {
    // A simulation-like workload: each pop schedules 0-3 entries, now (FIFO), minutes,
    // hours or weeks ahead, some cancelled later; runs stop at day boundaries.
    const trace = (width?: number) => {
      const rng = createStream(7, 0, 'calendar-buckets');
      const cal = new Calendar(16, width);
      const out: number[] = [];
      const handles: number[] = [];
      let id = 0;
      const push = (now: number) => {
        const u = rng();
        const delay = u < 0.2 ? 0 : u < 0.5 ? rng() * 0.01 : u < 0.8 ? rng() * 0.5 : u < 0.95 ? rng() * 40 : Math.floor(rng() * 30);
        handles.push(cal.push(now + delay, rng() < 0.9 ? 0 : Math.floor(rng() * 5) - 2, { i: id++ }));
      };
      for (let k = 0; k < 200; k++) push(0);
      for (let day = 1; day <= 120; day++) {
        for (let t = cal.popBefore(day); t !== null; t = cal.popBefore(day)) {
          out.push((t as { i: number }).i, cal.lastTime);
          const k = Math.floor(rng() * 4);
          for (let j = 0; j < k; j++) push(cal.lastTime);
          if (rng() < 0.1) cal.cancel(handles[Math.floor(rng() * handles.length)]!);
          if (cal.size > 20_000) break;
        }
        out.push(-1, cal.size, cal.peekTime());
        for (let k = 0; k < 150; k++) push(day);
      }
      for (let t = cal.pop(); t !== null; t = cal.pop()) out.push((t as { i: number }).i, cal.lastTime);
      return out;
    };
    const plain = trace();
    expect(plain.length).toBeGreaterThan(100_000);
    // The first difference, not a diff of two 100,000-number arrays.
    const firstDifference = (a: number[]) => { for (let k = 0; k < Math.max(a.length, plain.length); k++) if (!Object.is(a[k], plain[k])) return k; return -1; };
    for (const width of [1 / 64, 0.125, 1, 16]) expect(firstDifference(trace(width)), `width ${width}`).toBe(-1);
  });

  it('refuses a bucket width that is not a power of two', () => {
    expect(() => new Calendar(16, 0.1)).toThrow(/invalid farBucketWidth: 0.1 \(expected a power of two/);
    expect(() => new Calendar(16, 0)).toThrow(/invalid farBucketWidth: 0/);
    expect(() => new Calendar(16, Infinity)).toThrow(/invalid farBucketWidth: Infinity/);
    expect(() => new Calendar(16, 3)).toThrow(/invalid farBucketWidth: 3/);
    expect(() => new Calendar(16, -0.5)).toThrow(/invalid farBucketWidth: -0.5/);
    for (const w of [2 ** -10, 0.5, 1, 4, 2 ** 20]) expect(() => new Calendar(16, w)).not.toThrow();
  });

  it('rejects a priority outside the supported range', () => {
    const cal = new Calendar();
    expect(() => cal.push(0, 600, {})).toThrow(/invalid priority: 600/);
    expect(() => cal.push(0, 0.5, {})).toThrow(/invalid priority: 0.5/);
  });
});
