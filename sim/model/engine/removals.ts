/** Removals from the United States, whatever the path (expedited removal, end of a detention stay, an MPP order). */
import type { EngineContext } from './context.ts';

export class Removals {
  /** People removed within the horizon. */
  total = 0;

  constructor(private readonly ctx: EngineContext) {}

  /** `size` people are removed now. */
  remove(size: number): void {
    const ctx = this.ctx;
    ctx.ledger.exits.removed += size; this.total += size;
    ctx.costs.today += size * ctx.sc.costs.removalUsd;
  }
}
