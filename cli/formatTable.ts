/** Plain-text tables for the terminal. */

const big = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const small = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });

/** A number for reading: thousands separators from 10,000 up, four significant digits below; a dash for NaN (a mean over nobody, see MetricDef.emptyWhen). */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return Math.abs(x) >= 10_000 ? big.format(x) : small.format(x);
}

/** A 95% interval as `[lo, hi]`. */
export function formatInterval(ci: readonly [number, number]): string {
  return Number.isNaN(ci[0]) ? '—' : `[${formatNumber(ci[0])}, ${formatNumber(ci[1])}]`;
}

/**
 * Renders rows as aligned columns separated by two spaces, with a rule under the header.
 * Columns listed in `right` are right-aligned (numbers).
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => (right.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
