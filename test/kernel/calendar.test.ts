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

  it('orders a burst of entries at one time by priority and sequence, with buckets as without, before and after time 0', () => {
    // A thousand entries at the same time fill one fine bucket (sorted by merging), with
    // entries just before and after it and a few for times before 0.
    const trace = (width?: number) => {
      const rng = createStream(5, 0, 'calendar-burst');
      const cal = new Calendar(16, width);
      const out: number[] = [];
      let id = 0;
      for (let k = 0; k < 1000; k++) cal.push(3, Math.floor(rng() * 7) - 3, { i: id++ });
      for (let k = 0; k < 50; k++) cal.push(3 - rng() * 1e-3, 0, { i: id++ });
      for (let k = 0; k < 50; k++) cal.push(3 + rng() * 1e-3, 0, { i: id++ });
      for (let k = 0; k < 20; k++) cal.push(-rng() * 2, 0, { i: id++ });
      for (let t = cal.pop(); t !== null; t = cal.pop()) {
        out.push((t as { i: number }).i);
        // Entries pushed while the burst is being popped land in the bucket being taken.
        if (cal.lastTime === 3 && rng() < 0.05) cal.push(3, Math.floor(rng() * 3) - 1, { i: id++ });
      }
      return out;
    };
    const plain = trace();
    expect(plain.length).toBeGreaterThan(1120);
    for (const width of [1 / 64, 1, 16]) expect(trace(width), `width ${width}`).toEqual(plain);
  });

  it('pops argument entries and slot entries together in (time, priority, sequence) order, with their arguments, under cancels and stops', () => {
    // Reference: a binary heap by (time, priority, sequence) with cancelled entries skipped.
    interface Ref { t: number; p: number; s: number; id: number; arg: number; dead: boolean }
    const less = (x: Ref, y: Ref) => x.t < y.t || (x.t === y.t && (x.p < y.p || (x.p === y.p && x.s < y.s)));
    const heap: Ref[] = [];
    const refPush = (e: Ref) => { let i = heap.push(e) - 1; while (i > 0) { const q = (i - 1) >> 1; if (!less(heap[i]!, heap[q]!)) break; [heap[i], heap[q]] = [heap[q]!, heap[i]!]; i = q; } };
    const refPop = (): Ref | undefined => {
      for (;;) {
        const top = heap[0]; if (!top) return undefined;
        const last = heap.pop()!;
        if (heap.length > 0) {
          heap[0] = last; let i = 0;
          for (;;) { const l = 2 * i + 1, r = l + 1; let m = i; if (l < heap.length && less(heap[l]!, heap[m]!)) m = l; if (r < heap.length && less(heap[r]!, heap[m]!)) m = r; if (m === i) break; [heap[i], heap[m]] = [heap[m]!, heap[i]!]; i = m; }
        }
        if (!top.dead) return top;
      }
    };
    for (const width of [undefined, 0.125, 1]) {
      const rng = createStream(11, 0, 'calendar-args');
      const cal = new Calendar(16, width);
      // Two argument targets (as two entity pools), and slot entries with their own targets.
      const pools = [{ _fire(_a: number) {} }, { _fire(_a: number) {} }];
      const pending = new Map<number, { handle: number; e: Ref }>();
      let seq = 0, id = 0, now = 0, mismatches = 0, popped = 0;
      const push = () => {
        const u = rng();
        const t = now + (u < 0.25 ? 0 : u < 0.6 ? rng() * 0.01 : u < 0.9 ? rng() * 0.5 : rng() * 30);
        if (rng() < 0.6) {
          // Arguments: small (a slot index, decoded on the int32 path), at the edges of that path
          // and of int32, and anywhere in int32.
          const v = rng(), edges = [-(2 ** 31), 2 ** 31 - 1, -1, 0, 2 ** 21 - 1, 2 ** 21];
          const pool = Math.floor(rng() * 2), arg = v < 0.05 ? edges[Math.floor(rng() * edges.length)]! : v < 0.55 ? Math.floor(rng() * 2 ** 21) : Math.floor(rng() * 2 ** 32) - 2 ** 31;
          cal.pushArg(t, pools[pool]!, arg);
          refPush({ t, p: 0, s: seq++, id: -1 - pool, arg, dead: false });
        } else {
          const p = rng() < 0.8 ? 0 : Math.floor(rng() * 5) - 2, e: Ref = { t, p, s: seq++, id: id++, arg: 0, dead: false };
          pending.set(e.id, { handle: cal.push(t, p, { id: e.id }), e });
          refPush(e);
        }
      };
      for (let k = 0; k < 300; k++) push();
      for (let day = 1; day <= 80; day++) {
        for (let target = cal.popBefore(day); target !== null; target = cal.popBefore(day)) {
          const want = refPop()!;
          now = cal.lastTime;
          const got = pools.indexOf(target as (typeof pools)[number]) >= 0
            ? { t: now, id: -1 - pools.indexOf(target as (typeof pools)[number]), arg: cal.lastArg }
            : { t: now, id: (target as { id: number }).id, arg: 0 };
          if (got.t !== want.t || got.id !== want.id || got.arg !== want.arg) mismatches++;
          if (want.id >= 0) pending.delete(want.id);
          popped++;
          const k = Math.floor(rng() * 3);
          for (let j = 0; j < k; j++) push();
          if (rng() < 0.05 && pending.size > 0) {
            const victim = [...pending.values()][Math.floor(rng() * pending.size)]!;
            expect(cal.cancel(victim.handle)).toBe(true);
            victim.e.dead = true; pending.delete(victim.e.id);
          }
          if (cal.size > 5000) break;
        }
        now = day;
        for (let k = 0; k < 100; k++) push();
      }
      expect(mismatches, `width ${width}`).toBe(0);
      expect(popped).toBeGreaterThan(20_000);
    }
  });

  it('takes 1,024 argument targets and says so at the next', () => {
    const cal = new Calendar(16);
    const targets = Array.from({ length: 1025 }, () => ({ _fire() {} }));
    for (let i = 0; i < 1024; i++) cal.pushArg(i, targets[i]!, i);
    expect(() => cal.pushArg(0, targets[1024]!, 0)).toThrow(/too many argument targets: more than 1024/);
    for (let i = 0; i < 1024; i++) { expect(cal.pop()).toBe(targets[i]); expect(cal.lastArg).toBe(i); }
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
