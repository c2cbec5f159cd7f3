/** Draws the table of differences (see `ui/tables/differenceTable.ts`) as an HTML table. */
import type { DifferenceTable } from '../tables/differenceTable.ts';
import { el } from './dom.ts';

/** Replaces the table's content; columns after the first scenario alternate value / difference. */
export function drawDifferences(table: HTMLTableElement, data: DifferenceTable, scenarioSlots: readonly number[]): void {
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, 'Measure'),
    ...data.columns.map((c, i) => {
      const slot = i === 0 ? scenarioSlots[0] : scenarioSlots[Math.ceil(i / 2)];
      const isDiff = i > 0 && i % 2 === 0;
      return el('th', { scope: 'col', class: isDiff ? 'diff-col' : 'value-col' }, isDiff ? null : el('span', { class: `swatch swatch-${slot}` }), isDiff ? '' : ' ', c);
    }),
  );
  const body = data.rows.map((row) =>
    el(
      'tr',
      { 'data-metric': row.metric },
      el('th', { scope: 'row' }, row.label, ' ', el('span', { class: 'unit' }, `(${row.unit})`)),
      ...row.cells.map((cell) =>
        el(
          'td',
          { class: cell.clear === undefined ? null : cell.clear ? `clear${cell.judgement ? ` ${cell.judgement}` : ''}` : 'unclear' },
          cell.direction ? el('span', { class: 'mark', 'aria-hidden': 'true' }, cell.direction === 'up' ? '▲ ' : '▼ ') : null,
          cell.text,
          cell.judgement ? el('span', { class: 'judgement' }, ` ${cell.judgement}`) : cell.clear ? el('span', { class: 'visually-hidden' }, ' (clear of chance)') : null,
          cell.detail ? el('span', { class: 'ci' }, cell.detail) : null,
        ),
      ),
    ),
  );
  table.replaceChildren(el('caption', { class: 'visually-hidden' }, 'Mean of each measure per scenario with its 95% interval, and the paired difference from the baseline with its 95% interval'), el('thead', {}, head), el('tbody', {}, ...body));
}
