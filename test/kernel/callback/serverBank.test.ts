import { describe, expect, it } from 'vitest';
import { Environment } from '../../../sim/kernel/index.ts';
import { ServerBank } from '../../../sim/kernel/callback/serverBank.ts';

/** A bank whose service time per member is a fixed 1, logging (time, tag, size) when each group's service ends. */
function bank(env: Environment, capacity: number, log: [number, number, number][]) {
  const b = new ServerBank(env, () => 1, (_t0, tag, size) => log.push([env.now, tag, size]));
  b.setCapacity(capacity);
  return b;
}

describe('ServerBank', () => {
  it('serves groups first come first served, one server each, a group taking one service time per member', () => {
    const env = new Environment(), log: [number, number, number][] = [];
    const b = bank(env, 2, log);
    b.arrive(0, 1, 3); b.arrive(0, 2, 1); b.arrive(0, 3, 1); b.arrive(0, 4, 2);
    env.run();
    expect(log).toEqual([[1, 2, 1], [2, 3, 1], [3, 1, 3], [4, 4, 2]]);
    expect(b.served).toBe(7);
    expect(b.waitSum).toBe(1 + 2);
  });

  it('lets a busy server finish when staff leave, and starts waiting groups at once when staff arrive', () => {
    const env = new Environment(), log: [number, number, number][] = [];
    const b = bank(env, 1, log);
    b.arrive(0, 1, 2); b.arrive(0, 2, 1);
    env.scheduleAt(1, () => b.setCapacity(0));
    env.scheduleAt(5, () => b.setCapacity(1));
    env.run();
    expect(log).toEqual([[2, 1, 2], [6, 2, 1]]);
  });

  it('counts members queued and in service', () => {
    const env = new Environment();
    const b = bank(env, 1, []);
    b.arrive(0, 1, 2); b.arrive(0, 2, 3);
    expect(b.members).toBe(5);
    env.run({ until: 2.5 });
    expect(b.members).toBe(3);
  });
});
