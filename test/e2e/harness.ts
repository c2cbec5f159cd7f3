/**
 * End-to-end harness: builds the app with Vite's JavaScript API into a temporary folder,
 * serves it with `vite preview` from a sub-path (as a static host would), and drives Debian's
 * Chromium with playwright-core.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Chromium to drive: `CHROMIUM_PATH`, else Debian's package. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium on a machine without a GPU or outside network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** The sub-path the app is served from, to prove a build works away from the site root. */
export const SUB_PATH = '/tools/border-sim/';

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/** A built app served on a free port, and a browser. */
export interface Harness {
  readonly url: string;
  readonly outDir: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Builds, serves and launches. */
export async function startHarness(): Promise<Harness> {
  const outDir = mkdtempSync(join(tmpdir(), 'border-sim-e2e-'));
  const configFile = join(ROOT, 'vite.config.ts');
  await build({ root: ROOT, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server: PreviewServer = await preview({ root: ROOT, configFile, logLevel: 'error', base: SUB_PATH, build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1', open: false } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    outDir,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((ok) => server.httpServer.close(() => ok()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** What a page collected since it opened: errors, CSP violations, long tasks, dialogs. */
export interface PageLog {
  readonly errors: string[];
  readonly dialogs: string[];
}

/**
 * Opens a fresh page (new context: empty storage) with the tour marked as seen, and records
 * page errors, native dialogs (an injected `alert` would show here), CSP violations and long
 * tasks (in `window.__longTasks`).
 */
export async function openPage(h: Harness, hash = '', opts: { tour?: boolean; width?: number; height?: number; touch?: boolean } = {}): Promise<{ page: Page; log: PageLog }> {
  const context = await h.browser.newContext({ viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 }, acceptDownloads: true, ...(opts.touch ? { hasTouch: true, isMobile: true } : {}) });
  const page = await context.newPage();
  const log: PageLog = { errors: [], dialogs: [] };
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  // tsx (bench, scripts) names functions with an "__name" helper; page-side callbacks that it
  // compiled call it, so the page gets a no-op one.
  await page.addInitScript(`
    window.__name = window.__name || ((f) => f);
    ${opts.tour ? '' : "try { localStorage.setItem('border-sim.tour-seen', '1'); } catch {}"}
    window.__longTasks = [];
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
    } catch {}
  `);
  await page.goto(`${h.url}${hash}`);
  return { page, log };
}

/** Waits until the run has finished and every chart shows it. */
export async function waitForDone(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const body = (globalThis as unknown as PageGlobals).document.body;
      return body.dataset.runStatus === 'done' && (body.dataset.drawn ?? '').startsWith('done');
    },
    undefined,
    { timeout },
  );
}

// Page-side functions see the page's globals through this type: these tests type-check
// against Node's library, not the DOM's. (Strings would be evaluated with eval, which the
// app's Content-Security-Policy rightly refuses.)
interface PageGlobals {
  document: { body: { dataset: Record<string, string | undefined>; classList: { contains(name: string): boolean } }; querySelectorAll(selector: string): { length: number } };
  performance: { now(): number };
  __longTasks: { start: number; duration: number }[];
  __cspViolations: string[];
}

/** Waits until the run status (`body[data-run-status]`) is `status`. */
export async function waitForStatus(page: Page, status: 'running' | 'done' | 'cancelled', timeout = 30_000): Promise<void> {
  await page.waitForFunction((s) => (globalThis as unknown as PageGlobals).document.body.dataset.runStatus === s, status, { timeout });
}

/** Waits until `selector` matches exactly `n` elements. */
export async function waitForCount(page: Page, selector: string, n: number): Promise<void> {
  await page.waitForFunction(([sel, count]) => (globalThis as unknown as PageGlobals).document.querySelectorAll(sel as string).length === count, [selector, n] as const);
}

/** Whether the page body has a class. */
export async function bodyHasClass(page: Page, name: string): Promise<boolean> {
  return page.evaluate((n) => (globalThis as unknown as PageGlobals).document.body.classList.contains(n), name);
}

/** One task of the page's main thread: when it started (ms, trace clock), how long it took, and how much of that it computed. */
export interface MainThreadTask {
  readonly startMs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly url?: unknown; readonly processId?: number } };
}

/**
 * The tasks of the page's main thread while `during` runs, from a Chromium trace. Each has
 * its wall time (what the Long Tasks API measures, which other work on a shared machine
 * lengthens) and its thread CPU time (the page's own work, which it does not).
 */
export async function mainThreadTasks<T>(h: Harness, page: Page, during: () => Promise<T>): Promise<{ result: T; tasks: MainThreadTask[] }> {
  await h.browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', '__metadata'] });
  let result: T;
  let buffer: Buffer | undefined;
  try {
    result = await during();
  } finally {
    buffer = await h.browser.stopTracing();
  }
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // The page's renderer is the one that runs its Web Workers. Tracing covers the whole browser,
  // so a renderer of an earlier test's page, still shutting down with its workers, may be in the
  // trace too: of the candidates, the page's is the one that committed a frame of the harness's
  // URL, else the one that ran the most tasks.
  const pids = new Set([...threads.entries()].filter(([, n]) => n === 'DedicatedWorker thread').map(([k]) => Number(k.split(':')[0])));
  const committed = new Set(events.filter((e) => e.name === 'FrameCommittedInBrowser' && typeof e.args?.data?.url === 'string' && e.args.data.url.startsWith(h.url)).map((e) => e.args!.data!.processId));
  const mains = [...threads.entries()].filter(([k, n]) => n === 'CrRendererMain' && pids.has(Number(k.split(':')[0]))).map(([k]) => k);
  const runTasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask');
  const count = (key: string) => runTasks.reduce((n, e) => n + (`${e.pid}:${e.tid}` === key ? 1 : 0), 0);
  const preferred = mains.filter((k) => committed.has(Number(k.split(':')[0])));
  const main = (preferred.length ? preferred : mains).map((k) => ({ k, n: count(k) })).sort((a, b) => b.n - a.n)[0]?.k;
  if (!main) throw new Error('the trace has no main thread of a page running workers');
  const tasks = runTasks
    .filter((e) => `${e.pid}:${e.tid}` === main)
    .map((e) => ({ startMs: e.ts / 1000, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 }));
  return { result: result!, tasks };
}

/** Long tasks recorded between two `performance.now()` readings. */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(([a, b]) => (globalThis as unknown as PageGlobals).__longTasks.filter((t) => t.start >= a && t.start <= b), [from, to] as const);
}

/** Content-Security-Policy violations reported so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__cspViolations);
}

/** The page's `performance.now()`. */
export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).performance.now());
}

/** True when neither `Object.prototype` nor a fresh object has a `polluted` property. */
export async function prototypeClean(page: Page): Promise<boolean> {
  return page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted === undefined && ({} as Record<string, unknown>).polluted === undefined);
}

/** A share-link fragment written by hand (the format documented in ui/state/urlState.ts). */
export function fragment(params: { scenarios: { name: string; base: string; set?: Record<string, unknown> }[]; seed?: number; reps?: number; days?: number; title?: string }): string {
  const p = new URLSearchParams();
  if (params.title) p.set('title', params.title);
  p.set('seed', String(params.seed ?? 1));
  p.set('reps', String(params.reps ?? 2));
  if (params.days) p.set('days', String(params.days));
  p.set('s', JSON.stringify(params.scenarios));
  return `#${p.toString()}`;
}
