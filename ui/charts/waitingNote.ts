/** The note a chart shows in its plot area before any replication has reported. */
import { FONT, FONT_FAMILY } from './chartFrame.ts';
import { INK } from './palette.ts';
import { h, px, type VNode } from './vnode.ts';

/** "Waiting for results…", centred in a plot area of the given size. */
export function waitingNote(plotWidth: number, plotHeight: number): VNode {
  return h('text', { class: 'waiting', x: px(plotWidth / 2), y: px(plotHeight / 2), 'text-anchor': 'middle', 'font-size': FONT.label + 2, 'font-family': FONT_FAMILY, fill: INK.muted }, 'Waiting for results…');
}
