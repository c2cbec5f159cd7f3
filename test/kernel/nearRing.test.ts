import { describe, expect, it } from 'vitest';
import { NearRing, RING_BUCKETS } from '../../sim/kernel/nearRing.ts';
import { createStream } from '../../sim/random/index.ts';

describe('NearRing', () => {
  it('gives back its entries by (time, key) under inserts between removals, in one span and the next', () => {
    const rng = createStream(9, 0, 'near-ring');
    const ring = new NearRing(1);
    let key = 0;
    for (const start of [0, 1]) {
      ring.open(start);
      // Reference: the same entries, with the least taken out by a scan.
      const ref: { t: number; k: number; r: number }[] = [];
      const add = (t: number) => { const k = key++ * (rng() < 0.1 ? -1 : 1); ring.insert(t, k, ref.length); ref.push({ t, k, r: ref.length }); };
      // More than the run's and the node pool's first sizes, bursts at one time among them.
      for (let i = 0; i < 3000; i++) add(start + (rng() < 0.2 ? 0.5 : rng()));
      let now = start, got = 0;
      const live = new Set(ref.map((e) => e.r));
      while (ring.ready()) {
        let best: { t: number; k: number; r: number } | undefined;
        for (const r of live) { const e = ref[r]!; if (!best || e.t < best.t || (e.t === best.t && e.k < best.k)) best = e; }
        expect([ring.topTime, ring.topKey, ring.topRef]).toEqual([best!.t, best!.k, best!.r]);
        live.delete(best!.r);
        now = ring.topTime;
        ring.shift();
        got++;
        // Some entries for times just ahead, in the bucket being taken or the next ones.
        if (rng() < 0.3) { const t = Math.min(start + 1 - 1e-9, now + rng() * 4 / RING_BUCKETS); add(t); live.add(ref.length - 1); }
      }
      expect(live.size).toBe(0);
      expect(ring.size).toBe(0);
      expect(got).toBeGreaterThan(3000);
    }
  });
});
