/**
 * How often an observed-data file has a row. Apart from the header schema so that code which
 * only reads parsed files (the report worker, the app's charts) needs no zod.
 */

/** Months per row: every month, or once per fiscal year (dated by its last month, September). */
export const FREQUENCIES = { monthly: 1, annual: 12 } as const;
export type Frequency = keyof typeof FREQUENCIES;
