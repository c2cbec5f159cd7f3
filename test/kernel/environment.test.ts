import { describe, expect, it } from 'vitest';
import { Environment } from '../../sim/kernel/index.ts';

describe('Environment', () => {
  it('runs callbacks in time order, then priority, then scheduling order', () => {
    const env = new Environment();
    const log: [string, number][] = [];
    env.schedule(2, (e) => log.push(['b', e.now]));
    env.schedule(1, (e) => log.push(['a', e.now]));
    env.schedule(2, (e) => log.push(['c-urgent', e.now]), -1);
    env.schedule(2, (e) => log.push(['d', e.now]));
    env.run();
    expect(log).toEqual([['a', 1], ['c-urgent', 2], ['b', 2], ['d', 2]]);
  });

  it('stops before events at or after until and sets the clock to until', () => {
    const env = new Environment();
    const log: number[] = [];
    for (const t of [1, 2, 3]) env.schedule(t, (e) => log.push(e.now));
    env.run({ until: 2 });
    expect(log).toEqual([1]);
    expect(env.now).toBe(2);
    env.run({ until: 10 });
    expect(log).toEqual([1, 2, 3]);
    expect(env.now).toBe(10);
  });

  it('cancels a scheduled callback, and a stale handle cancels nothing', () => {
    const env = new Environment();
    const log: string[] = [];
    const h = env.schedule(1, () => log.push('cancelled'));
    env.schedule(2, () => log.push('kept'));
    expect(env.cancel(h)).toBe(true);
    expect(env.cancel(h)).toBe(false);
    const h2 = env.schedule(3, () => log.push('reused slot'));
    expect(env.cancel(h)).toBe(false);
    env.run();
    expect(log).toEqual(['kept', 'reused slot']);
    expect(env.cancel(h2)).toBe(false);
  });

  it('reports the number of pending events without cancelled ones', () => {
    const env = new Environment();
    const hs = [1, 2, 3].map((t) => env.schedule(t, () => {}));
    env.cancel(hs[1]!);
    expect(env.pending).toBe(2);
    expect(env.peek()).toBe(1);
    env.cancel(hs[0]!);
    expect(env.peek()).toBe(3);
  });

  it('rejects a negative or non-finite delay and an until in the past', () => {
    const env = new Environment();
    expect(() => env.schedule(-1, () => {})).toThrow(/invalid delay: -1/);
    expect(() => env.schedule(NaN, () => {})).toThrow(/invalid delay: NaN/);
    env.run({ until: 5 });
    expect(() => env.run({ until: 4 })).toThrow(/invalid until: 4/);
  });

  it('stop() ends the current run after the event being processed', () => {
    const env = new Environment();
    const log: number[] = [];
    env.schedule(1, (e) => { log.push(1); e.stop(); });
    env.schedule(2, () => log.push(2));
    env.run({ until: 10 });
    expect(log).toEqual([1]);
    expect(env.now).toBe(1);
  });

  it('keeps ordering exact with many simultaneous and interleaved events', () => {
    const env = new Environment({ calendarCapacity: 16 });
    const log: number[] = [];
    for (let i = 0; i < 5000; i++) env.schedule((i * 7919) % 13, () => log.push(i));
    env.run();
    const expected = Array.from({ length: 5000 }, (_, i) => i).sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13) || a - b);
    expect(log).toEqual(expected);
  });
});
