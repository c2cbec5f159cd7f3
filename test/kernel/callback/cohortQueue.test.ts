import { describe, expect, it } from 'vitest';
import { CohortQueue } from '../../../sim/kernel/callback/cohortQueue.ts';

describe('CohortQueue', () => {
  it('keeps groups first in first out with their origin time and tag while short', () => {
    const q = new CohortQueue(100);
    q.push(0, 10, 1, 2); q.push(1, 11, 2, 1); q.push(2, 12, 1, 3);
    const out: [number, number, number][] = [];
    while (q.groupCount > 0) { const t0 = q.headT0(), tag = q.headTag(); out.push([t0, tag, q.popGroup()]); }
    expect(out).toEqual([[10, 1, 2], [11, 2, 1], [12, 1, 3]]);
    expect(q.memberCount).toBe(0);
  });

  it('stays bounded beyond its limit: groups of one tag within an hour join one entry', () => {
    const q = new CohortQueue(4);
    // 10,000 groups of 3 tags over 0.1 days (three clock hours): at most 4 entries, then one per tag and hour.
    for (let i = 0; i < 10_000; i++) q.push(i / 100_000, 0, i % 3, 1);
    expect(q.entries).toBeLessThanOrEqual(4 + 3 * 3);
    expect(q.groupCount).toBe(10_000);
    expect(q.memberCount).toBe(10_000);
  });

  it('takes members from the head across cohorts, splitting the last one', () => {
    const q = new CohortQueue(100);
    q.push(0, 0, 1, 4); q.push(0, 1, 2, 4);
    const pieces: [number, number][] = [];
    expect(q.popMembers(6, (n, t0) => pieces.push([n, t0]))).toBe(6);
    expect(pieces).toEqual([[4, 0], [2, 1]]);
    expect(q.memberCount).toBe(2);
  });
});
