import { describe, expect, it } from 'vitest';
import { Environment, Resource, timeout } from '../../sim/kernel/index.ts';
import { createStream, exponential } from '../../sim/random/index.ts';

/** An M/M/2 queue with reneging that logs every state change. */
function model(seed: number) {
  const env = new Environment();
  const res = new Resource(env, { capacity: 2 });
  const arrivals = createStream(seed, 0, 'arrivals');
  const service = createStream(seed, 0, 'service');
  const patience = createStream(seed, 0, 'patience');
  const log: string[] = [];
  let id = 0;
  function* customer(n: number) {
    const req = res.request();
    const giveUp = env.timeout(exponential(patience, 0.5));
    yield env.anyOf([req, giveUp]);
    if (!req.processed) { req.cancel(); log.push(`${env.now} ${n} reneged`); return; }
    log.push(`${env.now} ${n} start`);
    yield timeout(exponential(service, 1));
    res.release(req);
    log.push(`${env.now} ${n} end`);
  }
  env.process((function* () {
    for (;;) { yield timeout(exponential(arrivals, 2.2)); env.process(customer(id++)); }
  })());
  return { env, log };
}

describe('determinism', () => {
  it('gives an identical event log for the same seed', () => {
    const a = model(7), b = model(7);
    a.env.run({ until: 500 });
    b.env.run({ until: 500 });
    expect(a.log.length).toBeGreaterThan(1000);
    expect(b.log).toEqual(a.log);
  });

  it('gives a different event log for a different seed', () => {
    const a = model(7), b = model(8);
    a.env.run({ until: 100 });
    b.env.run({ until: 100 });
    expect(b.log).not.toEqual(a.log);
  });

  it('gives identical results whatever the run({until}) slicing', () => {
    const whole = model(11);
    whole.env.run({ until: 400 });
    const sliced = model(11);
    for (const t of [0.5, 3, 3, 77.25, 100, 250.125, 399.999, 400]) sliced.env.run({ until: t });
    expect(sliced.log).toEqual(whole.log);
    expect(sliced.env.eventCount).toBe(whole.env.eventCount);
    expect(sliced.env.now).toBe(whole.env.now);
  });
});
