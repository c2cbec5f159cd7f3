/**
 * The classic hold model for event calendars: keep N events pending; each operation pops
 * the earliest and pushes a new one at a random later time (an exponential increment,
 * drawn before timing).
 */
import { Calendar } from '../sim/kernel/index.ts';
import { createStream, exponential } from '../sim/random/index.ts';

export interface HoldResult { pending: number; ops: number; opsPerSec: number }

export function runHold(pending: number, ops: number, seed = 1): HoldResult {
  const rng = createStream(seed, 0, 'hold');
  const cal = new Calendar(pending + 16);
  const target = {};
  for (let i = 0; i < pending; i++) cal.push(exponential(rng, 1), 0, target);
  // The increments are drawn before the clock starts (the same draws, in the same order,
  // as drawing each in its operation): the hold model measures the event list, and an
  // exponential draw costs about as much as a pop and a push.
  const increments = new Float64Array(ops);
  for (let i = 0; i < ops; i++) increments[i] = exponential(rng, 1);
  const t0 = performance.now();
  for (let i = 0; i < ops; i++) {
    cal.pop();
    cal.push(cal.lastTime + increments[i]!, 0, target);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { pending, ops, opsPerSec: ops / seconds };
}
