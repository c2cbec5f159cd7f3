import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Tests that drive the app in Chromium. Each runs the page's own simulation workers on every
 * core and some measure time (a worker stopped within a second of Cancel, no main-thread task
 * over 50 ms), so they run one file at a time, after the others.
 */
const BROWSER = ['test/e2e/**/*.test.ts', 'test/faults/browser.test.ts', 'test/fuzz/browser.test.ts', 'test/determinism/browser.test.ts'];

/**
 * The longest files (minutes each: full-year runs, a cluster job array), started first so that
 * no core idles at the end while one of them still runs. A clean clone has no timings cached,
 * and vitest would otherwise start the largest files first: the preset claims, a short file
 * that runs for ten minutes, would start last and run alone.
 */
const LONGEST = [
  'test/model/presetClaims.test.ts', 'test/model/overflow.test.ts', 'test/model/behaviour.test.ts', 'test/model/removalLogistics.test.ts',
  'test/model/history.test.ts', 'test/cluster/slurm.test.ts', 'test/model/engine/commonRandomNumbers.test.ts', 'test/faults/cli.test.ts',
  'test/model/replication.test.ts', 'test/model/behaviourReference.test.ts', 'test/model/courts.test.ts', 'test/cli/output.test.ts',
  'test/model/conservation.test.ts',
];

/** Vitest's order (cached timings, then size), with {@link LONGEST} moved to the front. Vitest takes the sequencer from the root config only. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((p) => f.moduleId.replaceAll('\\', '/').endsWith(p));
      return i < 0 ? LONGEST.length : i;
    };
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: BROWSER,
          // Vitest leaves one core to its main thread, which idles here: on CI's two cores that would run one file at a time.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'browser', include: BROWSER, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
