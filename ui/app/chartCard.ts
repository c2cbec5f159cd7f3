/**
 * One chart card: its heading and one-line takeaway, a legend of the lines it draws, the chart
 * with a hover, tap and keyboard readout, notes on implausible states, a data-table view and
 * SVG/PNG export. Drawing patches the live SVG in place (see `patchVNode.ts`).
 */
import type { ChartSpec } from '../charts/chartCatalog.ts';
import { renderChart } from '../charts/chartCatalog.ts';
import type { PlotFrame } from '../charts/chartFrame.ts';
import type { VNode } from '../charts/vnode.ts';
import { chartTable } from '../charts/chartTable.ts';
import { positionAt, positions, readoutAt } from '../charts/readout.ts';
import { stampChart, type StampInfo } from '../charts/stampChart.ts';
import { toSvgString } from '../charts/vnode.ts';
import { download, el, fileSlug, mountVNode } from './dom.ts';
import { FIRST_PICTURE_MARK } from './marks.ts';
import { patchChildren } from './patchVNode.ts';
import { svgToPngBlob } from './svgToPng.ts';
import { observedKey, swatch } from './swatch.ts';

/** Everything an export is stamped with, except the chart's own title. */
export type StampContext = () => Omit<StampInfo, 'chartTitle'>;

export class ChartCard {
  readonly root: HTMLElement;
  readonly holder: HTMLElement;
  private readonly takeaway: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly notes: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly tableBox: HTMLElement;
  private readonly tooltip: HTMLElement;
  private readonly live: HTMLElement;
  private spec: ChartSpec | null = null;
  /** Hash of the drawing shown (see the report worker's `draw`), or null before the first. */
  drawn: number | null = null;
  private legendKey = '';
  private frame: PlotFrame | null = null;
  private svg: SVGSVGElement | null = null;
  /** Position read out by hover, tap or keys, or null. */
  private cursor: number | null = null;

  constructor(
    readonly id: string,
    first: ChartSpec,
    private readonly stamp: StampContext,
  ) {
    const titleId = `chart-${id}-title`;
    const tableButton = el('button', { type: 'button', class: 'tool', 'aria-expanded': 'false', 'aria-controls': `chart-${id}-table` }, 'Table');
    const svgButton = el('button', { type: 'button', class: 'tool', title: 'Download this chart as SVG', 'aria-label': `Download ${first.title} as SVG` }, 'SVG');
    const pngButton = el('button', { type: 'button', class: 'tool', title: 'Download this chart as PNG', 'aria-label': `Download ${first.title} as PNG` }, 'PNG');
    this.holder = el('div', {
      class: 'chart-holder',
      tabindex: 0,
      role: 'group',
      'aria-labelledby': titleId,
      'aria-describedby': `chart-${id}-takeaway chart-${id}-help`,
    });
    this.tooltip = el('div', { class: 'chart-tooltip', hidden: true });
    this.live = el('div', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.takeaway = el('p', { class: 'chart-takeaway', id: `chart-${id}-takeaway` });
    this.legend = el('ul', { class: 'chart-legend', 'aria-label': 'Lines' });
    this.notes = el('div', { class: 'chart-notes' });
    this.summary = el('p', { class: 'visually-hidden', id: `chart-${id}-summary` });
    this.tableBox = el('div', { class: 'chart-table', id: `chart-${id}-table`, hidden: true, tabindex: 0, role: 'region', 'aria-label': `${first.title}: data table` });
    this.root = el(
      'article',
      { class: `chart-card chart-${first.kind}`, id: `chart-${id}`, 'data-chart': id, 'aria-labelledby': titleId, tabindex: -1 },
      el('header', { class: 'chart-header' }, el('h3', { id: titleId }, first.title), el('div', { class: 'chart-tools' }, tableButton, svgButton, pngButton)),
      this.takeaway,
      this.legend,
      el('div', { class: 'chart-stage' }, this.holder, this.tooltip),
      el('p', { class: 'visually-hidden', id: `chart-${id}-help` }, 'Arrow keys read exact values; Escape stops.'),
      this.notes,
      this.summary,
      this.live,
      this.tableBox,
    );
    tableButton.addEventListener('click', () => {
      const open = this.tableBox.hidden;
      this.tableBox.hidden = !open;
      tableButton.setAttribute('aria-expanded', String(open));
      if (open) this.fillTable();
    });
    svgButton.addEventListener('click', () => this.exportSvg());
    pngButton.addEventListener('click', () => void this.exportPng());
    this.holder.addEventListener('pointermove', (e) => this.onPointer(e));
    // A tap (touch or pen) shows the readout where it lands; it stays until the next tap or a tap elsewhere.
    this.holder.addEventListener('pointerdown', (e) => {
      if (e.pointerType !== 'mouse') this.onPointer(e);
    });
    this.holder.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse') this.hideReadout();
    });
    this.holder.addEventListener('keydown', (e) => this.onKey(e));
    this.holder.addEventListener('blur', () => this.hideReadout());
  }

  /** The spec last drawn. */
  get current(): ChartSpec | null {
    return this.spec;
  }

  /**
   * Shows a spec: its text, and its drawing when it changed (`node` and `frame`, drawn at the
   * spec's width with hash `hash`). Returns true when the drawing changed.
   */
  show(spec: ChartSpec, drawing: { readonly hash: number; readonly node?: VNode; readonly frame?: PlotFrame } | null): boolean {
    this.spec = spec;
    this.takeaway.textContent = spec.takeaway;
    this.summary.textContent = spec.summary;
    this.drawLegend(spec);
    const notes = JSON.stringify(spec.notes);
    if (this.notes.dataset.notes !== notes) {
      this.notes.dataset.notes = notes;
      this.notes.replaceChildren(...spec.notes.map((n) => el('p', { class: 'chart-note' }, n)));
    }
    if (!this.tableBox.hidden) this.fillTable();
    if (!drawing?.node || !drawing.frame || drawing.hash === this.drawn) return false;
    const { node, frame } = drawing;
    this.drawn = drawing.hash;
    this.holder.style.aspectRatio = `${frame.width} / ${frame.height}`;
    let svg = this.svg;
    if (svg) {
      svg.querySelector('.hover-rule')?.remove();
      patchChildren(svg, node);
    } else {
      svg = mountVNode(node) as SVGSVGElement;
      svg.removeAttribute('width');
      svg.removeAttribute('height');
      svg.removeAttribute('aria-label');
      svg.setAttribute('aria-labelledby', `chart-${spec.id}-title`);
      svg.setAttribute('aria-describedby', `chart-${spec.id}-summary`);
      this.holder.replaceChildren(svg);
    }
    svg.setAttribute('viewBox', String(node.attrs.viewBox));
    this.frame = frame;
    this.svg = svg;
    const hasData = positions(spec) > 0;
    this.root.dataset.hasData = String(hasData);
    // For measurements (the end-to-end tests and the benchmark read it): when the page first
    // showed data.
    if (hasData && performance.getEntriesByName(FIRST_PICTURE_MARK).length === 0) performance.mark(FIRST_PICTURE_MARK);
    if (this.cursor !== null) this.showReadout(this.cursor, false);
    return true;
  }

  /** The legend: one swatch per line the chart draws, in its colour and dash. */
  private drawLegend(spec: ChartSpec): void {
    const items = spec.legend;
    const key = JSON.stringify(items);
    if (key === this.legendKey) return;
    this.legendKey = key;
    const keyOf = (item: (typeof items)[number]) => (item.slot !== undefined ? swatch(item.slot) : item.kind === 'observed' ? observedKey(item.shape ?? 'diamond') : el('span', { class: `key key-${item.kind}`, 'aria-hidden': 'true' }));
    this.legend.replaceChildren(...items.map((item) => el('li', { class: `chart-legend-item${item.reference ? ' reference' : ''}${item.kind === 'observed' ? ' observed' : ''}`, 'data-scenario': item.slot ?? null }, keyOf(item), item.label)));
    this.legend.hidden = items.length === 0;
  }

  private svgPoint(e: PointerEvent): { x: number; y: number } | null {
    if (!this.svg || !this.frame) return null;
    const rect = this.svg.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return null;
    return { x: ((e.clientX - rect.left) / rect.width) * this.frame.width, y: ((e.clientY - rect.top) / rect.height) * this.frame.height };
  }

  private onPointer(e: PointerEvent): void {
    const p = this.svgPoint(e);
    const { spec, frame } = this;
    if (!p || !spec || !frame) return;
    const inside = p.x >= frame.left && p.x <= frame.left + frame.plotWidth && p.y >= frame.top - 10 && p.y <= frame.top + frame.plotHeight + 10;
    const index = inside ? positionAt(spec, frame, p.x, p.y) : -1;
    if (index < 0 || index >= positions(spec)) {
      this.hideReadout();
      return;
    }
    this.showReadout(index, e.pointerType !== 'mouse');
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.spec) return;
    const n = positions(this.spec);
    if (n === 0) return;
    const step = e.shiftKey ? 10 : 1;
    const at = this.cursor ?? -1;
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = Math.min(n - 1, at < 0 ? 0 : at + step);
    else if (e.key === 'ArrowLeft') next = Math.max(0, at < 0 ? n - 1 : at - step);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape' && this.cursor !== null) {
      this.hideReadout();
      e.stopPropagation();
      e.preventDefault();
      return;
    }
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    this.showReadout(next, true);
  }

  private showReadout(index: number, announce: boolean): void {
    const { spec, frame, svg } = this;
    if (!spec || !frame || !svg) return;
    const r = readoutAt(spec, frame, index);
    if (!r) return this.hideReadout();
    this.cursor = r.index;
    svg.querySelector('.hover-rule')?.remove();
    if (r.x !== null) {
      const rule = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      rule.setAttribute('class', 'hover-rule');
      rule.setAttribute('x1', String(r.x));
      rule.setAttribute('x2', String(r.x));
      rule.setAttribute('y1', String(frame.top));
      rule.setAttribute('y2', String(frame.top + frame.plotHeight));
      svg.append(rule);
    }
    this.tooltip.replaceChildren(
      el('strong', {}, r.heading),
      ...r.lines.map((l) =>
        l.kind === 'heading'
          ? el('div', { class: 'readout-heading' }, l.text)
          : el('div', { class: 'readout-line', 'data-scenario': l.key }, l.kind === 'capacity' ? el('span', { class: 'key key-capacity', 'aria-hidden': 'true' }) : l.kind === 'observed' ? observedKey(l.shape ?? 'diamond', 18) : l.slot === undefined ? null : swatch(l.slot, 18), l.text),
      ),
    );
    this.tooltip.hidden = false;
    // Beside the hover rule, on whichever side it fits inside the card (cards clip their paint).
    const stageWidth = this.holder.clientWidth;
    const anchor = ((r.x ?? frame.left + frame.plotWidth * 0.5) / frame.width) * stageWidth;
    const w = this.tooltip.offsetWidth;
    let left = anchor + 12;
    if (left + w > stageWidth) left = anchor - 12 - w;
    if (left < 0) left = Math.max(0, stageWidth - w);
    this.tooltip.style.left = `${Math.round(left)}px`;
    if (announce) this.live.textContent = `${r.heading}. ${r.lines.map((l) => l.text.trim()).join('. ')}`;
  }

  private hideReadout(): void {
    this.cursor = null;
    this.tooltip.hidden = true;
    this.svg?.querySelector('.hover-rule')?.remove();
  }

  private fillTable(): void {
    if (!this.spec) return;
    const t = chartTable(this.spec);
    const table = el(
      'table',
      {},
      el('caption', {}, t.caption),
      el('thead', {}, el('tr', {}, ...t.columns.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, ...t.rows.map((row) => el('tr', {}, ...row.map((cell, i) => (i === 0 ? el('th', { scope: 'row' }, cell) : el('td', {}, cell)))))),
    );
    this.tableBox.replaceChildren(table);
  }

  /** The chart as a standalone SVG, drawn at a fixed width so exports look alike. */
  private stamped(): string | null {
    if (!this.spec) return null;
    const { node } = renderChart({ ...this.spec, width: 720 });
    // Published series drawn on the chart are named in the export's legend and sources too.
    const drawn = this.spec.kind === 'timeseries' ? this.spec.panels.flatMap((p) => p.observed ?? []) : this.spec.kind === 'bars' ? this.spec.groups.flatMap((g) => g.observed ?? []) : [];
    const observed = [...new Map(drawn.map((o) => [o.key, { label: o.label, shape: o.shape, source: o.source }])).values()];
    return toSvgString(stampChart(node, { ...this.stamp(), chartTitle: this.spec.title, observed }));
  }

  private exportSvg(): void {
    const svg = this.stamped();
    if (svg) download(`${fileSlug(this.stamp().comparisonTitle)}-${this.id}.svg`, `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, 'image/svg+xml');
  }

  private async exportPng(): Promise<void> {
    const svg = this.stamped();
    if (!svg) return;
    const png = await svgToPngBlob(svg, 2);
    download(`${fileSlug(this.stamp().comparisonTitle)}-${this.id}.png`, png);
  }
}
