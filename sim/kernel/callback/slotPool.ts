/**
 * State of entities in flight (waiting for their next event), with a free list: two times, a
 * size, a tag and a stage code per slot, stored together in 32 bytes of one buffer, so that
 * handling an entity's event reads one cache line (the slots of entities in flight are
 * visited in time order, which is random in memory). An entity's next event is the pool
 * itself with the slot index (`schedule`), which the calendar hands back to the pool's
 * handler: scheduling allocates nothing and needs no callback per slot.
 */
import type { Environment } from '../environment.ts';

/** Doubles per slot: t0, t1, then size, tag and stage as int32 in the last two doubles' place. */
const STRIDE = 4;

export class SlotPool {
  private f: Float64Array;
  private k: Int32Array;
  private free: Int32Array;
  private nFree = 0;
  private n = 0;
  /** Slots in use. */
  inUse = 0;
  /** @internal The pool's index among the calendar's argument targets. */
  _calendarIndex: number | undefined = undefined;

  constructor(private readonly handler: (slot: number) => void, capacity = 1024) {
    const c = Math.max(1, capacity | 0);
    this.f = new Float64Array(c * STRIDE);
    this.k = new Int32Array(this.f.buffer);
    this.free = new Int32Array(c);
  }

  /** Slots the pool holds now (in use or free). */
  get capacity(): number { return this.free.length; }

  /** Takes a free slot and fills it; returns its index. `t0` and `t1` are numbers the entity carries (times, or packed codes); `stage` is what its pending event means. */
  alloc(t0: number, t1: number, size: number, tag: number, stage: number): number {
    let i: number;
    if (this.nFree > 0) i = this.free[--this.nFree]!;
    else {
      i = this.n++;
      if (i === this.free.length) this.grow();
    }
    const f = this.f, k = this.k, o = i * STRIDE, ok = o * 2;
    f[o] = t0; f[o + 1] = t1;
    k[ok + 4] = size; k[ok + 5] = tag; k[ok + 6] = stage;
    this.inUse++;
    return i;
  }

  /** The fields of slot `i`. */
  t0(i: number): number { return this.f[i * STRIDE]!; }
  t1(i: number): number { return this.f[i * STRIDE + 1]!; }
  size(i: number): number { return this.k[i * STRIDE * 2 + 4]!; }
  tag(i: number): number { return this.k[i * STRIDE * 2 + 5]!; }
  stage(i: number): number { return this.k[i * STRIDE * 2 + 6]!; }

  /** Schedules slot `i`'s next event `delay` from now: the handler gets `i` then. */
  schedule(env: Environment, delay: number, i: number): void {
    if (!(delay >= 0) || delay === Infinity) throw new RangeError(`invalid delay: ${delay} (expected a finite number >= 0)`);
    env._scheduleArgAt(env.now + delay, this, i);
  }

  /** Schedules slot `i`'s next event at `time` (>= now). */
  scheduleAt(env: Environment, time: number, i: number): void {
    env._scheduleArgAt(time, this, i);
  }

  /** @internal The calendar's call for slot `i`'s event. */
  _fire(i: number): void { this.handler(i); }

  /** Returns slot `i` to the free list (read its fields first). */
  release(i: number): void { this.free[this.nFree++] = i; this.inUse--; }

  private grow(): void {
    const c = this.free.length * 2;
    const f = new Float64Array(c * STRIDE); f.set(this.f); this.f = f;
    this.k = new Int32Array(f.buffer);
    const free = new Int32Array(c); free.set(this.free); this.free = free;
  }
}
