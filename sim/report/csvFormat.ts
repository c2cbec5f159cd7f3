/**
 * CSV quoting and number formatting shared by every CSV writer (RFC 4180 quoting, `\n`
 * line ends). Written here rather than taken from a library because `sim/` must run
 * unchanged in a browser worker, a Node worker thread and a test.
 */

/** A value that can go into one CSV cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Formats a number for CSV so that it reads back exactly in pandas and R: the shortest
 * decimal that round-trips (JavaScript's `String(n)`), `NA` for NaN, `Inf`/`-Inf` for
 * infinities (both `read.csv` and `pandas.read_csv` parse these), `-0` kept as `-0`.
 */
export function csvNumber(value: number): string {
  if (Number.isNaN(value)) return 'NA';
  if (value === Infinity) return 'Inf';
  if (value === -Infinity) return '-Inf';
  return Object.is(value, -0) ? '-0' : String(value);
}

const needsQuotes = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell: numbers through {@link csvNumber}; `null`/`undefined` as an empty cell;
 * text quoted (with inner quotes doubled) when it holds a comma, a quote, a line break or
 * leading/trailing white space.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  const text = String(value);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, terminated by `\n`. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\n';
}
