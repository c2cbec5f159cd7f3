import { describe, expect, it } from 'vitest';
import { Environment } from '../../../sim/kernel/index.ts';
import { SlotPool } from '../../../sim/kernel/callback/slotPool.ts';

describe('SlotPool', () => {
  it('hands each scheduled slot back to its handler with the fields it was given, at its time', () => {
    const env = new Environment(), log: [number, number, number, number][] = [];
    const pool: SlotPool = new SlotPool((i) => { log.push([env.now, pool.tag(i), pool.size(i), pool.stage(i)]); pool.release(i); }, 2);
    for (let k = 0; k < 5; k++) pool.schedule(env, 5 - k, pool.alloc(0, 0, k + 1, 100 + k, k % 2));
    env.run();
    expect(log).toEqual([[1, 104, 5, 0], [2, 103, 4, 1], [3, 102, 3, 0], [4, 101, 2, 1], [5, 100, 1, 0]]);
    expect(pool.inUse).toBe(0);
  });

  it('reuses released slots, so slots in use follow entities in flight, not entities ever made', () => {
    const env = new Environment();
    const pool: SlotPool = new SlotPool((i) => pool.release(i), 4);
    let allocated = 0;
    const tick = () => { pool.schedule(env, 1, pool.alloc(0, 0, 1, 0, 0)); allocated++; if (allocated < 1000) env.schedule(0.5, tick); };
    tick();
    env.run();
    expect(allocated).toBe(1000);
    expect(pool.capacity).toBeLessThanOrEqual(4);
  });

  it('keeps slot order with other entries at the same time, and refuses a bad delay or time', () => {
    const env = new Environment(), log: string[] = [];
    const pool: SlotPool = new SlotPool((i) => { log.push(`slot ${pool.tag(i)}`); pool.release(i); });
    pool.schedule(env, 1, pool.alloc(0, 0, 1, 7, 0));
    env.schedule(1, () => log.push('callback'));
    pool.scheduleAt(env, 1, pool.alloc(0, 0, 1, 8, 0));
    env.run();
    expect(log).toEqual(['slot 7', 'callback', 'slot 8']);
    expect(() => pool.schedule(env, Number.NaN, pool.alloc(0, 0, 1, 0, 0))).toThrow(/invalid delay: NaN/);
    expect(() => pool.scheduleAt(env, 0, pool.alloc(0, 0, 1, 0, 0))).toThrow(/invalid time: 0/);
  });
});
