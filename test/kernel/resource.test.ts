import { describe, expect, it } from 'vitest';
import { Container, Environment, Interrupt, Preempted, Resource, Store } from '../../sim/kernel/index.ts';

function customer(env: Environment, res: Resource, name: string, service: number, log: [string, number][], priority = 0) {
  return (function* () {
    const req = res.request({ priority });
    yield req;
    log.push([`${name} start`, env.now]);
    try {
      yield env.timeout(service);
      log.push([`${name} end`, env.now]);
    } catch (e) {
      if (!((e as Interrupt).cause instanceof Preempted)) throw e;
      log.push([`${name} preempted`, env.now]);
    }
    res.release(req);
  })();
}

describe('Resource', () => {
  it('serves in FIFO order with c servers', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 2 });
    const log: [string, number][] = [];
    for (const n of ['a', 'b', 'c']) env.process(customer(env, res, n, 2, log));
    env.run();
    expect(log).toEqual([['a start', 0], ['b start', 0], ['a end', 2], ['b end', 2], ['c start', 2], ['c end', 4]]);
  });

  it('serves by priority, FIFO within a priority', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1, discipline: 'priority' });
    const log: [string, number][] = [];
    env.process(customer(env, res, 'first', 1, log, 5));
    env.process(customer(env, res, 'low', 1, log, 5));
    env.process(customer(env, res, 'high1', 1, log, 1));
    env.process(customer(env, res, 'high2', 1, log, 1));
    env.run();
    expect(log.filter(([s]) => s.endsWith('start')).map(([s]) => s)).toEqual(['first start', 'high1 start', 'high2 start', 'low start']);
  });

  it('preempts the least urgent user when preemptive', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1, preemptive: true });
    const log: [string, number][] = [];
    env.process(customer(env, res, 'routine', 10, log, 5));
    env.schedule(2, () => env.process(customer(env, res, 'urgent', 1, log, 0)));
    env.run();
    // The interrupt is urgent, so the preempted user hears of it before the new user starts.
    expect(log).toEqual([['routine start', 0], ['routine preempted', 2], ['urgent start', 2], ['urgent end', 3]]);
  });

  it('lets a waiting request renege with cancel', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1, monitor: true });
    const log: [string, number][] = [];
    env.process(customer(env, res, 'a', 5, log));
    env.process((function* () {
      const req = res.request();
      const patience = env.timeout(1);
      yield env.anyOf([req, patience]);
      if (!req.processed) { req.cancel(); log.push(['b reneged', env.now]); return; }
      res.release(req);
    })());
    env.process(customer(env, res, 'c', 1, log));
    env.run();
    expect(log).toEqual([['a start', 0], ['b reneged', 1], ['a end', 5], ['c start', 5], ['c end', 6]]);
    expect(res.queueLength).toBe(0);
  });

  it('changes capacity on a schedule: more staff serve the queue at once', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1 });
    const log: [string, number][] = [];
    for (const n of ['a', 'b', 'c']) env.process(customer(env, res, n, 4, log));
    env.schedule(1, () => res.setCapacity(3));
    env.run();
    expect(log.filter(([s]) => s.endsWith('start'))).toEqual([['a start', 0], ['b start', 1], ['c start', 1]]);
  });

  it('monitors time-weighted queue and busy levels, utilization and waits', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 1, monitor: true });
    const log: [string, number][] = [];
    env.process(customer(env, res, 'a', 2, log));
    env.process(customer(env, res, 'b', 2, log));
    env.run({ until: 8 });
    const s = res.stats!;
    expect(s.busy.mean(8)).toBeCloseTo(4 / 8, 12);
    expect(s.queue.mean(8)).toBeCloseTo(2 / 8, 12);
    expect(s.utilization(8)).toBeCloseTo(0.5, 12);
    expect(s.wait.count).toBe(2);
    expect(s.wait.mean).toBeCloseTo(1, 12);
  });

  it('can start with a population already in service and waiting', () => {
    const env = new Environment();
    const res = new Resource(env, { capacity: 2 });
    const log: [string, number][] = [];
    // Five people already present at time 0 (as if loaded from today's queues).
    for (const [i, remaining] of [3, 1, 2, 2, 2].entries()) env.process(customer(env, res, `p${i}`, remaining, log));
    env.run();
    expect(log.filter(([s]) => s.endsWith('end'))).toEqual([['p1 end', 1], ['p0 end', 3], ['p2 end', 3], ['p3 end', 5], ['p4 end', 5]]);
  });
});

describe('Container', () => {
  it('blocks a get until a put supplies enough, starting from an initial level', () => {
    const env = new Environment();
    const beds = new Container(env, { capacity: 10, init: 9 });
    const log: [string, number][] = [];
    env.process((function* () { yield beds.put(3); log.push(['put 3', env.now]); })());
    env.schedule(2, () => { beds.get(5); });
    env.run();
    expect(log).toEqual([['put 3', 2]]);
    expect(beds.level).toBe(7);
  });

  it('balks with tryPut when full', () => {
    const env = new Environment();
    const holding = new Container(env, { capacity: 2 });
    expect(holding.tryPut(1)).toBe(true);
    expect(holding.tryPut(1)).toBe(true);
    expect(holding.tryPut(1)).toBe(false);
    expect(holding.tryGet(2)).toBe(true);
    expect(holding.tryGet(1)).toBe(false);
  });

  it('rejects an initial level above capacity', () => {
    const env = new Environment();
    expect(() => new Container(env, { capacity: 2, init: 3 })).toThrow(/invalid init: 3/);
  });
});

describe('Store', () => {
  it('hands items to getters in order and honours filters', () => {
    const env = new Environment();
    const store = new Store<{ id: number; kind: string }>(env, { init: [{ id: 1, kind: 'a' }] });
    const got: number[] = [];
    env.process((function* () { const x: { id: number } = yield store.get((i) => i.kind === 'b'); got.push(x.id); })());
    env.process((function* () { const x: { id: number } = yield store.get(); got.push(x.id); })());
    env.schedule(1, () => { store.put({ id: 2, kind: 'b' }); });
    env.run();
    expect(got).toEqual([1, 2]);
  });

  it('blocks a put while full', () => {
    const env = new Environment();
    const store = new Store<number>(env, { capacity: 1, init: [1] });
    let putAt = -1;
    env.process((function* () { yield store.put(2); putAt = env.now; })());
    env.schedule(3, () => { store.get(); });
    env.run();
    expect(putAt).toBe(3);
    expect(store.items).toEqual([2]);
  });
});
