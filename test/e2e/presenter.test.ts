/**
 * Presenter mode as a presenter uses it: with a clicker (PageDown, PageUp, Space, arrows), the
 * number keys, Back, and a projector at 1280×720. Entering saves the comparison on screen and
 * leaving brings it back; every step is a history entry; keys keep working after every
 * shortcut; titles are whole; each step runs over its scenarios' own horizon.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyHasClass, fragment, openPage, startHarness, waitForCount, waitForDone, type Harness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const LINK = fragment({ title: 'Fewer beds', seed: 3, reps: 1, days: 6, scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'Fewer beds', base: 'baseline', set: { 'detention.beds': 30000 } }] });

const step = (page: Page) => page.textContent('#presenter-step');

async function open(width = 1600, height = 900): Promise<Page> {
  const { page } = await openPage(h, LINK, { width, height });
  await waitForDone(page);
  return page;
}

async function stepIs(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => (document.querySelector('#presenter-step')?.textContent ?? '').startsWith(`Comparison ${k} of`), n);
}

describe('presenter mode', () => {
  it('saves the comparison on entering and brings it back, link included, on leaving', async () => {
    const page = await open();
    const before = await page.evaluate(() => location.hash);
    await page.keyboard.press('p');
    expect(await bodyHasClass(page, 'presenter')).toBe(true);
    await page.keyboard.press('PageDown');
    await stepIs(page, 2);
    await page.keyboard.press('PageDown');
    await stepIs(page, 3);
    expect(await page.evaluate(() => location.hash)).not.toBe(before);
    await page.keyboard.press('Escape');
    expect(await bodyHasClass(page, 'presenter')).toBe(false);
    expect(await page.evaluate(() => location.hash)).toBe(before);
    expect(await page.textContent('#comparison-title')).toBe('Fewer beds');
    expect(await page.locator('.legend-item').allTextContents()).toEqual(['Baseline (baseline)', 'Fewer beds']);
    await page.click('.select-scenario[data-index="1"]');
    expect(await page.inputValue('#lever-detention-beds-number')).toBe('30000');
    await page.context().close();
  });

  it('makes every step a history entry, so Back goes to the previous step', async () => {
    const page = await open();
    await page.keyboard.press('p');
    await page.keyboard.press('PageDown');
    await stepIs(page, 2);
    await page.keyboard.press('PageDown');
    await stepIs(page, 3);
    await page.goBack();
    await stepIs(page, 2);
    expect(await bodyHasClass(page, 'presenter')).toBe(true);
    await page.goBack();
    await stepIs(page, 1);
    expect(await page.textContent('#comparison-title')).toBe('Fewer beds');
    await page.goForward();
    await stepIs(page, 2);
    await page.context().close();
  });

  it('keeps PageDown, PageUp, Space and the arrows working after every shortcut', async () => {
    const page = await open();
    await page.keyboard.press('p');
    await page.keyboard.press('3'); // go to chart 3
    await page.keyboard.press('PageDown');
    await stepIs(page, 2);
    await page.keyboard.press('9');
    await page.keyboard.press('ArrowRight');
    await stepIs(page, 3);
    await page.keyboard.press('b');
    await page.keyboard.press(' ');
    await stepIs(page, 4);
    await page.keyboard.press('?');
    expect(await page.isVisible('#help-dialog')).toBe(true);
    await page.keyboard.press('Escape'); // closes the dialog, stays presenting
    expect(await bodyHasClass(page, 'presenter')).toBe(true);
    await page.keyboard.press('PageUp');
    await stepIs(page, 3);
    await page.keyboard.press('ArrowLeft');
    await stepIs(page, 2);
    // On a chart, the arrows read values and Escape ends the reading; the clicker keys still step.
    await page.waitForSelector('#chart-bp[data-has-data="true"]', { timeout: 60_000 });
    await page.focus('#chart-bp .chart-holder');
    await page.keyboard.press('ArrowRight');
    expect(await page.isVisible('#chart-bp .chart-tooltip')).toBe(true);
    await stepIs(page, 2);
    await page.keyboard.press('Escape');
    expect(await bodyHasClass(page, 'presenter')).toBe(true);
    await page.keyboard.press('PageDown');
    await stepIs(page, 3);
    await page.context().close();
  });

  it('keeps working when entered with the button, whose focus would take Space', async () => {
    const page = await open();
    await page.click('#presenter-button');
    await page.keyboard.press(' ');
    await stepIs(page, 2);
    expect(await bodyHasClass(page, 'presenter')).toBe(true);
    await page.context().close();
  });

  it('shows whole titles, wrapped where long, never cut', async () => {
    const page = await open(1280, 720);
    await page.keyboard.press('p');
    for (let k = 2; k <= 6; k++) {
      await page.keyboard.press('PageDown');
      await stepIs(page, k);
      const text = (await step(page))!;
      expect(text).not.toContain('…');
      const fits = await page.$eval('#presenter-step', (e) => e.scrollWidth <= e.clientWidth + 1);
      expect(fits, text).toBe(true);
      const title = await page.textContent('#comparison-title');
      expect(text).toContain(title!);
      expect(await page.locator('.legend-item').allTextContents().then((names) => names.every((n) => !n.includes('…')))).toBe(true);
    }
    await page.context().close();
  });

  it("runs each step over its scenarios' own horizon, so a change on day 120 shows after a 6-day comparison", async () => {
    const page = await open();
    await page.keyboard.press('p');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await stepIs(page, 3);
    expect(await step(page)).toMatch(/MPP reinstated/);
    expect(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('days'))).toBeNull();
    await page.waitForSelector('#chart-bp g.change-marker[data-day="120"]', { timeout: 60_000 });
    await page.context().close();
  });

  it('reads on a 1280×720 projector: large type, a chart and its legend in view together', async () => {
    const page = await open(1280, 720);
    await page.keyboard.press('p');
    await waitForCount(page, '#chart-bp .chart-legend-item', 3);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await page.keyboard.press('1');
    await page.waitForTimeout(800); // smooth scroll
    const box = await page.$eval('#chart-bp', (card) => {
      const r = (sel: string) => card.querySelector(sel)!.getBoundingClientRect();
      return { legend: r('.chart-legend'), chart: r('.chart-holder'), bar: document.querySelector('#presenter-bar')!.getBoundingClientRect().top };
    });
    expect(box.legend.top).toBeGreaterThanOrEqual(0);
    expect(box.chart.bottom).toBeLessThanOrEqual(box.bar + 1);
    await page.context().close();
  });
});
