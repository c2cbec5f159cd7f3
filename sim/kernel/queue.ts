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
  private buf: (T | undefined)[] = new Array(16);
  private head = 0;
  private n = 0;

  push(item: T): void {
    if (this.n === this.buf.length) {
      const old = this.buf, len = old.length, next = new Array<T | undefined>(len * 2);
      for (let i = 0; i < len; i++) next[i] = old[(this.head + i) % len];
      this.buf = next; this.head = 0;
    }
    this.buf[(this.head + this.n) % this.buf.length] = item;
    this.n++;
  }

  shift(): T | undefined {
    this.dropWithdrawn();
    if (this.n === 0) return undefined;
    const item = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) % this.buf.length;
    this.n--;
    return item;
  }

  peek(): T | undefined {
    this.dropWithdrawn();
    return this.n === 0 ? undefined : this.buf[this.head];
  }

  private dropWithdrawn(): void {
    while (this.n > 0 && !this.buf[this.head]!._queued) {
      this.buf[this.head] = undefined;
      this.head = (this.head + 1) % this.buf.length;
      this.n--;
    }
  }
}

export class PriorityQueue<T extends Queued> implements WaitQueue<T> {
  private heap: T[] = [];

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
