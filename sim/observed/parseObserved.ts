/**
 * Parses and validates one observed-data file from its text. Pure: no file system, no DOM,
 * so the browser (Vite `?raw` import) and Node (read the file, pass the text) share it.
 *
 * A file is comment lines (`# key: value`, see headerSchema.ts), the header row
 * `month,series,value`, then one row per month and series. Every problem is reported at
 * once, each naming the file, the line, the field, the value and what was expected.
 */
import type { z } from 'zod';
import { FREQUENCIES, type Frequency } from './frequencies.ts';
import { HEADER_KEYS, REPEATABLE_KEYS, headerSchema, rowSchema, unitEntrySchema } from './headerSchema.ts';
import { MONTH_PATTERN, monthIndex } from './months.ts';
import type { ObservedUnit } from './units.ts';

/** The header row every file must have after its comments. */
export const COLUMNS = 'month,series,value';

/** One problem in an observed-data file. */
export interface ObservedError {
  /** The file name given to the parser. */
  file: string;
  /** 1-based line number (0 when the problem is the file as a whole). */
  line: number;
  /** The field at fault: a header key (`source`, `units`), `header row`, or a column (`month`, `series`, `value`). */
  field: string;
  /** The offending value as written (undefined if missing). */
  value: unknown;
  /** What was expected, in plain words. */
  expected: string;
  /** One line for people: `ice.csv:12: value: expected a number >= 0, got "-5"`. */
  message: string;
}

/** One published value. */
export interface ObservedPoint {
  /** `YYYY-MM`; for annual files, the last month (September) of the fiscal year. */
  readonly month: string;
  readonly value: number;
  /** The line it came from, for messages that point back at the file. */
  readonly line: number;
}

/** One series of a file, points in month order. */
export interface ObservedSeries {
  readonly id: string;
  readonly unit: ObservedUnit;
  readonly points: readonly ObservedPoint[];
}

/** Where the numbers come from and what they mean, from the file's comments. */
export interface ObservedMeta {
  readonly source: string;
  readonly published: string;
  readonly retrievedFrom: string;
  readonly definitions: string;
  readonly frequency: Frequency;
  readonly units: Readonly<Record<string, ObservedUnit>>;
  readonly notes?: string;
  /** Months the publisher covers only in part, with the reason given in the file. */
  readonly partial: readonly { month: string; note: string }[];
}

/** A validated file. */
export interface ObservedFile {
  readonly file: string;
  readonly meta: ObservedMeta;
  /** Series by id, in the order the units line lists them. */
  readonly series: Readonly<Record<string, ObservedSeries>>;
}

export type ObservedResult = { ok: true; data: ObservedFile } | { ok: false; errors: ObservedError[] };

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** A number as written in a CSV cell, or the text itself when it is not one. */
function readNumber(text: string): unknown {
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : text;
}

/** Parses and validates `text` as the observed-data file `file`. */
export function parseObserved(file: string, text: string): ObservedResult {
  const errors: ObservedError[] = [];
  const fail = (line: number, field: string, value: unknown, expected: string, detail?: string) => {
    errors.push({ file, line, field, value, expected, message: `${file}:${line}: ${field}: ${detail ?? `expected ${expected}, got ${show(value)}`}` });
  };
  const issuesAt = (issues: readonly z.core.$ZodIssue[], line: number, input: Record<string, unknown>, fieldOf: (key: string) => string) => {
    for (const issue of issues) {
      const key = String(issue.path[0] ?? '');
      fail(line, fieldOf(key), input[key], issue.message);
    }
  };

  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  // Comment header.
  const raw: Record<string, unknown> = {};
  const lineOf: Record<string, number> = {};
  let i = 0;
  for (; i < lines.length && lines[i]!.startsWith('#'); i++) {
    const m = /^#\s*([A-Za-z-]+)\s*:(.*)$/.exec(lines[i]!);
    if (!m) { fail(i + 1, 'comment', lines[i], 'a comment of the form "# key: value"'); continue; } // rule:comment-form
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (!HEADER_KEYS.includes(key as never)) { fail(i + 1, key, value, `one of the comment keys ${HEADER_KEYS.join(', ')}`, `unknown comment key (a typo?); expected one of ${HEADER_KEYS.join(', ')}`); continue; } // rule:known-key
    if (REPEATABLE_KEYS.includes(key)) { const list = (raw[key] ??= []) as unknown[]; list.push(value); lineOf[key] ??= i + 1; continue; }
    if (key in raw) { fail(i + 1, key, value, `a single "# ${key}:" line`, `repeated comment key; the first is on line ${lineOf[key]}`); continue; } // rule:single-key
    raw[key] = value;
    lineOf[key] = i + 1;
  }
  const headerLine = i + 1;
  const header = headerSchema.safeParse(raw);
  if (!header.success) {
    // A missing key has no line of its own: report it at the header row it should precede.
    const missing = header.error.issues.filter((x) => raw[String(x.path[0])] === undefined);
    const present = header.error.issues.filter((x) => raw[String(x.path[0])] !== undefined);
    for (const x of missing) fail(headerLine, String(x.path[0]), undefined, `${x.message} before the header row`); // rule:required-key
    for (const x of present) fail(lineOf[String(x.path[0])] ?? headerLine, String(x.path[0]), raw[String(x.path[0])], x.message); // rule:non-empty
  }

  // Units line: series=unit pairs.
  const units: Record<string, ObservedUnit> = {};
  const badUnit = new Set<string>(); // series whose unit entry was rejected: their rows are not reported again
  if (typeof raw.units === 'string' && raw.units.trim() !== '') {
    for (const entry of raw.units.split(',')) {
      const [series = '', unit = '', ...rest] = entry.split('=').map((s) => s.trim());
      const parsed = unitEntrySchema.safeParse({ series, unit });
      if (rest.length > 0 || !parsed.success) {
        const expected = rest.length > 0 || parsed.success ? 'series=unit' : parsed.error.issues[0]!.message;
        fail(lineOf.units!, 'units', entry.trim(), expected); // rule:known-unit
        badUnit.add(series);
        continue;
      }
      if (series in units) { fail(lineOf.units!, 'units', series, 'each series listed once'); continue; } // rule:unit-once
      units[series] = parsed.data.unit;
    }
  }

  const frequency: Frequency = header.success ? header.data.frequency ?? 'monthly' : 'monthly';

  // Header row.
  if (lines[i] !== COLUMNS) {
    fail(headerLine, 'header row', lines[i], `the header row "${COLUMNS}" after the comment lines`); // rule:header-row
    return { ok: false, errors };
  }

  // Data rows.
  const points: Record<string, ObservedPoint[]> = {};
  const seen = new Map<string, number>();
  for (let n = i + 1; n < lines.length; n++) {
    const line = n + 1;
    const cells = lines[n]!.split(',');
    if (cells.length !== 3) { fail(line, 'row', lines[n], 'three comma-separated cells: month,series,value'); continue; } // rule:three-cells
    const input = { month: cells[0]!.trim(), series: cells[1]!.trim(), value: readNumber(cells[2]!.trim()) };
    const row = rowSchema.safeParse(input);
    if (!row.success) { issuesAt(row.error.issues, line, { ...input, value: typeof input.value === 'number' ? cells[2]!.trim() : input.value }, (k) => k); continue; } // rule:row-schema
    const { month, series, value } = row.data;
    if (!(series in units)) { if (!badUnit.has(series)) fail(line, 'series', series, `a series listed in the units line (${Object.keys(units).join(', ') || 'none listed'})`); continue; } // rule:declared-series
    const key = `${series} ${month}`;
    if (seen.has(key)) { fail(line, 'month', month, `one row per month and series`, `duplicate row for ${series} in ${month}; the first is on line ${seen.get(key)}`); continue; } // rule:no-duplicates
    seen.set(key, line);
    (points[series] ??= []).push({ month, value, line });
  }
  if (seen.size === 0 && errors.length === 0) fail(lines.length, 'row', undefined, 'at least one data row'); // rule:has-rows

  // Contiguity, per series, at the file's frequency.
  const step = FREQUENCIES[frequency];
  for (const [series, pts] of Object.entries(points)) {
    pts.sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
    if (step === 12) for (const p of pts) if (!p.month.endsWith('-09')) fail(p.line, 'month', p.month, 'September (an annual file dates each fiscal year by its last month)'); // rule:annual-september
    for (let k = 1; k < pts.length; k++) {
      const gap = monthIndex(pts[k]!.month) - monthIndex(pts[k - 1]!.month);
      if (gap !== step) fail(pts[k]!.line, 'month', pts[k]!.month, step === 1 ? 'the month after the previous one' : 'the fiscal year after the previous one', `gap in ${series}: ${pts[k - 1]!.month} is followed by ${pts[k]!.month} (months must be contiguous, with no gaps)`); // rule:contiguous
    }
  }
  for (const series of Object.keys(units)) if (!(series in points) && errors.length === 0) fail(lineOf.units!, 'units', series, 'a series with at least one data row'); // rule:unit-used

  // Partial months must name a month that has data.
  const partial: { month: string; note: string }[] = [];
  const months = new Set([...seen.keys()].map((k) => k.split(' ')[1]!));
  for (const entry of header.success ? header.data.partial ?? [] : []) {
    const m = /^(\S+?):\s*(.+)$/.exec(entry);
    if (!m || !MONTH_PATTERN.test(m[1]!) || !months.has(m[1]!)) { fail(lineOf.partial!, 'partial', entry, 'a month of the data, then ":" and the reason ("2022-09: covers 1-24 September")'); continue; } // rule:partial-month
    partial.push({ month: m[1]!, note: m[2]! });
  }

  if (errors.length > 0 || !header.success) return { ok: false, errors };
  const h = header.data;
  const series: Record<string, ObservedSeries> = {};
  for (const id of Object.keys(units)) series[id] = { id, unit: units[id]!, points: points[id] ?? [] };
  const meta: ObservedMeta = {
    source: h.source, published: h.published, retrievedFrom: h['retrieved-from'], definitions: h.definitions,
    frequency, units, partial, ...(h.notes === undefined ? {} : { notes: h.notes }),
  };
  return { ok: true, data: { file, meta, series } };
}

/** An observed-data file that failed validation; `errors` holds every problem. */
export class ObservedDataError extends Error {
  constructor(readonly errors: readonly ObservedError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ObservedDataError';
  }
}

/** Like parseObserved, but returns the file or throws an ObservedDataError. */
export function loadObserved(file: string, text: string): ObservedFile {
  const r = parseObserved(file, text);
  if (!r.ok) throw new ObservedDataError(r.errors);
  return r.data;
}
