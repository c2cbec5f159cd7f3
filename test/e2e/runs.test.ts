/**
 * How the page runs comparisons: replications spread over one worker per core; a change
 * withdraws the work it makes stale at once, and the worker stops that work itself and takes
 * the next (no restart); a scenario's first complete replication is drawn before the run
 * ends; a run estimated at over a minute waits for the user's word. Also the undo of "Reset
 * all" and a baseline that follows its preset's name. (Timings are measured by `npm run bench`.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STOPPED_MARK, TERMINATED_MARK, WITHDRAWN_MARK } from '../../workers/poolMarks.ts';
import { fragment, openPage, startHarness, waitForCount, waitForDone, waitForStatus, type Harness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const WORKER = /\/browser\.worker-[^/?]+\.js$/;
const simulationWorkers = (page: Page) => page.workers().filter((w) => WORKER.test(new URL(w.url()).pathname)).length;
const marks = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.startTime), name);

describe('running comparisons', () => {
  it('spreads replications over one simulation worker per core the browser reports', async () => {
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 5, reps: 4 }));
    await waitForDone(page);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    expect(simulationWorkers(page)).toBe(cores);
    await page.context().close();
  });

  it('withdraws the work a lever change makes stale at once; its worker stops it and runs the new work', async () => {
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'Beds', base: 'baseline', set: { 'detention.beds': 30000 } }], days: 366, reps: 2 }));
    await waitForStatus(page, 'running');
    await page.waitForSelector('#chart-bp[data-has-data="true"]', { timeout: 30_000 });
    await page.waitForFunction(() => (document.querySelector('#run-status')?.textContent ?? '').startsWith('Running'));
    const workers = simulationWorkers(page);
    await page.click('.select-scenario[data-index="1"]');
    await page.fill('#lever-detention-beds-number', '25000');
    await page.press('#lever-detention-beds-number', 'Enter');
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, STOPPED_MARK, { timeout: 10_000 });
    const [withdrawn, stopped, terminated] = await Promise.all([marks(page, WITHDRAWN_MARK), marks(page, STOPPED_MARK), marks(page, TERMINATED_MARK)]);
    expect(withdrawn.length).toBeGreaterThan(0);
    expect(terminated).toEqual([]);
    expect(simulationWorkers(page)).toBe(workers);
    console.info(`stale work stopped ${Math.round(stopped[0]! - withdrawn[0]!)} ms after it was withdrawn`);
    expect(await page.inputValue('#lever-detention-beds-number')).toBe('25000');
    await waitForStatus(page, 'running');
    await page.click('#cancel-button');
    await page.context().close();
  });

  it("draws a scenario's first complete replication before the run ends", async () => {
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 30, reps: 8 }));
    await page.click('#chart-bp .chart-tools button:has-text("Table")');
    await page.waitForFunction(() => /^Running: [1-7] of 8/.test(document.querySelector('#run-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelectorAll('#chart-bp-table tbody tr').length === 30, undefined, { timeout: 10_000 });
    expect(await page.getAttribute('body', 'data-run-status')).toBe('running');
    await page.click('#cancel-button');
    await page.context().close();
  });

  it('says how long a run would take before starting one of over a minute, and starts it on request', async () => {
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'Surge', base: 'surge' }], days: 3650, reps: 100 }));
    await waitForStatus(page, 'held' as 'running');
    const warning = page.locator('.message-warning[data-message-id="long-run"]');
    expect(await warning.textContent()).toMatch(/would take about \d+(\.\d)? (minutes|hours) of computing: 200 replications of up to 3,650 days/);
    expect(await page.textContent('#run-status')).toMatch(/^Not started: about/);
    expect(await page.getAttribute('#run-progress', 'value')).toBe('0');
    expect(simulationWorkers(page)).toBeGreaterThan(0); // loaded, waiting
    await warning.locator('button', { hasText: 'Use 10 replications' }).click();
    expect(await page.inputValue('#reps-input')).toBe('10');
    await page.locator('.message-warning[data-message-id="long-run"] button', { hasText: 'Run anyway' }).click();
    await waitForStatus(page, 'running');
    await page.click('#cancel-button');
    await waitForStatus(page, 'cancelled');
    await page.context().close();
  });

  it('offers to undo "Reset all"', async () => {
    const link = fragment({ title: 'Kept', scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'Surge', base: 'surge' }], days: 4, reps: 1 });
    const { page } = await openPage(h, link);
    await waitForDone(page);
    const before = await page.evaluate(() => location.hash);
    await page.click('#reset-button');
    await waitForCount(page, '.legend-item', 1);
    await page.locator('.message[data-message-id="undo"] button', { hasText: 'Undo' }).click();
    await waitForCount(page, '.legend-item', 2);
    expect(await page.textContent('#comparison-title')).toBe('Kept');
    expect(await page.evaluate(() => location.hash)).toBe(before);
    await page.context().close();
  });

  it("renames the baseline after its new preset, but keeps a name the user gave", async () => {
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'My idea', base: 'baseline' }], days: 4, reps: 1 }));
    await waitForDone(page);
    await page.selectOption('#preset-select', 'surge');
    await page.waitForFunction(() => document.querySelector('.select-scenario[data-index="0"] .scenario-label')?.textContent === 'Surge');
    await page.click('.select-scenario[data-index="1"]');
    await page.selectOption('#preset-select', 'no-parole');
    await page.waitForFunction(() => document.querySelector('#preset-select') instanceof HTMLSelectElement && (document.querySelector('#preset-select') as HTMLSelectElement).value === 'no-parole');
    expect(await page.locator('.select-scenario .scenario-label').allTextContents()).toEqual(['Surge', 'My idea']);
    await page.context().close();
  });
});
