/** Number formatting for axes, tooltips, tables and chart summaries, by unit. */
import { format } from 'd3-format';
import type { Unit } from '../../sim/model/metrics.ts';

const compact = format('~s');
const grouped = format(',.0f');
const oneDecimal = format(',.1f');
const percent = format('.1%');
const currencyCompact = format('$~s');

/** An axis tick: short (12k, $3.4M, 25%). */
export function formatTick(value: number, unit: Unit): string {
  if (unit === 'share') return format('.0%')(value);
  if (unit === 'USD') return currencyCompact(value).replace('G', 'B');
  return Math.abs(value) >= 1000 ? compact(value).replace('G', 'B') : format('~r')(value);
}

/** A value for tables, tooltips and summaries: full precision that a reader needs (12,345; 39.5 h; 12.3%; $1.2M). */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'share':
      return percent(value);
    case 'USD':
      return Math.abs(value) >= 1e6 ? `$${format(',.3~s')(value).replace('G', 'B')}` : `$${grouped(value)}`;
    case 'hours':
      return `${oneDecimal(value)} h`;
    case 'days':
      return Math.abs(value) < 100 ? oneDecimal(value) : grouped(value);
    default:
      return Math.abs(value) < 10 && value !== Math.round(value) ? oneDecimal(value) : grouped(value);
  }
}

/** A signed difference (+1,234; −5.0 h). */
export function formatDifference(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  const text = formatValue(Math.abs(value), unit);
  if (value === 0 || text === formatValue(0, unit)) return text;
  // A word joiner keeps the sign on the line of an amount of money ("−$138M"), which may otherwise break there.
  return `${value > 0 ? '+' : '−'}${unit === 'USD' ? '\u2060' : ''}${text}`;
}

/** A 95% interval as "[lo, hi]", or an empty string when it is undefined (one replication). */
export function formatInterval(ci: readonly [number, number], unit: Unit, signed = false): string {
  if (!Number.isFinite(ci[0]) || !Number.isFinite(ci[1])) return '';
  const f = signed ? formatDifference : formatValue;
  return `[${f(ci[0], unit)}, ${f(ci[1], unit)}]`;
}
