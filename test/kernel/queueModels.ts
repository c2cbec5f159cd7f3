/**
 * Queueing models written with the kernel's public process and resource API, for the
 * theory tests and the benchmark. Each returns what one replication measured after
 * warm-up deletion.
 */
import { Environment, Resource, timeout } from '../../sim/kernel/index.ts';
import { createStream, exponential, type Rng } from '../../sim/random/index.ts';

export interface QueueSpec {
  /** Arrival rate (Poisson arrivals). */
  lambda: number;
  /** Service time sampler, given the service stream. */
  service: (rng: Rng) => number;
  /** Servers (Infinity for M/M/∞). */
  servers: number;
  /** If set, arrivals finding this many in the system are blocked (M/M/c/c: = servers). */
  systemCapacity?: number;
  /** Simulated time after warm-up. */
  horizon: number;
  warmup: number;
  /** Track time in states 0..maxState for P(n). */
  maxState?: number;
}

export interface QueueRun {
  /** Mean wait in queue of customers arriving after warm-up and served before the end. */
  wq: number;
  /** Mean time in system of the same customers. */
  w: number;
  /** Share of those customers who waited at all. */
  pWait: number;
  /** Time-average number in system after warm-up. */
  l: number;
  /** Arrival rate of admitted customers after warm-up. */
  lambdaEff: number;
  /** Share of arrivals blocked (M/M/c/c). */
  pBlock: number;
  /** Time share with n in system, n = 0..maxState. */
  pn: number[];
  events: number;
}

export function runQueue(spec: QueueSpec, seed: number, replication: number): QueueRun {
  const env = new Environment();
  const arrivalsRng = createStream(seed, replication, 'arrivals');
  const serviceRng = createStream(seed, replication, 'service');
  const finite = Number.isFinite(spec.servers);
  const res = finite ? new Resource(env, { capacity: spec.servers }) : null;
  const cap = spec.systemCapacity ?? Infinity;
  const end = spec.warmup + spec.horizon;
  const nStates = (spec.maxState ?? -1) + 1;
  const stateTime = new Float64Array(Math.max(nStates, 0));

  let inSystem = 0;
  let lastChange = 0;
  let area = 0;
  let served = 0, sumWq = 0, sumW = 0, waited = 0;
  let arrivals = 0, blocked = 0, admitted = 0;

  const change = (delta: number) => {
    const now = env.now;
    if (now > spec.warmup) {
      const from = Math.max(lastChange, spec.warmup);
      area += inSystem * (now - from);
      if (inSystem < nStates) stateTime[inSystem]! += now - from;
    }
    lastChange = now;
    inSystem += delta;
  };

  function* customer(arrivedAt: number) {
    change(+1);
    let startedAt = arrivedAt;
    if (res !== null) {
      const req = res.request();
      yield req;
      startedAt = env.now;
      yield timeout(spec.service(serviceRng));
      res.release(req);
    } else {
      yield timeout(spec.service(serviceRng));
    }
    change(-1);
    if (arrivedAt >= spec.warmup && env.now <= end) {
      served++;
      const wq = startedAt - arrivedAt;
      sumWq += wq;
      if (wq > 0) waited++;
      sumW += env.now - arrivedAt;
    }
  }

  function* source() {
    for (;;) {
      yield timeout(exponential(arrivalsRng, spec.lambda));
      const now = env.now;
      const counted = now >= spec.warmup;
      if (counted) arrivals++;
      if (inSystem >= cap) { if (counted) blocked++; continue; }
      if (counted) admitted++;
      env.process(customer(now));
    }
  }

  env.process(source());
  env.run({ until: end });
  change(0);
  const T = spec.horizon;
  return {
    wq: sumWq / served,
    w: sumW / served,
    pWait: waited / served,
    l: area / T,
    lambdaEff: admitted / T,
    pBlock: blocked / arrivals,
    pn: Array.from(stateTime, (x) => x / T),
    events: env.eventCount,
  };
}
