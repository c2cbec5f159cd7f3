/**
 * State of entities in flight (waiting for their next event), held struct-of-arrays in typed
 * arrays with a free list: two times, a size, a tag and a stage code per slot. Each slot owns
 * one callback, created once, that hands the slot index to the pool's handler, so scheduling
 * an entity's next event allocates nothing.
 */
import type { Environment } from '../environment.ts';

export class SlotPool {
  /** A time carried by the entity (e.g. when it entered its current place). */
  t0: Float64Array;
  /** A second number carried by the entity (a time, or packed codes). */
  t1: Float64Array;
  size: Int32Array;
  tag: Int32Array;
  /** What the entity's pending event means (defined by the pool's user). */
  stage: Uint8Array;
  private free: Int32Array;
  private nFree = 0;
  private n = 0;
  private readonly cbs: ((env: Environment) => void)[] = [];
  /** Slots in use. */
  inUse = 0;

  constructor(private readonly handler: (slot: number) => void, capacity = 1024) {
    this.t0 = new Float64Array(capacity); this.t1 = new Float64Array(capacity);
    this.size = new Int32Array(capacity); this.tag = new Int32Array(capacity);
    this.stage = new Uint8Array(capacity); this.free = new Int32Array(capacity);
  }

  /** Takes a free slot and fills it; returns its index. */
  alloc(t0: number, t1: number, size: number, tag: number, stage: number): number {
    let i: number;
    if (this.nFree > 0) i = this.free[--this.nFree]!;
    else {
      i = this.n++;
      if (i === this.t0.length) this.grow();
      const h = this.handler;
      this.cbs.push(() => h(i));
    }
    this.t0[i] = t0; this.t1[i] = t1; this.size[i] = size; this.tag[i] = tag; this.stage[i] = stage;
    this.inUse++;
    return i;
  }

  /** The callback that delivers slot `i` to the handler (pass it to `env.schedule`). */
  callback(i: number): (env: Environment) => void { return this.cbs[i]!; }

  /** Returns slot `i` to the free list (read its fields first). */
  release(i: number): void { this.free[this.nFree++] = i; this.inUse--; }

  private grow(): void {
    const c = this.t0.length * 2;
    const g = <T extends Float64Array | Int32Array | Uint8Array>(a: T, b: T): T => { b.set(a); return b; };
    this.t0 = g(this.t0, new Float64Array(c)); this.t1 = g(this.t1, new Float64Array(c));
    this.size = g(this.size, new Int32Array(c)); this.tag = g(this.tag, new Int32Array(c));
    this.stage = g(this.stage, new Uint8Array(c)); this.free = g(this.free, new Int32Array(c));
  }
}
