/**
 * One port's CBP One waiting list: people registered and waiting in Mexico, held as
 * cohorts by registration day (memory bounded by days). Slots are given by registration
 * order, by lottery, or a mix; patience runs out at a daily rate.
 */
import type { Rng } from '../../random/index.ts';
import { binomial } from '../../random/index.ts';

/** Receives people leaving the list: count and registration day. */
export type Take = (people: number, regDay: number) => void;

export class WaitingList {
  private readonly reg: Float64Array;
  private readonly count: Float64Array;
  private head = 0;
  private tail = 0;
  /** People on the list. */
  total = 0;

  constructor(capacity: number) { this.reg = new Float64Array(capacity); this.count = new Float64Array(capacity); }

  /** `n` people register on day `day` (days must not decrease). */
  add(day: number, n: number): void {
    if (n <= 0) return;
    if (this.tail > this.head && this.reg[this.tail - 1] === day) this.count[this.tail - 1]! += n;
    else { this.reg[this.tail] = day; this.count[this.tail] = n; this.tail++; }
    this.total += n;
  }

  /** Takes up to `n` people, longest waiting first. */
  takeOldest(n: number, take: Take): void {
    let left = Math.min(n, this.total);
    for (let i = this.head; i < this.tail && left > 0; i++) left -= this.takeFrom(i, left, take);
    this.trim();
  }

  /** Takes up to `n` people, most recently registered first (queue jumpers). */
  takeNewest(n: number, take: Take): void {
    let left = Math.min(n, this.total);
    for (let i = this.tail - 1; i >= this.head && left > 0; i--) left -= this.takeFrom(i, left, take);
    this.trim();
  }

  /** Takes up to `n` people uniformly at random among all waiting (sequential binomial split). */
  takeRandom(n: number, rng: Rng, take: Take): void {
    let slots = Math.min(n, this.total);
    let pool = this.total;
    for (let i = this.head; i < this.tail && slots > 0; i++) {
      const c = this.count[i]!;
      if (c <= 0) continue;
      const k = pool <= c ? slots : Math.min(c, binomial(rng, slots, c / pool));
      pool -= c;
      if (k > 0) { this.takeFrom(i, k, take); slots -= k; }
    }
    this.trim();
  }

  /** Each person leaves today with probability `p`; `take` gets the leavers per cohort. */
  lose(p: number, rng: Rng, take: Take): void {
    if (p <= 0) return;
    for (let i = this.head; i < this.tail; i++) {
      const c = this.count[i]!;
      if (c <= 0) continue;
      const k = binomial(rng, c, p);
      if (k > 0) this.takeFrom(i, k, take);
    }
    this.trim();
  }

  private takeFrom(i: number, n: number, take: Take): number {
    const k = Math.min(n, this.count[i]!);
    if (k <= 0) return 0;
    this.count[i]! -= k; this.total -= k;
    take(k, this.reg[i]!);
    return k;
  }

  private trim(): void {
    while (this.head < this.tail && this.count[this.head]! <= 0) this.head++;
  }
}
