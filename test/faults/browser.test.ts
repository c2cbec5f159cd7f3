/**
 * Faults in the browser app (production build, headless Chromium): the simulation worker is
 * replaced, by intercepting its script, with one that wraps the real worker and fails on
 * purpose mid-run (the model throws; the worker crashes with an uncaught error) or with one that
 * does not load. The page must say which replication and seed failed, draw the others, and
 * run again once the fault is gone. Cancelling must terminate the workers, not only hide
 * their results. (Cancel's status and re-run: test/e2e/app.test.ts.)
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragment, openPage, startHarness, waitForDone, waitForStatus, type Harness } from '../e2e/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const WORKER_SCRIPT = /\/browser\.worker-[^/?]+\.js$/;

/**
 * A module worker that imports the real one (`realUrl`: its URL plus `?real`, which the
 * interception lets through; a static import, so the real worker listens before any message
 * arrives) and adds a fault for replication 1 at day 3. Whether the fault fires is asked of the
 * test with a synchronous request to `__fault`, which says yes once per test, so exactly one
 * replication fails whatever the number of workers: `throw` makes the model's next Math.min
 * call throw (inside the replication loop); `crash` reports an uncaught error, as a crashing
 * worker does.
 */
function faultyWorker(mode: 'throw' | 'crash', realUrl: string): string {
  return `
    import ${JSON.stringify(realUrl)};
    const post = MessagePort.prototype.postMessage;
    let asked = false;
    let armed = false;
    const allowed = () => {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', new URL('__fault', location.href).href, false);
      xhr.send();
      return xhr.status === 200 && xhr.responseText === 'yes';
    };
    MessagePort.prototype.postMessage = function (message, transfer) {
      const p = message && message.type === 'APPLY' && message.argumentList && message.argumentList[0] && message.argumentList[0].value;
      if (!asked && p && p.replication === 1 && typeof p.day === 'number' && p.day >= 3) {
        asked = true;
        if (allowed()) {
          if (${JSON.stringify(mode)} === 'crash') self.reportError(new Error('worker crashed on day ' + p.day));
          else armed = true;
        }
      }
      return post.call(this, message, transfer);
    };
    const min = Math.min;
    Math.min = function (...args) {
      if (armed) {
        armed = false;
        throw new Error('injected fault after day 3');
      }
      return min(...args);
    };
  `;
}

const FAULT_QUESTION = /\/__fault$/;

/** Opens the app on a one-day run, then replaces the simulation worker's script as `serve` says and opens `hash` with fresh workers. */
async function openWithWorker(serve: 'throw' | 'crash' | 'missing' | 'silent', hash: string): Promise<Page> {
  const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 1, reps: 1 }));
  await waitForDone(page);
  let faults = 0;
  await page.route(FAULT_QUESTION, (route) => route.fulfill({ status: 200, contentType: 'text/plain', headers: { 'cache-control': 'no-store' }, body: faults++ === 0 ? 'yes' : 'no' }));
  await page.route(WORKER_SCRIPT, (route) =>
    serve === 'missing'
      ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
      : serve === 'silent'
        ? route.fulfill({ status: 200, contentType: 'text/javascript', headers: { 'cache-control': 'no-store' }, body: 'self.addEventListener("message", () => {});' })
        : route.fulfill({ status: 200, contentType: 'text/javascript', headers: { 'cache-control': 'no-store' }, body: faultyWorker(serve, `${route.request().url()}?real`) }),
  );
  // A new document: the pool's existing workers go with the old one, fresh ones load the replaced script.
  await page.goto(`${h.url}?faulty#${hash.replace(/^#/, '')}`);
  return page;
}

async function runAgainWithTheRealWorker(page: Page): Promise<void> {
  await page.unroute(WORKER_SCRIPT);
  await page.unroute(FAULT_QUESTION);
  await page.click('#run-button');
  await waitForDone(page);
  expect(await page.textContent('#run-status')).toContain('Done');
}

const run = fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'Surge', base: 'surge' }], seed: 41, days: 8, reps: 3 });

describe('the browser app when a worker fails', () => {
  it('names the replication and seed when the model throws mid-run, draws the rest, and runs again', async () => {
    const page = await openWithWorker('throw', run);
    await waitForStatus(page, 'failed' as 'done', 60_000);
    const message = page.locator('.message-error[data-message-id="run"]');
    expect(await message.textContent()).toMatch(/Some replications failed/);
    expect(await message.locator('li').allTextContents()).toEqual([expect.stringMatching(/^(Baseline|Surge), replication 1 \(seed 41\): injected fault after day 3$/)]);
    expect(await page.getAttribute('#chart-bp', 'data-has-data')).toBe('true');
    await runAgainWithTheRealWorker(page);
    await page.context().close();
  });

  it('names the replication and seed when a worker crashes mid-run, and runs again', async () => {
    const page = await openWithWorker('crash', run);
    await waitForStatus(page, 'failed' as 'done', 60_000);
    const items = await page.locator('.message-error[data-message-id="run"] li').allTextContents();
    // The crash comes with the first progress report at or after day 3 (reports come by computing time, not every day).
    expect(items).toEqual([expect.stringMatching(/^(Baseline|Surge), replication 1 \(seed 41\): the simulation worker stopped: .*worker crashed on day ([3-8])$/)]);
    await runAgainWithTheRealWorker(page);
    await page.context().close();
  });

  it('says so when the worker cannot be loaded, and runs once it can', async () => {
    const page = await openWithWorker('missing', fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], seed: 5, days: 3, reps: 2 }));
    await waitForStatus(page, 'failed' as 'done', 30_000);
    const items = await page.locator('.message-error[data-message-id="run"] li').allTextContents();
    expect(items).toEqual([expect.stringMatching(/replication 0 \(seed 5\): the simulation worker stopped/), expect.stringMatching(/replication 1 \(seed 5\): the simulation worker stopped/)]);
    await runAgainWithTheRealWorker(page);
    await page.context().close();
  });
});

describe('the browser app when a worker stops answering', () => {
  it('says so after a silence, offers Cancel, and runs again once the worker answers', async () => {
    const page = await openWithWorker('silent', fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], seed: 6, days: 3, reps: 1 }));
    await waitForStatus(page, 'running');
    // The page's threshold is 30 s; a test does not wait that long.
    await page.evaluate(() => {
      (globalThis as unknown as { borderSim: { results: { silenceMs: number } } }).borderSim.results.silenceMs = 1500;
    });
    const notice = page.locator('.message-warning[data-message-id="silence"]');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toMatch(/has not reported for 2 seconds; it may have stopped\. Cancel stops it/);
    await page.click('#cancel-button');
    await waitForStatus(page, 'cancelled' as 'done');
    expect(await notice.count()).toBe(0);
    await runAgainWithTheRealWorker(page);
    await page.context().close();
  });
});

describe('the browser app with a link too large to simulate', () => {
  it('ignores, naming them, the stocks of a link with a billion people detained at the start, and runs the rest', async () => {
    // Before the schema's bounds, this link started by itself and grew the tab to 3.9 GB.
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Billion', base: 'baseline', set: { 'detention.initialPopulation': 1e9, 'detention.beds': 2e9 } }], days: 2, reps: 1 }));
    const message = page.locator('.message-error');
    await message.first().waitFor({ timeout: 30_000 });
    const text = (await message.allTextContents()).join(' ');
    // Fields are named by their labels (ICE detention beds is detention.beds).
    expect(text).toMatch(/ICE detention beds: expected a number <= 1000000, got 2000000000/);
    expect(text).toMatch(/Initial population: expected a number <= 1000000, got 1000000000/);
    expect(text).toMatch(/the fields above were ignored/);
    await waitForDone(page, 60_000);
    await page.context().close();
  });

  it("refuses a link's horizon that makes a valid one-day scenario too large, naming the field", async () => {
    // A one-day scenario of 5e8 arrivals a day is valid; the link's days=3650 makes it 1.8e12 people.
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Flood', base: 'baseline', set: { days: 1, 'arrivals.betweenPorts.perDay': 5e8 } }], days: 3650, reps: 1 }));
    // The page first holds a run it estimates at over a minute; pressed anyway, the model refuses the horizon.
    await page.locator('.message-warning[data-message-id="long-run"] button', { hasText: 'Run anyway' }).click({ timeout: 30_000 });
    await waitForStatus(page, 'failed' as 'done', 60_000);
    const items = await page.locator('.message-error[data-message-id="run"] li').allTextContents();
    expect(items.join(' ')).toMatch(/invalid days: 3650 \(arrivals\.betweenPorts\.perDay: 5\.00e8 a day makes 1\.83e12 people over 3650 days/);
    await page.context().close();
  });
});

describe('cancelling in the browser', () => {
  it('terminates every simulation worker within a second, so their computation stops', async () => {
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'Surge', base: 'surge' }], days: 366, reps: 4 }));
    await waitForStatus(page, 'running');
    await page.waitForSelector('#chart-bp[data-has-data="true"]', { timeout: 30_000 });
    const simulating = page.workers().filter((w) => WORKER_SCRIPT.test(new URL(w.url()).pathname));
    expect(simulating.length).toBeGreaterThan(0);
    const closed = simulating.map((w: Worker) => new Promise<number>((resolve) => w.once('close', () => resolve(performance.now()))));
    const clicked = performance.now();
    await page.click('#cancel-button');
    const deadline = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 1000));
    const all = await Promise.race([Promise.all(closed), deadline]);
    expect(all, 'a simulation worker was still alive a second after Cancel').not.toBe('late');
    for (const t of all as number[]) expect(t - clicked).toBeLessThan(1000);
    await waitForStatus(page, 'cancelled');
    expect(page.workers().filter((w) => WORKER_SCRIPT.test(new URL(w.url()).pathname))).toEqual([]);
    await page.context().close();
  });
});
