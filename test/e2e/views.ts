/**
 * The main views of the app at the three sizes it is made for (a laptop at 1600×1000, a
 * projector at 1280×720, a phone at 390×844), saved as screenshots: by the end-to-end suite
 * (short runs, into test-results/screenshots) and by screenshots.ts (full runs, into
 * docs/screenshots for the README).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fragment, openPage, waitForDone, type Harness } from './harness.ts';

/** A comparison a student would open: the baseline against MPP reinstated on day 120. */
export function mppComparison(days: number | undefined, reps: number): string {
  return fragment({ title: 'MPP reinstated by a court order on day 120', scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'MPP reinstated', base: 'mpp-reinstated' }], ...(days ? { days } : {}), reps });
}

/** Saves the main views of `hash` into `dir`; returns the files written. */
export async function saveViews(h: Harness, dir: string, hash: string, timeoutMs: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const save = async (page: Page, name: string, fullPage = false) => {
    // Cards off screen are rendered when they come into view (content-visibility): a frame or two.
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(dir, name), fullPage });
    written.push(name);
  };
  const { page } = await openPage(h, hash, { width: 1600, height: 1000 });
  await waitForDone(page, timeoutMs);
  await save(page, 'compare.png');
  await page.hover('#chart-shelters .chart-holder', { position: { x: 380, y: 200 } });
  await page.locator('#chart-shelters').scrollIntoViewIfNeeded();
  await save(page, 'hover.png');
  await page.mouse.move(0, 0);
  await page.locator('.differences').scrollIntoViewIfNeeded();
  await save(page, 'differences.png');
  await page.locator('#results').evaluate((e) => e.scrollTo(0, 0));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForTimeout(800);
  await save(page, 'projector.png');
  await page.keyboard.press('p');
  await page.waitForTimeout(1200);
  await save(page, 'presenter.png');
  await page.keyboard.press('1');
  await page.waitForTimeout(1000);
  await save(page, 'presenter-chart.png');
  await page.keyboard.press('Escape');
  // The same page on a phone's screen (the results are not run again).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(1500); // charts are drawn again at the new width
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await save(page, 'phone.png');
  await page.locator('#chart-cost').scrollIntoViewIfNeeded();
  await save(page, 'phone-cost.png');
  await page.click('#levers-link');
  await page.waitForTimeout(300);
  await save(page, 'phone-levers.png');
  await page.context().close();
  return written;
}
