/**
 * Published data beside the model, in the browser (production build, headless Chromium): the
 * baseline replays FY2024, so its charts mark CBP's and ICE's months by default, named in the
 * legend; the toggle (mouse or keyboard) takes them off and the link remembers it; the about
 * panel lists every file shipped in data/observed/ with its source.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, fragment, openPage, ROOT, startHarness, waitForCount, waitForDone, type Harness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const SHOTS = join(ROOT, 'test-results/screenshots');
const DATA = join(ROOT, 'data/observed');

/** A header line (`# key: value`) of a shipped file, read here without the project's loader. */
function headerLine(file: string, key: string): string {
  const line = readFileSync(join(DATA, file), 'utf8').split('\n').find((l) => l.startsWith(`# ${key}:`));
  return line!.slice(key.length + 3).trim();
}

/** Two whole months of the baseline's year: October and November 2023. */
const TWO_MONTHS = fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 61, reps: 1 });

describe('published data on the charts', () => {
  it('marks the baseline year\'s months on the encounters and detention charts, names them, and the toggle takes them off', async () => {
    const { page, log } = await openPage(h, TWO_MONTHS, { width: 1600, height: 1000 });
    await waitForDone(page);
    await waitForCount(page, '#chart-encounters g.observed-mark', 4); // two months, two panels
    expect(await page.locator('#chart-encounters g.panel[data-panel="encounters-bp"] g.observed-mark').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-month')))).toEqual(['2023-10', '2023-11']);
    expect(await page.locator('#chart-detention g.observed-mark').count()).toBe(2);
    expect(await page.locator('#chart-court g.observed-mark').count()).toBe(0); // EOIR's table ends in FY2020
    expect(await page.locator('#chart-encounters .chart-legend-item.observed').allTextContents()).toEqual(['Observed: Southwest border encounters by component and title (CBP)']);
    expect(await page.locator('#chart-detention .chart-legend-item.observed').allTextContents()).toEqual(['Observed: ICE detention FY2024: population, book-ins, stay, book-outs']);
    expect(await page.textContent('#chart-encounters-summary')).toContain('Observed: Southwest border encounters by component and title (CBP)');
    expect(await page.isChecked('#observed-toggle')).toBe(true);
    expect(await page.textContent('#observed-status')).toMatch(/From 2 published files/);
    // The files were checked in the model worker: the page's own thread never loaded the
    // checking reader (and zod with it), whose evaluation and first parse took 45-85 ms tasks.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((n) => /readObservedFile/.test(n))).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('#chart-encounters').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'observed.png') });

    // Off with the keyboard, on the checkbox itself.
    await page.focus('#observed-toggle');
    await page.keyboard.press('Space');
    await waitForCount(page, 'g.observed-mark', 0);
    expect(await page.locator('.chart-legend-item.observed').count()).toBe(0);
    expect(await page.textContent('#chart-encounters-summary')).not.toContain('Observed');
    expect(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('obs'))).toBe('0');
    // On again with the page's shortcut.
    await page.locator('#results').focus();
    await page.keyboard.press('o');
    await waitForCount(page, '#chart-encounters g.observed-mark', 4);
    expect(await cspViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('is off by default for a preset that does not replay history, and a link can turn it on', async () => {
    const surge = { scenarios: [{ name: 'Surge', base: 'surge' }], days: 31, reps: 1 };
    const { page, log } = await openPage(h, fragment(surge));
    await waitForDone(page);
    expect(await page.isChecked('#observed-toggle')).toBe(false);
    expect(await page.locator('g.observed-mark').count()).toBe(0);
    await page.context().close();
    const { page: again } = await openPage(h, `${fragment(surge)}&obs=1`);
    await waitForDone(again);
    await waitForCount(again, '#chart-encounters g.observed-mark', 2);
    expect(await again.isChecked('#observed-toggle')).toBe(true);
    expect(log.errors).toEqual([]);
    await again.context().close();
  });

  it('puts the marks and their source in an exported chart', async () => {
    const { page } = await openPage(h, TWO_MONTHS);
    await waitForDone(page);
    await waitForCount(page, '#chart-encounters g.observed-mark', 4);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#chart-encounters .chart-tools button:has-text("SVG")')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg.match(/class="observed-mark"/g)).toHaveLength(4);
    expect(svg).toContain('Observed: Southwest border encounters by component and title (CBP)');
    expect(svg).toContain(`Observed data: ${headerLine('cbp-sw-encounters-fy2022-2024.csv', 'source').split(',')[0]}`);
    await page.context().close();
  });
});

describe('the about panel', () => {
  it('lists every file shipped in data/observed/, with its source and publication date', async () => {
    const { page, log } = await openPage(h, TWO_MONTHS, { width: 1600, height: 1000 });
    const shipped = readdirSync(DATA).filter((f) => f.endsWith('.csv')).sort();
    expect(shipped.length).toBeGreaterThan(0);
    await page.click('#about-button');
    await waitForCount(page, '#about-data-files li.data-file', shipped.length);
    const listed = await page.locator('#about-data-files li.data-file').evaluateAll((lis) => lis.map((li) => ({ file: li.getAttribute('data-file'), text: li.textContent ?? '' })));
    expect(listed.map((l) => l.file).sort()).toEqual(shipped);
    for (const l of listed) {
      expect(l.text, l.file!).toContain(headerLine(l.file!, 'source'));
      expect(l.text, l.file!).toContain(headerLine(l.file!, 'published'));
    }
    expect(listed.find((l) => l.file === 'cbp-sw-encounters-fy2022-2024.csv')!.text).toMatch(/Covers2021-10 to 2024-09.*Shown onEncounters/);
    await page.locator('#about-data-files').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'about-data.png') });
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
