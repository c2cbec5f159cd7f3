/**
 * The chart cards: each chart with its text summary, hover/keyboard readout, data-table
 * view and SVG/PNG export. Updates are drawn one chart per task, so the page stays
 * responsive while results stream in.
 */
import type { ChartSpec } from '../charts/chartCatalog.ts';
import { renderChart } from '../charts/chartCatalog.ts';
import type { PlotFrame } from '../charts/chartFrame.ts';
import { chartTable } from '../charts/chartTable.ts';
import { positionAt, positions, readoutAt } from '../charts/readout.ts';
import { stampChart, type StampInfo } from '../charts/stampChart.ts';
import { toSvgString } from '../charts/vnode.ts';
import { download, el, fileSlug, mountVNode } from './dom.ts';
import { patchChildren } from './patchVNode.ts';
import { svgToPngBlob } from './svgToPng.ts';
import { nextFrame } from './nextTask.ts';
import { FIRST_PICTURE_MARK } from './marks.ts';

interface Card {
  readonly id: string;
  readonly root: HTMLElement;
  readonly holder: HTMLElement;
  readonly summary: HTMLElement;
  readonly tableBox: HTMLElement;
  readonly tableButton: HTMLButtonElement;
  readonly tooltip: HTMLElement;
  readonly live: HTMLElement;
  spec: ChartSpec | null;
  /** Serialized tree last drawn: an update with the same tree is skipped. */
  drawn: string;
  frame: PlotFrame | null;
  svg: SVGSVGElement | null;
  /** Position read out by hover or keys, or null. */
  cursor: number | null;
}

/** Everything an export is stamped with, except the chart's own title. */
export type StampContext = () => Omit<StampInfo, 'chartTitle'>;

export class ChartsView {
  private readonly cards = new Map<string, Card>();
  private pending: ChartSpec[] | null = null;
  private drawing = false;
  private loop: Promise<void> = Promise.resolve();

  /** Width charts are drawn at, in SVG user units (= CSS pixels divided by the zoom). */
  private width = 0;
  private latest: ChartSpec[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly stamp: StampContext,
  ) {
    // Charts are drawn at the width they are shown at, so text is always its stated size;
    // on a resize (or entering presenter mode) they are drawn again.
    if (typeof ResizeObserver === 'function') {
      let timer: ReturnType<typeof setTimeout> | null = null;
      new ResizeObserver(() => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => this.relayout(), 120);
      }).observe(root);
    }
  }

  /** Presenter mode shows charts 1.3 times larger: same layout, bigger type and lines. */
  private get zoom(): number {
    return document.body.classList.contains('presenter') ? 1.3 : 1;
  }

  private measure(): number {
    const holder = this.root.querySelector<HTMLElement>('.chart-holder');
    const px = holder?.clientWidth ?? 0;
    return px > 0 ? Math.max(340, Math.round(px / this.zoom)) : 720;
  }

  /** Redraws every chart if the width they should be drawn at has changed. */
  relayout(): void {
    const w = this.measure();
    if (Math.abs(w - this.width) < 2 || this.latest.length === 0) return;
    this.width = w;
    this.update(this.latest);
  }

  /** Queues new specs; the latest specs win if several arrive during a draw. */
  update(specs: readonly ChartSpec[]): void {
    this.latest = [...specs];
    this.pending = [...specs];
    if (!this.drawing) this.loop = this.drawLoop();
  }

  /**
   * Creates the cards of these charts at once, empty, so later drawing never changes the
   * page's structure (only each card's inside).
   */
  prepare(specs: readonly ChartSpec[]): void {
    for (const spec of specs) if (!this.cards.has(spec.id)) this.createCard(spec);
  }

  /** Resolves once everything queued is drawn. */
  async idle(): Promise<void> {
    while (this.drawing) await this.loop;
  }

  /** Chart ids in page order. */
  get ids(): string[] {
    return [...this.cards.keys()];
  }

  /** Moves keyboard focus to the chart with this index (presenter shortcuts). */
  focusChart(index: number): void {
    const card = [...this.cards.values()][index];
    if (!card) return;
    card.holder.focus();
    card.root.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  private async drawLoop(): Promise<void> {
    this.drawing = true;
    try {
      while (this.pending) {
        // Start on a fresh frame: the caller's task (a message from a worker) stays short.
        await nextFrame();
        const specs = this.pending;
        if (!specs) break;
        this.pending = null;
        for (const spec of specs) {
          if (this.pending) break; // newer data arrived: draw that instead
          // At most one chart changes per frame, so no frame has to lay out and paint them all.
          if (this.draw(spec)) await nextFrame();
        }
      }
    } finally {
      this.drawing = false;
    }
  }

  /** Draws a chart; returns false when nothing changed since the last draw. */
  private draw(given: ChartSpec): boolean {
    const card = this.cards.get(given.id) ?? this.createCard(given);
    if (this.width === 0) this.width = this.measure();
    const spec = { ...given, width: this.width };
    const { node, frame } = renderChart(spec);
    const text = toSvgString(node);
    card.spec = spec;
    if (text === card.drawn) return false;
    card.drawn = text;
    card.holder.style.aspectRatio = `${frame.width} / ${frame.height}`;
    let svg = card.svg;
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
      card.holder.replaceChildren(svg);
    }
    svg.setAttribute('viewBox', String(node.attrs.viewBox));
    card.frame = frame;
    card.svg = svg;
    card.summary.textContent = spec.summary;
    const hasData = positions(spec) > 0;
    card.root.dataset.hasData = String(hasData);
    // For measurements (the end-to-end tests and the benchmark read it): when the page first
    // showed data.
    if (hasData && performance.getEntriesByName(FIRST_PICTURE_MARK).length === 0) performance.mark(FIRST_PICTURE_MARK);
    if (card.cursor !== null) this.showReadout(card, card.cursor, false);
    if (!card.tableBox.hidden) this.fillTable(card);
    return true;
  }

  private createCard(spec: ChartSpec): Card {
    const titleId = `chart-${spec.id}-title`;
    const tableButton = el('button', { type: 'button', class: 'tool', 'aria-expanded': 'false', 'aria-controls': `chart-${spec.id}-table` }, 'Table');
    const svgButton = el('button', { type: 'button', class: 'tool', title: 'Download this chart as SVG' }, 'SVG');
    const pngButton = el('button', { type: 'button', class: 'tool', title: 'Download this chart as PNG' }, 'PNG');
    const holder = el('div', {
      class: 'chart-holder',
      tabindex: 0,
      role: 'group',
      'aria-labelledby': titleId,
      'aria-description': 'Use the left and right arrow keys to read exact values; Escape to stop.',
    });
    const tooltip = el('div', { class: 'chart-tooltip', hidden: true });
    const live = el('div', { class: 'visually-hidden', 'aria-live': 'polite' });
    const summary = el('p', { class: 'chart-summary', id: `chart-${spec.id}-summary` });
    const tableBox = el('div', { class: 'chart-table', id: `chart-${spec.id}-table`, hidden: true });
    const root = el(
      'article',
      { class: `chart-card chart-${spec.kind}`, id: `chart-${spec.id}`, 'data-chart': spec.id, 'aria-labelledby': titleId },
      el('header', { class: 'chart-header' }, el('h3', { id: titleId }, spec.title), el('div', { class: 'chart-tools' }, tableButton, svgButton, pngButton)),
      el('div', { class: 'chart-stage' }, holder, tooltip),
      summary,
      live,
      tableBox,
    );
    const card: Card = { id: spec.id, root, holder, summary, tableBox, tableButton, tooltip, live, spec: null, drawn: '', frame: null, svg: null, cursor: null };
    this.cards.set(spec.id, card);
    this.root.append(root);

    tableButton.addEventListener('click', () => {
      const open = tableBox.hidden;
      tableBox.hidden = !open;
      tableButton.setAttribute('aria-expanded', String(open));
      if (open) this.fillTable(card);
    });
    svgButton.addEventListener('click', () => this.exportSvg(card));
    pngButton.addEventListener('click', () => void this.exportPng(card));
    holder.addEventListener('pointermove', (e) => this.onPointer(card, e));
    holder.addEventListener('pointerleave', () => this.hideReadout(card));
    holder.addEventListener('keydown', (e) => this.onKey(card, e));
    holder.addEventListener('blur', () => this.hideReadout(card));
    return card;
  }

  private svgPoint(card: Card, e: PointerEvent): { x: number; y: number } | null {
    if (!card.svg || !card.frame) return null;
    const rect = card.svg.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return null;
    return { x: ((e.clientX - rect.left) / rect.width) * card.frame.width, y: ((e.clientY - rect.top) / rect.height) * card.frame.height };
  }

  private onPointer(card: Card, e: PointerEvent): void {
    const p = this.svgPoint(card, e);
    if (!p || !card.spec || !card.frame) return;
    const inside = p.x >= card.frame.left && p.x <= card.frame.left + card.frame.plotWidth && p.y >= card.frame.top - 10 && p.y <= card.frame.top + card.frame.plotHeight + 10;
    const index = inside ? positionAt(card.spec, card.frame, p.x, p.y) : -1;
    if (index < 0 || index >= positions(card.spec)) {
      this.hideReadout(card);
      return;
    }
    this.showReadout(card, index, false);
  }

  private onKey(card: Card, e: KeyboardEvent): void {
    if (!card.spec) return;
    const n = positions(card.spec);
    if (n === 0) return;
    const step = e.shiftKey ? 10 : 1;
    const at = card.cursor ?? -1;
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = Math.min(n - 1, at < 0 ? 0 : at + step);
    else if (e.key === 'ArrowLeft') next = Math.max(0, at < 0 ? n - 1 : at - step);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape' && card.cursor !== null) {
      this.hideReadout(card);
      e.stopPropagation();
      return;
    }
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    this.showReadout(card, next, true);
  }

  private showReadout(card: Card, index: number, announce: boolean): void {
    if (!card.spec || !card.frame || !card.svg) return;
    const r = readoutAt(card.spec, card.frame, index);
    if (!r) return this.hideReadout(card);
    card.cursor = r.index;
    card.svg.querySelector('.hover-rule')?.remove();
    if (r.x !== null) {
      const rule = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      rule.setAttribute('class', 'hover-rule');
      rule.setAttribute('x1', String(r.x));
      rule.setAttribute('x2', String(r.x));
      rule.setAttribute('y1', String(card.frame.top));
      rule.setAttribute('y2', String(card.frame.top + card.frame.plotHeight));
      card.svg.append(rule);
    }
    card.tooltip.replaceChildren(
      el('strong', {}, r.heading),
      ...r.lines.map((l) => el('div', { class: 'readout-line', 'data-scenario': l.key }, el('span', { class: l.key.endsWith('-cap') ? 'swatch swatch-cap' : `swatch swatch-${l.key}` }), l.text)),
    );
    card.tooltip.hidden = false;
    // Beside the hover rule, on whichever side it fits inside the card (cards clip their paint).
    const stageWidth = card.holder.clientWidth;
    const anchor = ((r.x ?? card.frame.left + card.frame.plotWidth * 0.5) / card.frame.width) * stageWidth;
    const w = card.tooltip.offsetWidth;
    let left = anchor + 12;
    if (left + w > stageWidth) left = anchor - 12 - w;
    if (left < 0) left = Math.max(0, stageWidth - w);
    card.tooltip.style.left = `${Math.round(left)}px`;
    if (announce) card.live.textContent = `${r.heading}. ${r.lines.map((l) => l.text.trim()).join('. ')}`;
  }

  private hideReadout(card: Card): void {
    card.cursor = null;
    card.tooltip.hidden = true;
    card.svg?.querySelector('.hover-rule')?.remove();
  }

  private fillTable(card: Card): void {
    if (!card.spec) return;
    const t = chartTable(card.spec);
    const table = el(
      'table',
      {},
      el('caption', {}, t.caption),
      el('thead', {}, el('tr', {}, ...t.columns.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, ...t.rows.map((row) => el('tr', {}, ...row.map((cell, i) => (i === 0 ? el('th', { scope: 'row' }, cell) : el('td', {}, cell)))))),
    );
    card.tableBox.replaceChildren(table);
  }

  /** The chart as a standalone SVG, drawn at a fixed width so exports look alike. */
  private stamped(card: Card): string | null {
    if (!card.spec) return null;
    const { node } = renderChart({ ...card.spec, width: 720 });
    return toSvgString(stampChart(node, { ...this.stamp(), chartTitle: card.spec.title }));
  }

  private exportSvg(card: Card): void {
    const svg = this.stamped(card);
    if (svg) download(`${fileSlug(this.stamp().comparisonTitle)}-${card.id}.svg`, `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, 'image/svg+xml');
  }

  private async exportPng(card: Card): Promise<void> {
    const svg = this.stamped(card);
    if (!svg) return;
    const png = await svgToPngBlob(svg, 2);
    download(`${fileSlug(this.stamp().comparisonTitle)}-${card.id}.png`, png);
  }
}
