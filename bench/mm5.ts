/**
 * The M/M/5 benchmark model (lambda 4.5, mu 1), written as a modeller would with the
 * public generator-process and resource API: a source process creating one customer
 * process per arrival, each requesting a server, holding it for an exponential time
 * and releasing it.
 */
import { Environment, Resource, timeout } from '../sim/kernel/index.ts';
import { createStream, exponential } from '../sim/random/index.ts';

export interface Mm5Result { customers: number; events: number; wq: number; seconds: number }

export function runMm5(customers: number, seed = 1): Mm5Result {
  const env = new Environment();
  const servers = new Resource(env, { capacity: 5 });
  const arrivals = createStream(seed, 0, 'arrivals');
  const service = createStream(seed, 0, 'service');
  // Counters in an object, as the SimPy model keeps them in a dict.
  const state = { done: 0, wait: 0 };

  function* customer() {
    const arrived = env.now;
    const req = servers.request();
    yield req;
    state.wait += env.now - arrived;
    yield timeout(exponential(service, 1));
    servers.release(req);
    if (++state.done === customers) env.stop();
  }

  function* source() {
    for (let i = 0; i < customers; i++) {
      yield timeout(exponential(arrivals, 4.5));
      env.process(customer());
    }
  }

  const t0 = performance.now();
  env.process(source());
  env.run();
  const seconds = (performance.now() - t0) / 1000;
  return { customers: state.done, events: env.eventCount, wq: state.wait / state.done, seconds };
}
