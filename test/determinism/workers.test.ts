/**
 * Determinism across Node execution paths: the same scenarios, seeds and replications give
 * results identical bit for bit (every summary number, every daily value, the custody
 * histogram) in this thread, through the worker API day by day with partial snapshots, on
 * pools of 1, 2 and 4 worker threads, and however a run is sliced into days. (The browser's
 * worker and sharded CLI runs: the other files of this folder.)
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../lib/runBatch.ts';
import { createReplication, presets, runReplication, validateScenario, type ReplicationResult, type Scenario } from '../../sim/model/index.ts';
import { simWorkerApi } from '../../workers/api.ts';
import type { RunRequest } from '../../workers/protocol.ts';
import { validScenario } from '../fuzz/scenarioArbitraries.ts';
import { fingerprint } from './fingerprint.ts';
import { determinismScenarios } from './scenarios.ts';

const scenarios = determinismScenarios(5, 3);
const REPS = 3;
const requests: RunRequest[] = scenarios.flatMap((s, i) =>
  Array.from({ length: REPS }, (_, replication) => ({ scenario: s.scenario, seed: i % 2 === 0 ? 7 : 4_000_000_000, replication, days: s.days })),
);
const label = (i: number) => `${scenarios[Math.floor(i / REPS)]!.name}, replication ${i % REPS}`;

function resolve(input: unknown): Scenario {
  const checked = validateScenario(input, presets);
  if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join('; '));
  return checked.scenario;
}

/** Advances to each cut day (taking a snapshot there), then to the horizon. */
function runSliced(scenario: Scenario, seed: number, cuts: readonly number[]): ReplicationResult {
  const rep = createReplication(scenario, { seed, replication: 3 });
  for (const day of cuts) {
    rep.advance(day);
    rep.snapshot();
  }
  rep.advance(scenario.days);
  return rep.snapshot();
}

let inThread: ReplicationResult[];

beforeAll(() => {
  inThread = requests.map((r) => runReplication(r.scenario as Scenario, { seed: r.seed, replication: r.replication, days: r.days }));
});

describe('determinism on Node', () => {
  it('gives the same bits through the worker API, advanced day by day with partial snapshots', async () => {
    for (const [i, req] of requests.entries()) {
      const outcome = await simWorkerApi.runReplication({ ...req, partialEveryDays: 1 }, () => {});
      if (!outcome.ok) throw new Error(outcome.error);
      expect(fingerprint(outcome.result), label(i)).toEqual(fingerprint(inThread[i]!));
    }
  });

  for (const workers of [1, 2, 4]) {
    it(`gives the same bits on a pool of ${workers} worker thread${workers === 1 ? '' : 's'}, in request order`, async () => {
      const results = await runBatch(requests, { workers });
      expect(results.map(fingerprint)).toEqual(inThread.map(fingerprint));
    });
  }

  it('gives the same bits for generated scenarios however the run is sliced into days', () => {
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 5 }).map((c) => c.sort((a, b) => a - b));
    fc.assert(
      fc.property(validScenario({ maxDays: 30, maxPerDay: 100 }), fc.integer({ min: 0, max: 0xffffffff }), cuts, (input, seed, at) => {
        const scenario = resolve(input);
        expect(fingerprint(runSliced(scenario, seed, at))).toEqual(fingerprint(runReplication(scenario, { seed, replication: 3 })));
      }),
      { seed: 99, numRuns: 150 },
    );
  });
});
