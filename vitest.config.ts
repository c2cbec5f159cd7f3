import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Vitest leaves one core to its main thread, which idles here: on CI's two cores that would run one file at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
