/**
 * The app on a phone (390×844, touch): results first with the side panel folded below them,
 * no sideways scroll, a tap on a chart reads it out, and the table of differences scrolls in
 * its own box with the measure column in view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragment, openPage, startHarness, waitForDone, type Harness } from './harness.ts';

let h: Harness;
let page: Page;
let errors: string[];

beforeAll(async () => {
  h = await startHarness();
  ({ page, log: { errors } } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'Appointments doubled', base: 'appointments-expanded' }, { name: 'Surge', base: 'surge' }], days: 20, reps: 2 }), { width: 390, height: 844, touch: true }));
  await waitForDone(page);
});

afterAll(async () => {
  await page?.context().close();
  await h?.close();
});

const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('on a phone', () => {
  it('shows the results first and folds the levers below them', async () => {
    const top = (sel: string) => page.$eval(sel, (e) => e.getBoundingClientRect().top + window.scrollY);
    expect(await top('#results')).toBeLessThan(await top('#sidebar'));
    expect(await top('#chart-bp')).toBeLessThan(900);
    expect(await page.isVisible('#policy-lever-list')).toBe(false);
    expect(await page.getAttribute('#sidebar-toggle', 'aria-expanded')).toBe('false');
    await page.click('#levers-link');
    expect(await page.isVisible('#policy-lever-list')).toBe(true);
    expect(await page.getAttribute('#sidebar-toggle', 'aria-expanded')).toBe('true');
    await page.click('#sidebar-toggle');
    expect(await page.isVisible('#policy-lever-list')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('never scrolls sideways, with the levers folded or open', async () => {
    expect(await sideways()).toBe(0);
    await page.click('#levers-link');
    expect(await sideways()).toBe(0);
    await page.click('#sidebar-toggle');
  });

  it('reads a chart out where it is tapped', async () => {
    const holder = page.locator('#chart-cbpone .chart-holder');
    await holder.scrollIntoViewIfNeeded();
    const box = (await holder.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height * 0.5);
    const tip = page.locator('#chart-cbpone .chart-tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/Baseline: [\d,]+.*Appointments doubled: [\d,]+/);
    const t = (await tip.boundingBox())!;
    expect(t.x).toBeGreaterThanOrEqual(0);
    expect(t.x + t.width).toBeLessThanOrEqual(390);
  });

  it('scrolls the table of differences in its own box, keeping the measure column in view', async () => {
    const scroll = page.locator('.table-scroll');
    await scroll.scrollIntoViewIfNeeded();
    const widths = await scroll.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    await scroll.evaluate((e) => e.scrollBy(200, 0));
    const [first, box] = await Promise.all([page.locator('#differences-table tbody th').first().boundingBox(), scroll.boundingBox()]);
    expect(Math.abs(first!.x - box!.x)).toBeLessThan(2);
    expect(await sideways()).toBe(0);
  });
});
