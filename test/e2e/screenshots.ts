/**
 * Takes the screenshots in docs/screenshots from a production build, over a full year (the
 * end-to-end suite takes the same views over shorter runs):
 *
 *   node bin/tsnode.mjs test/e2e/screenshots.ts
 */
import { join } from 'node:path';
import { fragment, openPage, ROOT, startHarness } from './harness.ts';
import { mppComparison, saveViews } from './views.ts';

const OUT = join(ROOT, 'docs/screenshots');
const h = await startHarness();
try {
  const files = await saveViews(h, OUT, mppComparison(undefined, 3), 900_000);
  const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 20, reps: 2 }), { width: 1600, height: 1000, tour: true });
  await page.waitForSelector('#tour:not([hidden])');
  await page.click('#tour-next');
  await page.click('#tour-next');
  await page.screenshot({ path: join(OUT, 'tour.png') });
  await page.context().close();
  console.log(`screenshots written to ${OUT}: ${[...files, 'tour.png'].join(', ')}`);
} finally {
  await h.close();
}
