/**
 * Seed and size of the fuzz runs. CI uses the fixed seed below and the base counts; `npm run
 * fuzz` (scripts/fuzz.ts) sets `FUZZ_SEED` (random unless given) and `FUZZ_SCALE` (a factor on
 * every count) for longer runs. A failure prints fast-check's seed and path; setting
 * `FUZZ_SEED` and `FUZZ_PATH` to them replays exactly the failing case.
 */
import type { Parameters } from 'fast-check';

/** The seed CI uses: any fixed number; changing it changes which cases CI sees. */
export const CI_SEED = 20_240_501;

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got '${raw}'`);
  return n;
}

/** Seed of every property in this run. */
export const FUZZ_SEED = envNumber('FUZZ_SEED', CI_SEED) | 0;

/** Factor applied to every count (1 in CI). */
export const FUZZ_SCALE = Math.max(0.01, envNumber('FUZZ_SCALE', 1));

/** Cases of a property: `base` in CI, `base × FUZZ_SCALE` otherwise (at least 1). */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * FUZZ_SCALE));
}

/** fast-check parameters for a property of `base` cases: the run's seed, and `FUZZ_PATH` when replaying one case. */
export function fuzzParams<T>(base: number): Parameters<T> {
  const path = process.env.FUZZ_PATH || undefined;
  return { seed: FUZZ_SEED, numRuns: runs(base), ...(path ? { path, numRuns: 1, endOnFailure: true } : {}) };
}

/** Per-test timeout for a property expected to take `baseMs` in CI: grows with the scale. */
export function timeoutFor(baseMs: number): number {
  return Math.round(Math.max(baseMs, baseMs * FUZZ_SCALE) * 3);
}
