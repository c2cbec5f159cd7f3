/**
 * Scale: a ten-year horizon and a 100x overload (arrivals a hundred times every capacity) run
 * to the end with every person accounted for, in memory that does not grow with the people
 * simulated. Memory is measured in child processes with --expose-gc (bench/memory.ts): the live
 * heap after a full collection, sampled through the run. Flows are a tenth of the baseline's so
 * that CI stays quick; `npm run bench` measures the full baseline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { measureMemory, scaledBaseline, type MemoryFigures } from '../../bench/memory.ts';
import { SERIES } from '../../sim/model/index.ts';

/** Daily arrays the model keeps besides the result's series (schedules, stocks, lists): a generous count. */
const OTHER_DAILY_ARRAYS = 40;
/** Heap noise between two processes doing the same work, in MB. */
const NOISE_MB = 4;

let year: MemoryFigures;
let tenYears: MemoryFigures;
let overload: MemoryFigures;

/**
 * Every capacity of the baseline cut to about 1%: arrivals are ~100 times what can be processed,
 * held or decided. Holding has no ceiling here, so nobody is released at apprehension and the
 * queues grow without bound: the worst case for memory.
 */
const OVERLOAD = scaledBaseline(120, 1, {
  borderPatrol: { agents: 3, holdingCapacity: 200, overflow: { ceiling: { enabled: false } } },
  ofo: { officers: 1, holdingCapacity: 25, ceiling: { enabled: false } },
  credibleFear: { asylumOfficers: 1 },
  detention: { beds: 415, removalsPerDay: 7 },
  court: { judges: 7 },
  mpp: { hearingSlotsPerDay: 1 },
  receiving: { shelterPlaces: 80 },
} as never);

beforeAll(async () => {
  [year, tenYears, overload] = await Promise.all([
    measureMemory(scaledBaseline(365, 0.1)),
    measureMemory(scaledBaseline(3650, 0.1)),
    measureMemory(OVERLOAD, 20),
  ]);
}, 300_000);

describe('scale', () => {
  it('runs a ten-year horizon to the end with every person accounted for', () => {
    expect(tenYears.days).toBe(3650);
    expect(tenYears.unaccounted).toBe(0);
    expect(tenYears.nonFinite).toEqual([]);
    expect(tenYears.people).toBeGreaterThan(8 * year.people);
  });

  it('needs no more memory for ten years than for one beyond days x series, though it simulates ten times the people', () => {
    const extraDays = tenYears.days - year.days;
    const allowedMB = (extraDays * (SERIES.length + OTHER_DAILY_ARRAYS) * 8 * 4) / 2 ** 20 + NOISE_MB;
    const grewMB = tenYears.peakLiveHeapMB - year.peakLiveHeapMB;
    // The check has the power to see a leak of one number (8 bytes) per person: that is above the allowance.
    expect(((tenYears.people - year.people) * 8) / 2 ** 20).toBeGreaterThan(allowedMB);
    expect(grewMB, `live heap ${year.peakLiveHeapMB.toFixed(1)} MB for a year, ${tenYears.peakLiveHeapMB.toFixed(1)} MB for ten`).toBeLessThan(allowedMB);
  });

  it('runs a 100x overload to the end with every person accounted for', () => {
    expect(overload.unaccounted).toBe(0);
    expect(overload.nonFinite).toEqual([]);
    expect(overload.queuedAtEnd).toBeGreaterThan(100_000);
  });

  it('keeps memory flat under a 100x overload while the queues grow by hundreds of thousands', () => {
    const [first, ...rest] = overload.samples.map(([, mb]) => mb);
    const last = rest.at(-1)!;
    expect(overload.samples.length).toBeGreaterThanOrEqual(6);
    expect(last - first!, `live heap over the run: ${overload.samples.map(([d, mb]) => `day ${d}: ${mb.toFixed(1)} MB`).join(', ')}`).toBeLessThan(NOISE_MB);
  });
});
