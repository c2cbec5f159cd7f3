/**
 * Observed (published) data: the loader, the manifest of shipped files and the checks of
 * each file against its publisher's annual totals. See docs/data.md for sources and gaps.
 */
export { OBSERVED_UNITS, OBSERVED_UNIT_IDS, type ObservedUnit } from './units.ts';
export { FREQUENCIES, type Frequency } from './frequencies.ts';
export { HEADER_KEYS } from './headerSchema.ts';
export { COLUMNS, ObservedDataError, loadObserved, parseObserved, type ObservedError, type ObservedFile, type ObservedMeta, type ObservedPoint, type ObservedResult, type ObservedSeries } from './parseObserved.ts';
export { OBSERVED_FILES, observedFileDef, type ModelComparison, type ObservedFileDef, type ObservedSeriesDef, type PublishedTotal } from './manifest.ts';
export { comparisonValues } from './comparisonValues.ts';
export { checkTotal, fiscalYearValues, type TotalCheck } from './totals.ts';
export { addMonths, daysInMonth, fiscalYearMonths, fiscalYearOf, monthIndex } from './months.ts';
