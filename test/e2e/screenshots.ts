/**
 * Takes the screenshots in docs/screenshots from a production build, with horizons long
 * enough to show what the app is for (the end-to-end tests use short ones).
 *
 *   node bin/tsnode.mjs test/e2e/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fragment, openPage, ROOT, startHarness, waitForDone } from './harness.ts';

const OUT = join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });

const h = await startHarness();
const save = (page: Page, name: string) => page.screenshot({ path: join(OUT, name) });
try {
  {
    const link = fragment({ title: 'A two-month surge in crossings', scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'Surge', base: 'surge' }], days: 180, reps: 3 });
    const { page } = await openPage(h, link, { width: 1600, height: 1000 });
    await waitForDone(page, 300_000);
    await save(page, 'compare.png');
    await page.hover('#chart-bp .chart-holder', { position: { x: 260, y: 150 } });
    await save(page, 'hover.png');
    await page.mouse.move(0, 0);
    await page.keyboard.press('p');
    await page.waitForTimeout(800);
    await save(page, 'presenter.png');
    await page.context().close();
  }
  {
    const link = fragment({ title: 'MPP reinstated on day 120', scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'MPP reinstated', base: 'mpp-reinstated' }], days: 240, reps: 2 });
    const { page } = await openPage(h, link, { width: 1600, height: 1000 });
    await waitForDone(page, 300_000);
    await page.click('.select-scenario[data-index="1"]');
    await page.locator('#lever-mpp-on').scrollIntoViewIfNeeded();
    await page.locator('#chart-shelters').scrollIntoViewIfNeeded();
    await save(page, 'mpp.png');
    await page.locator('.differences').scrollIntoViewIfNeeded();
    await save(page, 'differences.png');
    await page.context().close();
  }
  {
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 20, reps: 2 }), { width: 1600, height: 1000, tour: true });
    await page.waitForSelector('#tour:not([hidden])');
    await page.click('#tour-next');
    await page.click('#tour-next');
    await save(page, 'tour.png');
    await page.context().close();
  }
  console.log(`screenshots written to ${OUT}`);
} finally {
  await h.close();
}
