/**
 * The charts of a full comparison (four scenarios, each with its own dated changes), as drawn
 * in the page at a desktop and a phone width: no two text labels overlap, no band leaves its
 * plot, and every dated change of every scenario is marked, in its scenario's colour.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragment, openPage, startHarness, waitForDone, type Harness } from './harness.ts';

let h: Harness;
let page: Page;
let errors: string[];

const FOUR = fragment({
  scenarios: [
    { name: 'Baseline', base: 'baseline' },
    { name: 'MPP reinstated', base: 'mpp-reinstated' },
    { name: 'Detention cut', base: 'detention-cut' },
    { name: 'Surge', base: 'surge' },
  ],
  days: 125,
  reps: 2,
});

/** The dated changes the four presets make within 125 days, by scenario slot. */
const CHANGES: Record<number, number[]> = { 1: [120], 2: [90], 3: [60, 120] };

const TIME_SERIES = ['bp', 'ofo', 'detention', 'shelters', 'cbpone', 'court', 'encounters'];

beforeAll(async () => {
  h = await startHarness();
  ({ page, log: { errors } } = await openPage(h, FOUR, { width: 1600, height: 1000 }));
  await waitForDone(page, 240_000);
});

afterAll(async () => {
  await page?.context().close();
  await h?.close();
});

/**
 * Pairs of text labels whose boxes overlap by more than half a pixel, per chart. Each chart is
 * brought into view first: cards off screen are not laid out (content-visibility), so their
 * boxes would be stale.
 */
async function overlappingLabels(p: Page): Promise<string[]> {
  const out: string[] = [];
  for (const id of await p.locator('.chart-card').evaluateAll((cards) => cards.map((c) => c.id))) {
    await p.locator(`#${id}`).scrollIntoViewIfNeeded();
    out.push(...(await overlapsIn(p, id)));
  }
  return out;
}

async function overlapsIn(p: Page, cardId: string): Promise<string[]> {
  return p.evaluate((id) => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(`#${id} .chart-holder svg`)) {
      const chart = svg.getAttribute('data-chart');
      const boxes = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim()).map((t) => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const hgt = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0.5 && hgt > 0.5) out.push(`${chart}: "${boxes[i]!.text}" and "${boxes[j]!.text}"`);
        }
      }
    }
    return out;
  }, cardId);
}

/** Bands whose drawn extent leaves their panel's plot area. */
async function bandsOutsidePlots(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    for (const panel of document.querySelectorAll<SVGGElement>('.chart-holder svg g.panel')) {
      const clip = panel.querySelector('clipPath rect');
      const width = Number(clip?.getAttribute('width'));
      const height = Number(clip?.getAttribute('height'));
      for (const band of panel.querySelectorAll<SVGPathElement>('path.band')) {
        if (!band.getAttribute('d')) continue;
        const b = band.getBBox();
        if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > width + 0.5 || b.y + b.height > height + 0.5) out.push(`${panel.closest('svg')?.getAttribute('data-chart')}/${panel.getAttribute('data-panel')} scenario ${band.getAttribute('data-scenario')}: ${JSON.stringify([b.x, b.y, b.width, b.height])} in ${width}×${height}`);
      }
    }
    return out;
  });
}

describe('charts of four scenarios', () => {
  it('draw every scenario on every time-series chart, with a band for each', async () => {
    for (const id of TIME_SERIES) {
      expect(await page.locator(`#chart-${id} svg g.panel`).first().locator('path.mean').count(), id).toBe(4);
      expect(await page.locator(`#chart-${id} svg g.panel`).first().locator('path.band').count(), id).toBe(4);
    }
    expect(errors).toEqual([]);
  });

  it('place no two text labels over each other, on a desktop and at phone width', async () => {
    expect(await overlappingLabels(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => ((document.querySelector('.chart-holder') as unknown as { clientWidth: number } | null)?.clientWidth ?? 999) < 400);
    await page.waitForTimeout(1500); // relayout is debounced, then one chart per frame
    await waitForDone(page);
    expect(await overlappingLabels(page)).toEqual([]);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.waitForTimeout(1500);
  });

  it('keep every band inside its plot (never below zero, never over the axes)', async () => {
    expect(await bandsOutsidePlots(page)).toEqual([]);
  });

  it("mark every dated change of every scenario on every time-series chart, in that scenario's colour", async () => {
    for (const id of TIME_SERIES) {
      const markers = await page.locator(`#chart-${id} g.change-marker`).evaluateAll((gs) => gs.map((g) => ({ day: Number(g.getAttribute('data-day')), scenarios: (g.getAttribute('data-scenarios') ?? '').split(' ').map(Number), stroke: g.querySelector('line')?.getAttribute('stroke') ?? '', text: g.querySelector('text')?.textContent ?? '' })));
      for (const [slot, days] of Object.entries(CHANGES)) {
        for (const day of days) {
          const m = markers.find((x) => x.day === day && x.scenarios.includes(Number(slot)));
          expect(m, `${id}: day ${day} of scenario ${slot}`).toBeDefined();
          expect(m!.text.length, `${id}: day ${day} named`).toBeGreaterThan(5);
        }
      }
      // No marker for the baseline, which makes no dated change, and none that names a scenario without it.
      expect(markers.every((m) => !m.scenarios.includes(0)), id).toBe(true);
      const colours = new Set(markers.filter((m) => m.scenarios.length === 1).map((m) => `${m.scenarios[0]}:${m.stroke}`));
      expect([...colours].sort(), id).toEqual(['1:#0072B2', '2:#D55E00', '3:#009E73']);
    }
  });

  it('give each chart card a legend whose swatches are the lines the chart draws', async () => {
    const dashes = await page.locator('#chart-bp .chart-legend .swatch line').evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke-dasharray')));
    const drawn = await page.locator('#chart-bp svg g.panel path.mean').evaluateAll((ps) => Object.fromEntries(ps.map((p) => [p.getAttribute('data-scenario'), p.getAttribute('stroke-dasharray')])));
    expect(dashes).toEqual([0, 1, 2, 3].map((i) => drawn[String(i)]));
    expect(new Set(dashes).size).toBe(4);
  });

  it("strip the days over capacity that the model counts, for each scenario that has some and only those", async () => {
    for (const [id, metric] of [['bp', 'bp.daysOverCapacity'], ['detention', 'detention.daysOverCapacity']] as const) {
      const counted = await page.evaluate((m) => {
        const app = (globalThis as unknown as { borderSim: { runner: { scenarios: Map<string, { results: { summary: Record<string, number | null> }[] }> } } }).borderSim;
        return Object.fromEntries([...app.runner.scenarios.entries()].map(([k, s]) => [k, s.results.reduce((a, r) => a + (r.summary[m] ?? 0), 0)]));
      }, metric);
      const stripped = await page.locator(`#chart-${id} svg g.over-capacity`).evaluateAll((gs) => Object.fromEntries(gs.map((g) => [g.getAttribute('data-scenario'), g.querySelectorAll('rect').length])));
      for (const key of ['0', '1', '2', '3']) expect((stripped[key] ?? 0) > 0, `${id}, scenario ${key}: ${counted[key]} days counted`).toBe(counted[key]! > 0);
    }
    // The surge (slot 3) crowds Border Patrol custody over its capacity; the comparison is not one where no strip is drawn.
    expect(await page.locator('#chart-bp svg g.over-capacity[data-scenario="3"] rect').count()).toBeGreaterThan(0);
  });
});
