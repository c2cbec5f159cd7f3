/**
 * The comment header every observed-data file opens with, as a zod schema. Each line is
 * `# key: value`; the keys below are the only ones allowed, and the first five are required
 * and must not be empty. Values are plain text except `units`, `frequency` and `partial`,
 * which the parser splits further.
 */
import { z } from 'zod';
import { OBSERVED_UNIT_IDS } from './units.ts';
import { MONTH_PATTERN } from './months.ts';
import { FREQUENCIES, type Frequency } from './frequencies.ts';

const text = (what: string) => z.string({ error: `a "# ${what}: ..." comment line` }).trim().min(1, { error: 'non-empty text' });

export const headerSchema = z.strictObject({
  /** Document title, publisher and address of the publication the numbers come from. */
  source: text('source'),
  /** When the publisher released that version. */
  published: text('published'),
  /** The stored copy that was actually read (page address, or repository file and commit). */
  'retrieved-from': text('retrieved-from'),
  /** What is counted: geography, component, authority, population. */
  definitions: text('definitions'),
  /** `series=unit` pairs, comma separated; every series in the rows must be listed. */
  units: text('units'),
  /** `monthly` (the default) or `annual`. */
  frequency: z.enum(Object.keys(FREQUENCIES) as [Frequency, ...Frequency[]], { error: `one of ${Object.keys(FREQUENCIES).map((f) => JSON.stringify(f)).join(', ')}` }).optional(),
  /** Checks and caveats, in words. */
  notes: text('notes').optional(),
  /** `YYYY-MM: why` for a month that the publisher covers only in part (one line each). */
  partial: z.array(text('partial')).optional(),
});

export type ObservedHeader = z.output<typeof headerSchema>;

/** The comment keys a file may use. */
export const HEADER_KEYS = Object.keys(headerSchema.shape) as (keyof ObservedHeader)[];

/** Keys that may appear on more than one line (each line adds an entry). */
export const REPEATABLE_KEYS: readonly string[] = ['partial'];

/** One `series=unit` entry of the units line. */
export const unitEntrySchema = z.object({
  series: z.string().regex(/^[A-Za-z][\w.]*$/, { error: 'a series id (letters, digits, "_" or ".")' }),
  unit: z.enum(OBSERVED_UNIT_IDS, { error: `a known unit, one of ${OBSERVED_UNIT_IDS.map((u) => JSON.stringify(u)).join(', ')}` }),
});

/** One data row, after its value text has been read as a number where it looks like one. */
export const rowSchema = z.object({
  month: z.string().regex(MONTH_PATTERN, { error: 'a month as YYYY-MM' }),
  series: z.string().min(1, { error: 'a series id' }),
  value: z.number({ error: 'a finite number' }).nonnegative({ error: 'a number >= 0' }),
});
