/**
 * `capacity` identical servers working a FIFO queue of groups, driven by plain callbacks
 * (no process per customer). A group's service time is the sum of one draw per member. The
 * number of servers may change at any time (staff shifts); a busy server finishes its group
 * before leaving. The queue is a CohortQueue, so it stays bounded under overload.
 */
import type { Environment } from '../environment.ts';
import { CohortQueue } from './cohortQueue.ts';

/** Called when a group's service ends: its origin time, tag and size. */
export type ServiceDone = (t0: number, tag: number, size: number) => void;

export class ServerBank {
  readonly queue = new CohortQueue();
  /** Servers available now. */
  capacity = 0;
  /** Servers busy now. */
  busy = 0;
  /** Groups that started service, and the sum of their queue waits. */
  started = 0;
  waitSum = 0;
  /** Members whose service ended. */
  served = 0;
  private sT0 = new Float64Array(16);
  private sTag = new Int32Array(16);
  private sSize = new Int32Array(16);
  private freeSlots: number[] = [];
  private nSlots = 0;
  /** @internal The bank's index among the calendar's argument targets. */
  _calendarIndex: number | undefined = undefined;

  constructor(
    private readonly env: Environment,
    /** Service time of one member. */
    private readonly serviceTime: () => number,
    private readonly done: ServiceDone,
  ) {}

  /** Members queued plus in service. */
  get members(): number {
    let inService = 0;
    for (let s = 0; s < this.nSlots; s++) inService += this.sSize[s]!;
    return this.queue.memberCount + inService;
  }

  /** A group arrives now; `t0` and `tag` are carried to `done`. */
  arrive(t0: number, tag: number, size: number): void {
    if (this.busy < this.capacity && this.queue.groupCount === 0) this.start(t0, tag, size, 0);
    else this.queue.push(this.env.now, t0, tag, size);
  }

  /** Changes the number of servers; new servers take waiting groups at once. */
  setCapacity(c: number): void {
    this.capacity = c;
    this.pull();
  }

  private pull(): void {
    const q = this.queue;
    while (this.busy < this.capacity && q.groupCount > 0) {
      const wait = this.env.now - q.headTime();
      const t0 = q.headT0(), tag = q.headTag();
      const size = q.popGroup();
      this.start(t0, tag, size, wait);
    }
  }

  private start(t0: number, tag: number, size: number, wait: number): void {
    let s: number;
    if (this.freeSlots.length > 0) s = this.freeSlots.pop()!;
    else {
      s = this.nSlots++;
      if (s === this.sT0.length) {
        const c = s * 2;
        const a = new Float64Array(c); a.set(this.sT0); this.sT0 = a;
        const b = new Int32Array(c); b.set(this.sTag); this.sTag = b;
        const d = new Int32Array(c); d.set(this.sSize); this.sSize = d;
      }
    }
    this.sT0[s] = t0; this.sTag[s] = tag; this.sSize[s] = size;
    this.busy++; this.started++; this.waitSum += wait;
    let d = 0;
    for (let k = 0; k < size; k++) d += this.serviceTime();
    if (!(d >= 0) || d === Infinity) throw new RangeError(`invalid service time: ${d} (expected a finite number >= 0)`);
    this.env._scheduleArgAt(this.env.now + d, this, s);
  }

  /** @internal The calendar's call when server slot `s` finishes its group. */
  _fire(s: number): void { this.finish(s); }

  private finish(s: number): void {
    const t0 = this.sT0[s]!, tag = this.sTag[s]!, size = this.sSize[s]!;
    this.sSize[s] = 0;
    this.freeSlots.push(s);
    this.busy--; this.served += size;
    this.done(t0, tag, size);
    this.pull();
  }
}
