/**
 * The classic hold model for event calendars: keep N events pending; each operation pops
 * the earliest and pushes a new one at a random later time.
 */
import { Calendar } from '../sim/kernel/index.ts';
import { createStream, exponential } from '../sim/random/index.ts';

export interface HoldResult { pending: number; ops: number; opsPerSec: number }

export function runHold(pending: number, ops: number, seed = 1): HoldResult {
  const rng = createStream(seed, 0, 'hold');
  const cal = new Calendar(pending + 16);
  const target = {};
  for (let i = 0; i < pending; i++) cal.push(exponential(rng, 1), 0, target);
  const t0 = performance.now();
  for (let i = 0; i < ops; i++) {
    cal.pop();
    cal.push(cal.lastTime + exponential(rng, 1), 0, target);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { pending, ops, opsPerSec: ops / seconds };
}
