import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Tests that drive the app in Chromium. Each runs the page's own simulation workers on every
 * core and some measure time (a worker stopped within a second of Cancel, no main-thread task
 * over 50 ms), so they run one file at a time, after the others.
 */
const BROWSER = ['test/e2e/**/*.test.ts', 'test/faults/browser.test.ts', 'test/fuzz/browser.test.ts', 'test/determinism/browser.test.ts'];

export default defineConfig({
  test: {
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
