import { describe, expect, it } from 'vitest';
import { buildCharts, renderChart } from '../../../ui/charts/chartCatalog.ts';
import { CAPACITY_COLOR, OBSERVED_COLOR, SCENARIO_COLORS } from '../../../ui/charts/palette.ts';
import type { VNode } from '../../../ui/charts/vnode.ts';
import { fixtureOptions, fourScenarios } from '../fixtures.ts';

/** WCAG 2 relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of a colour on white. */
const onWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** Every text of a chart with the fill it is drawn in (inherited from its groups; SVG's default is black). */
function texts(node: VNode, fill = '#000000', out: { text: string; fill: string }[] = []): { text: string; fill: string }[] {
  const own = typeof node.attrs.fill === 'string' ? node.attrs.fill : fill;
  if (node.tag === 'text') out.push({ text: node.children.filter((c) => typeof c === 'string').join(''), fill: own });
  for (const c of node.children) if (typeof c !== 'string') texts(c, own, out);
  return out;
}

describe('chart text', () => {
  it('checks contrast as WCAG does', () => {
    expect(onWhite('#000')).toBeCloseTo(21, 5);
    expect(onWhite('#CC79A7')).toBeCloseTo(3.06, 1);
  });

  const views = fourScenarios();
  for (const spec of buildCharts(views, fixtureOptions(views))) {
    it(`of the ${spec.id} chart with four scenarios is at least 4.5:1 on white (WCAG AA)`, () => {
      const all = texts(renderChart(spec).node).filter((t) => t.text.trim());
      expect(all.length).toBeGreaterThan(0);
      const faint = all.filter((t) => onWhite(t.fill) < 4.5).map((t) => `${t.text} in ${t.fill}: ${onWhite(t.fill).toFixed(2)}:1`);
      expect(faint).toEqual([]);
    });
  }
});

describe('published values', () => {
  it('are drawn in a colour of at least 4.5:1 on white, so marks and any text in it meet WCAG AA', () => {
    expect(onWhite(OBSERVED_COLOR)).toBeGreaterThanOrEqual(4.5);
  });

  it('are drawn in a colour of their own, not a scenario\'s or the capacity line\'s', () => {
    expect([...SCENARIO_COLORS, CAPACITY_COLOR].map((c) => c.toLowerCase())).not.toContain(OBSERVED_COLOR.toLowerCase());
  });
});
