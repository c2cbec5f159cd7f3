/**
 * A resource with `capacity` identical servers (agents, officers, judges). Processes
 * request a server, wait in a FIFO or priority queue, and release it when done.
 * Optional preemption lets a more urgent request (lower priority number) interrupt the
 * least urgent user. Capacity can change at any time (staff shifts): a drop lets
 * current users finish; a rise serves waiting requests at once.
 */
import { initEvent, inheritEvent, type Event, type PROCESSED as PROCESSED_STATE } from './event.ts';
import type { Environment } from './environment.ts';
import type { Process } from './process.ts';
import { FifoQueue, PriorityQueue, type Queued, type WaitQueue } from './queue.ts';
import { ResourceMonitor } from './monitor.ts';

export interface ResourceOptions {
  /** Number of servers, an integer >= 0. */
  capacity: number;
  /** Queue order: 'fifo' (default) or 'priority' (lower priority number first, FIFO within). */
  discipline?: 'fifo' | 'priority';
  /** If true, a request preempts the least urgent user whose priority number is higher. */
  preemptive?: boolean;
  /** Record time-weighted queue/busy levels and waiting times (default false). */
  monitor?: boolean;
}

/** Cause passed to `Interrupt` when a user is preempted. */
export class Preempted {
  /** The request that preempted the user. */
  declare readonly by: Request;
  /** When the preempted user was granted the server. */
  declare readonly usageSince: number;
  /** The resource. */
  declare readonly resource: Resource;

  constructor(by: Request, usageSince: number, resource: Resource) {
    this.by = by;
    this.usageSince = usageSince;
    this.resource = resource;
  }
}

// A local copy of event.ts's constant (an imported binding is read through a module cell
// on every use); the literal type makes the compiler check that it equals the original.
const PROCESSED: typeof PROCESSED_STATE = 2;

/** A request for one server: an event processed when the server is granted (see `inheritEvent`). */
export interface Request extends Event<void> {}
export class Request implements Queued {
  /** @internal */ declare _seq: number;
  /** @internal */ declare _queued: boolean;
  /** @internal */ declare _granted: boolean;
  /** Time the request was made. */
  declare readonly requestedAt: number;
  /** Time the server was granted (NaN while waiting). */
  declare grantedAt: number;
  /** The process that made the request, on a preemptive resource (interrupted if preempted). */
  declare readonly owner: Process<any> | null;
  /** The resource requested. */
  declare readonly resource: Resource;
  /** Lower is more urgent. */
  declare readonly priority: number;
  /** Whether this request may preempt a less urgent user (preemptive resources only). */
  declare readonly preempt: boolean;

  constructor(resource: Resource, priority: number, preempt: boolean) {
    initEvent(this, resource.env);
    this._seq = 0;
    this._queued = false;
    this._granted = false;
    this.requestedAt = resource.env.now;
    this.grantedAt = NaN;
    this.owner = resource.preemptive ? resource.env.activeProcess : null;
    this.resource = resource;
    this.priority = priority;
    this.preempt = preempt;
  }

  /** Withdraws a waiting request (reneging, balking); releases it if already granted. */
  cancel(): void {
    this.resource.release(this);
  }
}
inheritEvent(Request);

export class Resource {
  // Declared, then assigned in the constructor: class fields would first be defined as
  // undefined, which makes V8 treat them as generic values.
  /** The environment the resource belongs to. */
  declare readonly env: Environment;
  private declare _capacity: number;
  private declare inService: number;
  private declare waiting: number;
  private declare seq: number;
  private declare readonly queue: WaitQueue<Request>;
  private declare readonly users: Request[] | null;
  /** Statistics, when created with `monitor: true`. */
  declare readonly stats: ResourceMonitor | null;

  constructor(env: Environment, opts: ResourceOptions) {
    checkCapacity(opts.capacity);
    this.env = env;
    this._capacity = opts.capacity;
    this.inService = 0;
    this.waiting = 0;
    this.seq = 0;
    this.queue = opts.discipline === 'priority' || opts.preemptive ? new PriorityQueue<Request>() : new FifoQueue<Request>();
    this.users = opts.preemptive ? [] : null;
    this.stats = opts.monitor ? new ResourceMonitor(env.now, opts.capacity) : null;
  }

  get capacity(): number { return this._capacity; }
  /** True if more urgent requests preempt less urgent users. */
  get preemptive(): boolean { return this.users !== null; }
  /** Servers in use. */
  get count(): number { return this.inService; }
  /** Requests waiting. */
  get queueLength(): number { return this.waiting; }

  /**
   * Requests a server. If one is free the returned request is already processed, so
   * `yield req` continues without delay; otherwise it waits in the queue.
   */
  request(opts?: { priority?: number; preempt?: boolean }): Request {
    const priority = opts?.priority ?? 0;
    const req = new Request(this, priority, opts?.preempt ?? true);
    req._seq = this.seq++;
    if (this.inService < this._capacity) {
      this.grant(req);
      req._state = PROCESSED; // nobody can be waiting on a request that did not exist yet
      return req;
    }
    req._queued = true;
    this.queue.push(req);
    this.waiting++;
    if (this.stats !== null) this.stats.queue.update(this.env.now, this.waiting);
    if (this.users !== null && req.preempt) this.tryPreempt(req);
    return req;
  }

  /** Releases a granted request's server, or withdraws a waiting one. Idempotent. */
  release(req: Request): void {
    if (req._queued) {
      req._queued = false;
      this.waiting--;
      if (this.stats !== null) this.stats.queue.update(this.env.now, this.waiting);
      return;
    }
    if (!req._granted) return;
    req._granted = false;
    this.inService--;
    if (this.users !== null) {
      const i = this.users.indexOf(req);
      if (i >= 0) this.users.splice(i, 1);
    }
    if (this.stats !== null) this.stats.busy.update(this.env.now, this.inService);
    this.serveWaiting();
  }

  /** Changes the number of servers now (staff shifts). */
  setCapacity(capacity: number): void {
    checkCapacity(capacity);
    this._capacity = capacity;
    if (this.stats !== null) this.stats.capacity.update(this.env.now, capacity);
    this.serveWaiting();
  }

  private serveWaiting(): void {
    while (this.inService < this._capacity && this.waiting > 0) {
      const next = this.queue.shift()!;
      next._queued = false;
      this.waiting--;
      if (this.stats !== null) this.stats.queue.update(this.env.now, this.waiting);
      this.grant(next);
      next.succeed();
    }
  }

  private grant(req: Request): void {
    req._granted = true;
    req.grantedAt = this.env.now;
    this.inService++;
    if (this.users !== null) this.users.push(req);
    if (this.stats !== null) {
      this.stats.busy.update(this.env.now, this.inService);
      this.stats.wait.add(this.env.now - req.requestedAt);
    }
  }

  private tryPreempt(req: Request): void {
    const users = this.users!;
    let victim: Request | null = null;
    for (const u of users) {
      if (victim === null || u.priority > victim.priority || (u.priority === victim.priority && u._seq > victim._seq)) victim = u;
    }
    if (victim === null || victim.priority <= req.priority) return;
    // Releasing the victim serves the head of the queue: `req`, or a more urgent request.
    this.release(victim);
    if (victim.owner !== null && victim.owner.isAlive) {
      victim.owner.interrupt(new Preempted(req, victim.grantedAt, this));
    }
  }
}

function checkCapacity(c: number): void {
  if (!(Number.isInteger(c) && c >= 0)) throw new RangeError(`invalid capacity: ${c} (expected an integer >= 0)`);
}

/** `request(resource, { priority })`: the free-function form of `resource.request`. */
export function request(resource: Resource, opts?: { priority?: number; preempt?: boolean }): Request {
  return resource.request(opts);
}
