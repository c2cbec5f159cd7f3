/**
 * Accessibility: axe-core (run in the page) finds no serious or critical violation on the
 * main views, with dialogs open, in presenter mode and on a phone; and every control can be
 * reached with Tab and operated with the keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragment, openPage, startHarness, waitForCount, waitForDone, type Harness } from './harness.ts';

let h: Harness;
/** axe-core's source, injected before the page's scripts (an init script, which the page's CSP does not govern). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const COMPARE = fragment({ title: 'Surge and appointments', scenarios: [{ name: 'Baseline', base: 'baseline' }, { name: 'Surge', base: 'surge' }, { name: 'Appointments doubled', base: 'appointments-expanded' }], days: 10, reps: 2 });

async function open(hash: string, width = 1600, height = 1000): Promise<Page> {
  const { page } = await openPage(h, hash, { width, height });
  await page.addInitScript(AXE);
  await page.reload();
  await waitForDone(page);
  return page;
}

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: { readonly target: string[] }[];
}

/** Serious and critical axe violations on the page as it is now, one line each. */
async function serious(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
}

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violation on a comparison, nor with its dialogs and menus open', async () => {
    const page = await open(COMPARE);
    expect(await serious(page)).toEqual([]);
    await page.click('.select-scenario[data-index="1"]');
    await page.click('#chart-bp .chart-tools button:has-text("Table")');
    expect(await serious(page)).toEqual([]);
    await page.click('#export-button');
    expect(await serious(page)).toEqual([]);
    await page.keyboard.press('Escape');
    for (const [button, dialog] of [['#about-button', '#about-dialog'], ['#share-button', '#share-dialog']] as const) {
      await page.click(button);
      expect(await page.isVisible(dialog)).toBe(true);
      expect(await serious(page), dialog).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await page.context().close();
  });

  it('finds none in presenter mode, nor on a phone', async () => {
    const page = await open(COMPARE, 1280, 720);
    await page.keyboard.press('p');
    await waitForCount(page, 'body.presenter', 1);
    expect(await serious(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(600);
    expect(await serious(page)).toEqual([]);
    await page.click('#levers-link');
    expect(await serious(page)).toEqual([]);
    await page.context().close();
  });

  it('finds none on a first visit with the tour open', async () => {
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 3, reps: 1 }), { tour: true });
    await page.addInitScript(AXE);
    await page.reload();
    await page.waitForSelector('#tour:not([hidden])');
    expect(await serious(page)).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard-only operation', () => {
  it('reaches every visible control with Tab', async () => {
    const page = await open(COMPARE);
    const controls = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('button, input, select, a[href], [tabindex="0"]')];
      return all.filter((e) => e.offsetParent !== null && !(e as HTMLButtonElement).disabled && e.tabIndex >= 0 && !e.closest('[hidden], dialog:not([open])')).map((e) => e.id || `${e.tagName}:${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30)}`);
    });
    const reached = new Set<string>();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < controls.length * 2 + 20 && reached.size < controls.length; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        return e ? e.id || `${e.tagName}:${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30)}` : '';
      }));
    }
    expect(controls.filter((c) => !reached.has(c))).toEqual([]);
    expect(controls.length).toBeGreaterThan(50);
    await page.context().close();
  });

  it('operates scenarios, levers, settings, menus, dialogs, charts and presenter mode without a mouse', async () => {
    const page = await open(fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 6, reps: 1 }));
    // A scenario: focus "+ Add scenario" and press Enter.
    await page.focus('#add-scenario');
    await page.keyboard.press('Enter');
    await waitForCount(page, '.select-scenario', 2);
    // A lever: type a value and press Enter; a slider moves with the arrow keys.
    await page.focus('#lever-detention-beds-number');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30000');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.select-scenario[data-index="1"]')?.textContent?.includes('1 changed'));
    await page.focus('#lever-court-judges-range');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.select-scenario[data-index="1"]')?.textContent?.includes('2 changed'));
    // A switch toggles with Space; the selected scenario changes with Enter on its button.
    await page.focus('#bands-toggle');
    await page.keyboard.press(' ');
    expect(await page.isChecked('#bands-toggle')).toBe(false);
    await page.focus('.select-scenario[data-index="0"]');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('.select-scenario[data-index="0"]', 'aria-pressed')).toBe('true');
    // The export menu: Enter opens it on its first item, arrows move, Escape closes it back on its button.
    await page.focus('#export-button');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('scenario');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('summary-json');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#export-menu')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('export-button');
    // A dialog opens with Enter and closes with Escape.
    await page.focus('#share-button');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#share-dialog')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#share-dialog')).toBe(false);
    // A chart reads out with the arrow keys.
    await page.focus('#chart-detention .chart-holder');
    await page.keyboard.press('End');
    expect(await page.textContent('#chart-detention .chart-tooltip')).toMatch(/day 5/);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#chart-detention .chart-tooltip')).toBe(true);
    // Presenter mode with P, a step with PageDown, out with Escape.
    await page.keyboard.press('p');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => (document.querySelector('#presenter-step')?.textContent ?? '').startsWith('Comparison 2'));
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.body.classList.contains('presenter'))).toBe(false);
    await page.context().close();
  });
});
