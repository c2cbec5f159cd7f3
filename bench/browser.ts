/**
 * Browser benchmark: the app as a student uses it, in Debian's headless Chromium against a
 * production build. It opens the default comparison (the baseline year, 10 replications) and
 * lets it settle, then changes a lever (a new scenario), changes it again while that runs,
 * and measures from the second change:
 *
 * - how soon, from the key press, the stale work stops (the pool's withdrawn and stopped marks;
 *   target 100 ms);
 * - how soon the changed scenario's first complete replication of the full horizon is drawn
 *   (target 3 s) and how soon its settled 10-replication answer is (target 15 s);
 * - the longest main-thread task during load and during the runs, by the Long Tasks API
 *   (wall time; target 50 ms), and the simulation workers used (one per reported core).
 *
 * Before the app, the model alone in a blank page of the same browser (one baseline year, no
 * app, no worker): the bound the app's answers cannot beat. With it, the time to the first
 * picture over seven loads (`firstPicture.ts`). Skipped (null)
 * when Chromium is not installed. It prints the machine's load average: figures measured on a
 * busy machine are slower, so compare runs side by side.
 *
 *   node bin/tsnode.mjs bench/browser.ts      # readable lines, then one JSON line
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { CHROMIUM, openPage, ROOT, startHarness, type Harness } from '../test/e2e/harness.ts';
import { STOPPED_MARK, WITHDRAWN_MARK } from '../workers/poolMarks.ts';
import { benchFirstPicture, type FirstPictureBench } from './firstPicture.ts';

/** The model alone in the browser: one baseline year on the main thread of a blank page, without the app. */
export interface ModelInPage {
  readonly people: number;
  readonly seconds: number;
  readonly peoplePerSec: number;
}

export interface BrowserBench {
  readonly firstPicture: FirstPictureBench;
  /** The model's own speed in the same browser, which the app's figures below are bounded by. */
  readonly modelInPage: ModelInPage;
  /** Simulation workers the page started, and the cores the browser reports. */
  readonly workers: number;
  readonly cores: number;
  /** The default comparison (10 replications of the baseline year), from load to its settled answer, in s. */
  readonly defaultSettledSeconds: number;
  /** From the second lever change: stale work stopped (ms), first complete replication drawn (s), settled answer drawn (s). */
  readonly staleStoppedMs: number;
  readonly firstReplicationSeconds: number;
  readonly settledSeconds: number;
  /** Longest main-thread task (Long Tasks API, wall ms) during load and during the runs after a change; tasks over 50 ms. */
  readonly longestLoadTaskMs: number;
  readonly longestRunTaskMs: number;
  readonly longTasksOver50: number;
  /** The machine's 1-minute load average before and after. */
  readonly loadAverage: readonly [number, number];
  /** The page's warning when it held the changed run for its estimated length (then pressed Run anyway), or null. */
  readonly heldWarning: string | null;
}

interface BenchGlobals {
  borderSim: { runner: { status: string; scenarios: Map<string, { tag: string; results: unknown[] }> }; charts: { idle(): Promise<void> } };
  __longTasks: { start: number; duration: number }[];
}

/** Waits in the page until scenario `key` has a new tag (a new plan) and then `done(results, status)`; resolves with performance.now() once drawn. */
function whenDrawn(page: Page, key: string, oldTag: string, want: 'first' | 'settled', timeoutMs: number): Promise<number> {
  return page.evaluate(
    ([k, tag, w, timeout]) =>
      new Promise<number>((resolvePromise, reject) => {
        const until = performance.now() + (timeout as number);
        const poll = async () => {
          const app = (globalThis as unknown as BenchGlobals).borderSim;
          const s = app.runner.scenarios.get(k as string);
          const ready = s && s.tag !== tag && (w === 'first' ? s.results.length > 0 : app.runner.status === 'done');
          if (ready) {
            await app.charts.idle();
            return resolvePromise(performance.now());
          }
          if (performance.now() > until) return reject(new Error(`no ${w as string} answer in time`));
          setTimeout(poll, 10);
        };
        void poll();
      }),
    [key, oldTag, want, timeoutMs] as const,
  );
}

/**
 * Sets the beds lever; returns the time of the change: the timestamp of the Enter key's event,
 * when the browser took the key in (as the Event Timing API measures input delay). A time read
 * in the page before Playwright sends the key would add the 20-100 ms its command takes to
 * reach the page on a busy machine, which no user waits for.
 */
async function changeBeds(page: Page, value: number): Promise<number> {
  await page.fill('#lever-detention-beds-number', String(value));
  await page.evaluate(() => {
    const w = globalThis as unknown as { __enterAt?: number; addEventListener(type: string, f: (e: { key?: string; timeStamp: number }) => void, opts: object): void };
    w.__enterAt = undefined;
    w.addEventListener('keydown', (e) => { if (e.key === 'Enter') w.__enterAt = e.timeStamp; }, { capture: true, once: true });
  });
  await page.press('#lever-detention-beds-number', 'Enter');
  const t = await page.evaluate(() => (globalThis as unknown as { __enterAt?: number }).__enterAt);
  if (t === undefined) throw new Error('the page saw no Enter key');
  return t;
}

/**
 * On a machine slow enough that 10 replications are estimated at over a minute, the page
 * waits for "Run anyway": pressed here (the time it waited counts), and the estimate is returned.
 */
async function runIfHeld(page: Page): Promise<string | null> {
  const button = page.locator('.message[data-message-id="long-run"] button', { hasText: 'Run anyway' });
  const held = await Promise.race([button.waitFor({ timeout: 3000 }).then(() => true, () => false), page.waitForFunction(() => (globalThis as unknown as BenchGlobals).borderSim.runner.status === 'running', undefined, { timeout: 3000 }).then(() => false, () => false)]);
  if (!held || !(await button.isVisible())) return null;
  const text = await page.textContent('.message[data-message-id="long-run"] p');
  await button.click();
  return text;
}

/**
 * Runs the model alone in a blank page of the same browser (bundled with esbuild, no worker,
 * nothing else on the page): a 30-day warm-up, then one baseline year. The app cannot answer
 * faster than this; the gap between the two is the app's own cost and the sharing of cores.
 */
async function benchModelInPage(h: Harness): Promise<ModelInPage> {
  const bundle = await build({
    stdin: {
      contents: [
        "import { presets, runReplication, validateScenario } from './sim/model/index.ts';",
        'globalThis.__runYear = () => {',
        "  const v = validateScenario(presets['baseline'], presets);",
        "  if (!v.ok) throw new Error('baseline preset invalid');",
        '  runReplication(v.scenario, { seed: 99, replication: 0, days: 30 });',
        '  const t = performance.now();',
        '  const r = runReplication(v.scenario, { seed: 1, replication: 0 });',
        '  return { people: r.people, seconds: (performance.now() - t) / 1000 };',
        '};',
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const context = await h.browser.newContext();
  try {
    const page = await context.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const r = await page.evaluate(() => (globalThis as unknown as { __runYear(): { people: number; seconds: number } }).__runYear());
    return { people: r.people, seconds: Math.round(r.seconds * 100) / 100, peoplePerSec: Math.round(r.people / r.seconds) };
  } finally {
    await context.close();
  }
}

export async function benchBrowser(log: (s: string) => void = console.log): Promise<BrowserBench | null> {
  if (!existsSync(CHROMIUM)) {
    log(`browser app: skipped (no Chromium at ${CHROMIUM})`);
    return null;
  }
  const loadBefore = loadavg()[0]!;
  const firstPicture = (await benchFirstPicture(log))!;
  const h = await startHarness();
  try {
    const modelInPage = await benchModelInPage(h);
    log(`the model alone in the same browser (a blank page, no app): the baseline year in ${modelInPage.seconds} s, ${Math.round(modelInPage.peoplePerSec / 1000)}k people/s`);
    const { page } = await openPage(h, '', { width: 1600, height: 1000 });
    const settled = await page.evaluate(
      () =>
        new Promise<number>((res) => {
          const body = (globalThis as unknown as { document: { body: { dataset: Record<string, string | undefined> } } }).document.body;
          const poll = () => (body.dataset.runStatus === 'done' && (body.dataset.drawn ?? '').startsWith('done') ? res(performance.now()) : setTimeout(poll, 20));
          poll();
        }),
    );
    const loadTasks = await page.evaluate(() => (globalThis as unknown as BenchGlobals).__longTasks.map((t) => t.duration));
    const cores = await page.evaluate(() => (globalThis as unknown as { navigator: { hardwareConcurrency: number } }).navigator.hardwareConcurrency);
    const workers = page.workers().filter((w) => /\/browser\.worker-[^/?]+\.js$/.test(new URL(w.url()).pathname)).length;

    // First change: a new scenario with fewer beds; while it runs, the second change makes its work stale.
    await changeBeds(page, 30000);
    await page.waitForSelector('.select-scenario[data-index="1"][aria-pressed="true"]');
    await runIfHeld(page);
    await page.waitForFunction(() => ((globalThis as unknown as BenchGlobals).borderSim.runner.scenarios.get('1')?.results.length ?? 0) === 0 && (globalThis as unknown as BenchGlobals).borderSim.runner.status === 'running');
    await page.waitForTimeout(2000);
    const oldTag = await page.evaluate(() => (globalThis as unknown as BenchGlobals).borderSim.runner.scenarios.get('1')!.tag);
    const before = await page.evaluate(() => (globalThis as unknown as BenchGlobals).__longTasks.length);
    const t0 = await changeBeds(page, 25000);
    const held = await runIfHeld(page);
    const first = await whenDrawn(page, '1', oldTag, 'first', 300_000);
    const done = await whenDrawn(page, '1', oldTag, 'settled', 900_000);
    const [withdrawn, stopped] = await page.evaluate(([w, s]) => [performance.getEntriesByName(w).map((e) => e.startTime).filter((t) => t >= 0), performance.getEntriesByName(s).map((e) => e.startTime)], [WITHDRAWN_MARK, STOPPED_MARK] as const);
    const afterT0 = (ts: number[]) => ts.filter((t) => t >= t0);
    const stoppedAt = afterT0(stopped)[0];
    const runTasks = await page.evaluate((k) => (globalThis as unknown as BenchGlobals).__longTasks.slice(k).map((t) => t.duration), before);
    await page.context().close();
    const result: BrowserBench = {
      firstPicture,
      modelInPage,
      workers,
      cores,
      defaultSettledSeconds: Math.round(settled / 100) / 10,
      staleStoppedMs: stoppedAt === undefined || afterT0(withdrawn).length === 0 ? Number.NaN : Math.round(stoppedAt - t0),
      firstReplicationSeconds: Math.round((first - t0) / 100) / 10,
      settledSeconds: Math.round((done - t0) / 100) / 10,
      longestLoadTaskMs: Math.round(Math.max(0, ...loadTasks)),
      longestRunTaskMs: Math.round(Math.max(0, ...runTasks)),
      longTasksOver50: [...loadTasks, ...runTasks].filter((d) => d > 50).length,
      loadAverage: [Math.round(loadBefore * 100) / 100, Math.round(loadavg()[0]! * 100) / 100],
      heldWarning: held,
    };
    log(`browser app, ${workers} simulation workers on ${cores} reported cores (load average ${result.loadAverage.join(' → ')}):`);
    log(`  default comparison (baseline year, 10 replications) settled ${result.defaultSettledSeconds} s after load`);
    log(`  after a lever change: stale work stopped in ${result.staleStoppedMs} ms (target 100), first complete replication drawn after ${result.firstReplicationSeconds} s (target 3), settled 10-replication answer after ${result.settledSeconds} s (target 15)`);
    if (held) log(`  the page held the changed run (${held.slice(0, 60)}…) until Run anyway; the figures include that wait`);
    log(`  longest main-thread task: ${result.longestLoadTaskMs} ms during load, ${result.longestRunTaskMs} ms during the runs (Long Tasks API, target 50); ${result.longTasksOver50} over 50 ms`);
    return result;
  } finally {
    await h.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(JSON.stringify(await benchBrowser()));
}
