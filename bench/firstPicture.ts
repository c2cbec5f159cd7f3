/**
 * Browser benchmark: how soon the app shows its first chart with data. Builds the production
 * app, serves it from a sub-path, and opens it in Debian's headless Chromium several times
 * (a fresh browser context each time, so nothing is cached between loads); each load reports
 * the page's own `border-sim:first-picture` performance mark (time from navigation to the
 * first chart drawn with data). Target: within a second. Skipped (null) when Chromium is not
 * installed.
 *
 *   node bin/tsnode.mjs bench/firstPicture.ts      # readable lines, then one JSON line
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, openPage, startHarness } from '../test/e2e/harness.ts';
import { FIRST_PICTURE_MARK } from '../ui/app/marks.ts';

export interface FirstPictureBench {
  /** Time to the first picture of each load, in ms. */
  readonly loadsMs: number[];
  /** Median of `loadsMs`. */
  readonly medianMs: number;
  /** Slowest of `loadsMs`. */
  readonly worstMs: number;
}

const LOADS = 7;

export async function benchFirstPicture(log: (s: string) => void = console.log): Promise<FirstPictureBench | null> {
  if (!existsSync(CHROMIUM)) {
    log(`first picture in the browser: skipped (no Chromium at ${CHROMIUM})`);
    return null;
  }
  const h = await startHarness();
  try {
    const loadsMs: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const { page } = await openPage(h);
      await page.waitForSelector('#chart-bp[data-has-data="true"]', { timeout: 60_000 });
      const t = await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? null, FIRST_PICTURE_MARK);
      await page.context().close();
      if (t === null) throw new Error('the page drew a chart with data but set no first-picture mark');
      loadsMs.push(Math.round(t));
    }
    const sorted = [...loadsMs].sort((a, b) => a - b);
    const medianMs = sorted[Math.floor(sorted.length / 2)]!;
    const worstMs = sorted[sorted.length - 1]!;
    log(`first picture in the browser, ${LOADS} loads: median ${medianMs} ms, worst ${worstMs} ms (${loadsMs.join(', ')})`);
    return { loadsMs, medianMs, worstMs };
  } finally {
    await h.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(JSON.stringify(await benchFirstPicture()));
}
