/**
 * Waiting lines for resources: FIFO (a ring buffer) or priority (a binary heap on
 * (priority, arrival sequence)). Both skip withdrawn entries lazily, so withdrawing a
 * waiting request (reneging) is O(1).
 */

/** An entry that can be withdrawn while waiting. */
export interface Queued {
  /** Lower runs first. */
  readonly priority: number;
  /** @internal Arrival order among entries of the same priority. */
  _seq: number;
  /** @internal True while the entry waits in a queue. */
  _queued: boolean;
}

export interface WaitQueue<T extends Queued> {
  push(item: T): void;
  /** Removes and returns the first waiting entry, or undefined. */
  shift(): T | undefined;
  /** Returns the first waiting entry without removing it. */
  peek(): T | undefined;
}

export class FifoQueue<T extends Queued> implements WaitQueue<T> {
  // A ring buffer whose length is a power of two, so positions wrap with a mask.
  private declare buf: (T | undefined)[];
  private declare head: number;
  private declare n: number;

  constructor() {
    this.buf = new Array<T | undefined>(16).fill(undefined);
    this.head = 0;
    this.n = 0;
  }

  push(item: T): void {
    let buf = this.buf;
    if (this.n === buf.length) {
      const len = buf.length, next = new Array<T | undefined>(len * 2).fill(undefined);
      for (let i = 0; i < len; i++) next[i] = buf[(this.head + i) & (len - 1)];
      this.buf = buf = next; this.head = 0;
    }
    buf[(this.head + this.n) & (buf.length - 1)] = item;
    this.n++;
  }

  shift(): T | undefined {
    this.dropWithdrawn();
    if (this.n === 0) return undefined;
    const buf = this.buf;
    const item = buf[this.head]!;
    buf[this.head] = undefined;
    this.head = (this.head + 1) & (buf.length - 1);
    this.n--;
    return item;
  }

  peek(): T | undefined {
    this.dropWithdrawn();
    return this.n === 0 ? undefined : this.buf[this.head];
  }

  private dropWithdrawn(): void {
    const buf = this.buf;
    while (this.n > 0 && !buf[this.head]!._queued) {
      buf[this.head] = undefined;
      this.head = (this.head + 1) & (buf.length - 1);
      this.n--;
    }
  }
}

export class PriorityQueue<T extends Queued> implements WaitQueue<T> {
  private declare readonly heap: T[];

  constructor() {
    this.heap = [];
  }

  push(item: T): void {
    const h = this.heap;
    let i = h.length;
    h.push(item);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(item, h[p]!)) break;
      h[i] = h[p]!; i = p;
    }
    h[i] = item;
  }

  shift(): T | undefined {
    this.dropWithdrawn();
    return this.pop();
  }

  peek(): T | undefined {
    this.dropWithdrawn();
    return this.heap[0];
  }

  private dropWithdrawn(): void {
    while (this.heap.length > 0 && !this.heap[0]!._queued) this.pop();
  }

  private pop(): T | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    const n = h.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && before(h[c + 1]!, h[c]!)) c++;
        if (!before(h[c]!, last)) break;
        h[i] = h[c]!; i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

function before(a: Queued, b: Queued): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a._seq < b._seq);
}
