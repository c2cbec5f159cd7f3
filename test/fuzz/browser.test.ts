/**
 * Hostile input in the real browser app (production build, headless Chromium): generated
 * hostile share links opened one after another, a megabyte-long link, and hostile imported
 * files (deep nesting, prototype-reaching keys, binary, odd field names). Each must give a
 * clear message, run no code (no dialog, no element injected, Object.prototype untouched, no
 * page error), and leave the page working. And the Content-Security-Policy is not only shipped
 * but enforced: eval, new Function and injected inline scripts are refused, and the workers run
 * under the same policy. (Fixed hostile link and files, and the policy's text:
 * test/e2e/app.test.ts.)
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, fragment, openPage, prototypeClean, startHarness, waitForDone, type Harness } from '../e2e/harness.ts';
import { FUZZ_SEED, runs } from './fuzzConfig.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/**
 * The page's globals as these checks use them (the tests type-check without the DOM library).
 * Page functions are sent as text, so each names `globalThis` itself.
 */
type PageGlobals = { document: { querySelectorAll(s: string): { length: number }; body: { dataset: Record<string, string | undefined> } }; eval(code: string): unknown };

/** Elements an injection would add. */
const INJECTED = 'img, script:not([src]), iframe, object, embed, [onerror], [onload], [onclick], a[href^="javascript:"]';

async function expectNoCodeRan(page: Page, log: { errors: string[]; dialogs: string[] }, what: string): Promise<void> {
  expect(log.dialogs, `${what}: a dialog opened`).toEqual([]);
  expect(log.errors, `${what}: page errors`).toEqual([]);
  expect(await page.evaluate((sel) => (globalThis as unknown as PageGlobals).document.querySelectorAll(sel).length, INJECTED), `${what}: injected elements`).toBe(0);
  expect(await prototypeClean(page), `${what}: Object.prototype changed`).toBe(true);
}

/** Waits until the page has settled on a run state (a hostile link may leave nothing to run). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => ['done', 'failed', 'cancelled', 'idle'].includes((globalThis as unknown as PageGlobals).document.body.dataset.runStatus ?? ''), undefined, { timeout: 60_000 });
}

const payload = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '__proto__', 'constructor', '\u2028\u2029', '%00', 'x'.repeat(3000));
const hostileLink = fc.record({
  title: payload,
  seed: fc.oneof(fc.constantFrom('-1', '1e99', 'NaN', '<b>'), fc.integer({ min: 0, max: 99 }).map(String)),
  scenarios: fc.array(
    fc.record({
      name: payload,
      base: fc.constantFrom('baseline', 'surge', '__proto__', 'constructor', '<script>'),
      set: fc.dictionary(fc.constantFrom('__proto__.polluted', 'constructor.prototype.polluted', 'prototype', 'detention.beds', 'court.judges', 'name'), fc.oneof(payload, fc.constantFrom(-5, 1e308, 3, null)), { maxKeys: 3 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
}).map(({ title, seed, scenarios }) => {
  const p = new URLSearchParams({ title, seed, reps: '1', days: '2', s: JSON.stringify(scenarios) });
  return `#${p.toString()}`;
});

describe('the browser app with hostile input', () => {
  it('explains generated hostile share links, runs no code from them and keeps working', async () => {
    const { page, log } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 1, reps: 1 }));
    await waitForDone(page);
    for (const link of fc.sample(hostileLink, { seed: FUZZ_SEED, numRuns: runs(12) })) {
      await page.goto(`${h.url}${link}`);
      await settled(page);
      await expectNoCodeRan(page, log, link.slice(0, 80));
      const messages = await page.locator('.message').allTextContents();
      for (const m of messages) expect(m.length, m.slice(0, 80)).toBeLessThan(4000);
    }
    await page.goto(`${h.url}${fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'More beds', base: 'baseline', set: { 'detention.beds': 60000 } }], days: 2, reps: 1 })}`);
    await waitForDone(page);
    expect(await page.locator('.select-scenario').count()).toBe(2);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('refuses a megabyte-long link with a short message and shows the default comparison', async () => {
    const huge = `#s=${encodeURIComponent(JSON.stringify([{ name: 'x'.repeat(1_000_000), base: 'baseline' }]))}`;
    const { page, log } = await openPage(h, huge);
    // The page falls back to the default comparison (a full year, many replications) and
    // starts it; the link has been handled once the run has started.
    await page.waitForFunction(() => ((globalThis as unknown as PageGlobals).document.body.dataset.runStatus ?? '') !== '', undefined, { timeout: 60_000 });
    const message = (await page.locator('.message-error').first().textContent()) ?? '';
    expect(message).toMatch(/too long/);
    expect(message.length).toBeLessThan(1000);
    expect(await page.locator('.select-scenario').count()).toBe(1);
    await expectNoCodeRan(page, log, 'megabyte link');
    await page.context().close();
  });

  it('refuses hostile scenario files with a clear message each, keeping the comparison', async () => {
    const { page, log } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 1, reps: 1 }));
    await waitForDone(page);
    const files: { name: string; text: string | Buffer; says: RegExp }[] = [
      { name: 'deep.json', text: `{"base":"baseline","detention":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`, says: /nested too deeply/ },
      { name: 'constructor.json', text: '{"base":"baseline","constructor":{"prototype":{"polluted":1}}}', says: /constructor/ },
      { name: 'prototype.json', text: '{"base":"baseline","detention":{"prototype":{"polluted":1}}}', says: /prototype/ },
      { name: 'empty-field.json', text: '{"base":"baseline","detention":{"":5}}', says: /is not a field/ },
      { name: 'binary.json', text: Buffer.from([0, 255, 254, 10, 13, 0x1b, 0x5b, 0x32, 0x4a]), says: /not valid JSON/ },
      { name: 'empty.json', text: '', says: /not valid JSON/ },
      { name: 'many-keys.json', text: JSON.stringify(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]))), says: /too many fields/ },
      { name: '<img src=x onerror=alert(1)>.json', text: '[]', says: /must hold one JSON object/ },
      { name: 'twice.json', text: '{"base":"baseline","detention":{"beds":1000},"detention":{"removalsPerDay":5}}', says: /detention: the field is given twice/ },
    ];
    for (const f of files) {
      await page.setInputFiles('#import-file', { name: f.name, mimeType: 'application/json', buffer: Buffer.isBuffer(f.text) ? f.text : Buffer.from(f.text) });
      const message = page.locator('.message-error[data-message-id="import"]');
      await message.waitFor();
      const text = (await message.textContent()) ?? '';
      expect(text, f.name).toMatch(f.says);
      expect(text.length, f.name).toBeLessThan(2000);
      await expectNoCodeRan(page, log, f.name);
    }
    expect(await page.locator('.select-scenario').count()).toBe(1);
    await page.setInputFiles('#import-file', { name: 'fine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ base: 'baseline', name: 'Fine', court: { judges: 900 } })) });
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelectorAll('.select-scenario').length === 2);
    // A byte-order mark at the start is dropped, as the CLI drops it.
    await page.setInputFiles('#import-file', { name: 'marked.json', mimeType: 'application/json', buffer: Buffer.from(`\ufeff${JSON.stringify({ base: 'baseline', name: 'Marked', court: { judges: 800 } })}`) });
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelectorAll('.select-scenario').length === 3);
    await page.context().close();
  });
});

describe("the production build's Content-Security-Policy", () => {
  const policyOf = () => /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(h.outDir, 'index.html'), 'utf8'))?.[1]?.replace(/&#39;/g, "'") ?? '';

  it('is enforced: eval, new Function and injected inline scripts are refused', async () => {
    expect(policyOf()).toMatch(/script-src 'self'/);
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 1, reps: 1 }));
    await waitForDone(page);
    // Tried from a task of the page's own (a timer), not inside Playwright's evaluation, which
    // the DevTools protocol lets use eval whatever the policy.
    await page.evaluate(() => {
      const win = globalThis as unknown as { __attempts?: Record<string, string>; __inline?: number; setTimeout(f: () => void, ms: number): unknown; document: { createElement(t: string): { textContent: string }; head: { append(n: unknown): void } } };
      win.setTimeout(() => {
        const tryIt = (f: () => unknown) => {
          try {
            f();
            return 'ran';
          } catch (e) {
            return (e as Error).name;
          }
        };
        const script = win.document.createElement('script');
        script.textContent = 'window.__inline = 1';
        win.document.head.append(script);
        win.__attempts = { eval: tryIt(() => (globalThis as unknown as PageGlobals).eval('1 + 1')), function: tryIt(() => new Function('return 1')()) };
      }, 0);
    });
    await page.waitForFunction(() => (globalThis as unknown as { __attempts?: unknown }).__attempts !== undefined);
    const attempts = await page.evaluate(() => {
      const win = globalThis as unknown as { __attempts: Record<string, string>; __inline?: number };
      return { ...win.__attempts, inline: win.__inline === 1 ? 'ran' : 'refused' };
    });
    expect(attempts).toEqual({ eval: 'EvalError', function: 'EvalError', inline: 'refused' });
    expect((await cspViolations(page)).length).toBeGreaterThanOrEqual(1);
    await page.context().close();
  });

  it('holds in the workers too: served with the policy as a header, they run a comparison with no violation', async () => {
    const policy = policyOf();
    const { page, log } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 1, reps: 1 }));
    await waitForDone(page);
    // Each worker script becomes a module that reports policy violations in the worker (where the
    // page's listener cannot see them) as console errors, then imports the real script.
    let served = 0;
    await page.route(/\/assets\/[^/?]*worker[^/?]*\.js$/, async (route) => {
      served++;
      await route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        headers: { 'content-security-policy': policy, 'cache-control': 'no-store' },
        body: `self.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation in a worker: ' + e.violatedDirective + ' in ' + e.sourceFile));\nimport ${JSON.stringify(`${route.request().url()}?real`)};`,
      });
    });
    await page.goto(`${h.url}?policy#${fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'Surge', base: 'surge' }], days: 4, reps: 2 }).slice(1)}`);
    await waitForDone(page);
    expect(served, JSON.stringify(log.errors)).toBeGreaterThanOrEqual(2); // the simulation and report workers
    expect(log.errors).toEqual([]);
    expect(await page.locator('.message-error').count()).toBe(0);
    await page.context().close();
  });
});
