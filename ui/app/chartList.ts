/**
 * The list of chart cards. Charts are drawn by the report worker (see its `draw`); this puts
 * each drawing in place, one chart per frame, so the page stays responsive while results
 * stream in. Every chart is drawn at the width it is shown at, so its text is always its
 * stated size.
 */
import type { ChartSpec } from '../charts/chartCatalog.ts';
import type { PlotFrame } from '../charts/chartFrame.ts';
import type { VNode } from '../charts/vnode.ts';
import { ChartCard, type StampContext } from './chartCard.ts';
import { nextFrame, nextTask } from './nextTask.ts';

export type { StampContext } from './chartCard.ts';

/** Draws chart `id` of the specs numbered `generation` at `width` (null: unknown; no node: unchanged from `known`). */
export type ChartDrawer = (generation: number, id: string, width: number, known: number | null) => Promise<{ readonly hash: number; readonly node?: VNode; readonly frame?: PlotFrame } | null>;

/** Chart cards created in one task by `prepare`. */
const PREPARE_CHUNK = 3;

export class ChartList {
  private readonly cards = new Map<string, ChartCard>();
  private pending: { specs: ChartSpec[]; generation: number } | null = null;
  private drawing = false;
  private loop: Promise<void> = Promise.resolve();
  /** Width charts are drawn at, in SVG user units (= CSS pixels divided by the zoom). */
  private width = 0;
  private latest: { specs: ChartSpec[]; generation: number } | null = null;
  /** Settles once the cards `prepare` was last asked for are in place. */
  private prepared: Promise<void> = Promise.resolve();

  constructor(
    private readonly root: HTMLElement,
    private readonly stamp: StampContext,
    private readonly drawer: ChartDrawer,
  ) {
    // On a resize (or entering presenter mode) the charts are drawn again at their new width.
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
    return px > 0 ? Math.max(300, Math.round(px / this.zoom)) : 720;
  }

  /** Draws every chart again if the width they should be drawn at has changed. */
  relayout(): void {
    const w = this.measure();
    if (Math.abs(w - this.width) < 2 || !this.latest) return;
    this.width = w;
    this.update(this.latest.specs, this.latest.generation);
  }

  /** Queues new specs (numbered `generation` in the report worker); the latest win if several arrive during a draw. */
  update(specs: readonly ChartSpec[], generation: number): void {
    this.latest = { specs: [...specs], generation };
    this.pending = this.latest;
    if (!this.drawing) this.loop = this.drawLoop();
  }

  /**
   * Creates the cards of these charts, empty, so later drawing never changes the page's
   * structure (only each card's inside): PREPARE_CHUNK cards a task (the page's nine cards at
   * once took a 60-70 ms task on a busy 2-core machine), and drawing waits until all are in.
   */
  prepare(specs: readonly ChartSpec[]): Promise<void> {
    const before = this.prepared;
    this.prepared = (async () => {
      await before;
      let made = 0;
      for (const spec of specs) {
        if (this.cards.has(spec.id)) continue;
        if (made > 0 && made % PREPARE_CHUNK === 0) await nextTask();
        this.createCard(spec);
        made++;
      }
    })();
    return this.prepared;
  }

  /** Resolves once everything queued is drawn. */
  async idle(): Promise<void> {
    while (this.drawing) await this.loop;
  }

  /** Chart ids in page order. */
  get ids(): string[] {
    return [...this.cards.keys()];
  }

  /**
   * Brings the chart with this index into view. `focusChart` moves keyboard focus onto the
   * chart itself (its arrow keys then read values); otherwise the card is focused as a whole
   * and the page's keys keep their meaning.
   */
  showChart(index: number, focusChart: boolean): void {
    const card = [...this.cards.values()][index];
    if (!card) return;
    (focusChart ? card.holder : card.root).focus({ preventScroll: true });
    card.root.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  private async drawLoop(): Promise<void> {
    this.drawing = true;
    try {
      while (this.pending) {
        // Start on a fresh frame: the caller's task (a message from a worker) stays short.
        await nextFrame();
        await this.prepared; // the cards in page order first
        const batch = this.pending;
        if (!batch) break;
        this.pending = null;
        if (this.width === 0) this.width = this.measure();
        for (const spec of batch.specs) {
          if (this.pending) break; // newer data arrived: draw that instead
          const card = this.cards.get(spec.id) ?? this.createCard(spec);
          const width = this.width;
          const drawing = await this.drawer(batch.generation, spec.id, width, card.drawn);
          if (this.pending) break;
          // At most one chart changes per frame, so no frame has to lay out and paint them all.
          if (card.show({ ...spec, width }, drawing)) await nextFrame();
        }
      }
    } finally {
      this.drawing = false;
    }
  }

  private createCard(spec: ChartSpec): ChartCard {
    const card = new ChartCard(spec.id, spec, this.stamp);
    this.cards.set(spec.id, card);
    this.root.append(card.root);
    return card;
  }
}
