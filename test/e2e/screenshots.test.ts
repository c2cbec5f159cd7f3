/** Screenshots of the main views at 1600×1000, 1280×720 and 390×844, saved for review (CI keeps test-results/). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startHarness, type Harness } from './harness.ts';
import { mppComparison, saveViews } from './views.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('screenshots', () => {
  it('saves the main views at the three sizes', async () => {
    const dir = join(ROOT, 'test-results/screenshots');
    const files = await saveViews(h, dir, mppComparison(130, 2), 240_000);
    expect(files).toEqual(['compare.png', 'hover.png', 'differences.png', 'projector.png', 'presenter.png', 'presenter-chart.png', 'phone.png', 'phone-cost.png', 'phone-levers.png']);
    for (const f of files) expect(existsSync(join(dir, f)), f).toBe(true);
  }, 300_000);
});
