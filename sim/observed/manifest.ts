/**
 * The observed-data files shipped in `data/observed/`, what each series is, which model
 * output it can be compared with, and the published annual totals its months must add up
 * to. This module names files but does not read them: the browser imports a file's text
 * with Vite's `?raw`, Node reads it from disk, and both pass the text to `loadObserved`.
 */
import type { MetricId } from '../model/metrics.ts';
import type { SeriesId } from '../model/series.ts';
import type { ObservedUnit } from './units.ts';

/** One series of a file, as the manifest describes it (the file's units line must agree). */
export interface ObservedSeriesDef {
  readonly id: string;
  readonly label: string;
  readonly unit: ObservedUnit;
}

/**
 * A model output an observed quantity can be set beside. `observed` lists the file's series
 * whose values are added to form the comparable quantity (USBP Title 8 plus Title 42 is the
 * model's Border Patrol encounters). `aggregate` says how the model's daily values become one
 * value per observed period: `sum` for daily counts, `mean` for daily means (an average daily
 * population), `end` for an end-of-day stock read on the period's last day.
 */
export interface ModelComparison {
  readonly model: { readonly series: SeriesId } | { readonly metric: MetricId };
  readonly observed: readonly string[];
  readonly aggregate: 'sum' | 'mean' | 'end';
}

/**
 * A published total the file's months must reproduce. `sum`: the months of the fiscal year
 * add up to `value`. `dayWeightedMean`: the mean of the monthly values weighted by days in
 * each month (with `days` overriding months the publisher covers only in part) equals `value`,
 * as an annual average daily population does.
 */
export interface PublishedTotal {
  readonly kind: 'sum' | 'dayWeightedMean';
  readonly fiscalYear: number;
  /** Series added together before the check. */
  readonly series: readonly string[];
  readonly value: number;
  /** Largest accepted absolute difference, and why it is not 0. */
  readonly tolerance: number;
  readonly toleranceReason?: string;
  readonly days?: Readonly<Record<string, number>>;
  /** Months of the fiscal year the series has (12 unless the series starts or ends within it). */
  readonly months: number;
  /** Where the published total comes from. */
  readonly source: string;
}

export interface ObservedFileDef {
  /** Stable id, used in reports and URLs. */
  readonly id: string;
  /** File name in `data/observed/`. */
  readonly file: string;
  readonly label: string;
  /** Fiscal years with at least one month in the file. */
  readonly fiscalYears: readonly number[];
  readonly series: readonly ObservedSeriesDef[];
  readonly compare: readonly ModelComparison[];
  readonly totals: readonly PublishedTotal[];
}

const s = (id: string, unit: ObservedUnit, label: string): ObservedSeriesDef => ({ id, unit, label });
const sum = (fiscalYear: number, series: readonly string[], value: number, source: string, opts: { tolerance?: number; toleranceReason?: string; months?: number } = {}): PublishedTotal =>
  ({ kind: 'sum', fiscalYear, series, value, source, tolerance: opts.tolerance ?? 0, months: opts.months ?? 12, ...(opts.toleranceReason ? { toleranceReason: opts.toleranceReason } : {}) });
const adp = (fiscalYear: number, value: number, source: string, days?: Record<string, number>): PublishedTotal =>
  ({ kind: 'dayWeightedMean', fiscalYear, series: ['adp.total'], value, months: 12, tolerance: 0.5, toleranceReason: 'monthly ADPs are published to a fraction of a person and the annual ADP to a whole one', source, ...(days ? { days } : {}) });

const OHSS_ANNUAL = 'OHSS KHSM Encounters (USBP), "Annual Region" sheet';
const ROUNDED = { tolerance: 60, toleranceReason: 'OHSS rounds each monthly and each annual value to 10 on its own' };
const CBP_SWB = 'CBP, Southwest Land Border Encounters (FY2022-FY2024 totals)';
const ICE_BOOK = (fy: number) => `ICE Detention Statistics FY${fy}, "ICE Initial Book-Ins by Arresting Agency and Month", Total column`;
const ICE_ADP = (fy: number) => `ICE Detention Statistics FY${fy}, "ICE Average Daily Population by Arresting Agency, Month and Criminality", FY Overall`;

const iceSeries = (last: 'releases' | 'bookOuts'): ObservedSeriesDef[] => [
  s('adp.total', 'people', 'ICE detention, average daily population'),
  s('adp.cbp', 'people', 'ICE detention ADP, arrested by CBP'),
  s('adp.ice', 'people', 'ICE detention ADP, arrested by ICE'),
  s('bookIns.total', 'people/month', 'ICE initial book-ins'),
  s('bookIns.cbp', 'people/month', 'ICE book-ins, arrested by CBP'),
  s('bookIns.ice', 'people/month', 'ICE book-ins, arrested by ICE'),
  s('alos.total', 'days', 'ICE average length of stay'),
  s('releases.bond', 'people/month', 'Released on bond'),
  s('releases.parole', 'people/month', 'Released on parole'),
  s('releases.recognizance', 'people/month', 'Released on order of recognizance'),
  s('releases.supervision', 'people/month', 'Released on order of supervision'),
  ...(last === 'releases'
    ? [s('releases.total', 'people/month', 'All final releases')]
    : [s('bookOuts.removal', 'people/month', 'Book-outs to removal'), s('bookOuts.total', 'people/month', 'All final book-outs')]),
];
const iceCompare: ModelComparison[] = [
  { model: { series: 'detention.occupancy' }, observed: ['adp.total'], aggregate: 'mean' },
  { model: { series: 'detention.bookIns' }, observed: ['bookIns.total'], aggregate: 'sum' },
];

export const OBSERVED_FILES: readonly ObservedFileDef[] = [
  {
    id: 'cbp-sw-encounters',
    file: 'cbp-sw-encounters-fy2022-2024.csv',
    label: 'Southwest border encounters by component and title (CBP)',
    fiscalYears: [2022, 2023, 2024],
    series: [
      s('usbp.title8', 'people/month', 'Border Patrol apprehensions (Title 8)'),
      s('usbp.title42', 'people/month', 'Border Patrol expulsions (Title 42)'),
      s('ofo.title8', 'people/month', 'Port inadmissibles (Title 8)'),
      s('ofo.title42', 'people/month', 'Port expulsions (Title 42)'),
    ],
    compare: [
      { model: { series: 'encounters.bp' }, observed: ['usbp.title8', 'usbp.title42'], aggregate: 'sum' },
      { model: { series: 'encounters.ofo' }, observed: ['ofo.title8', 'ofo.title42'], aggregate: 'sum' },
      { model: { series: 'encounters' }, observed: ['usbp.title8', 'usbp.title42', 'ofo.title8', 'ofo.title42'], aggregate: 'sum' },
      { model: { series: 'dispositions.expelled' }, observed: ['usbp.title42', 'ofo.title42'], aggregate: 'sum' },
    ],
    totals: [
      sum(2022, ['usbp.title8', 'usbp.title42', 'ofo.title8', 'ofo.title42'], 2_378_944, CBP_SWB),
      sum(2022, ['usbp.title8', 'usbp.title42'], 2_206_436, CBP_SWB),
      sum(2022, ['ofo.title8', 'ofo.title42'], 172_508, CBP_SWB),
      sum(2022, ['usbp.title42'], 1_054_084, 'CBP, Title 42 expulsions by Border Patrol, FY2022'),
      sum(2022, ['ofo.title42'], 25_423, 'CBP, Title 42 expulsions by OFO, FY2022'),
      sum(2023, ['usbp.title8', 'usbp.title42', 'ofo.title8', 'ofo.title42'], 2_475_669, CBP_SWB),
      sum(2023, ['usbp.title8', 'usbp.title42'], 2_045_838, CBP_SWB),
      sum(2023, ['ofo.title8', 'ofo.title42'], 429_831, CBP_SWB),
      sum(2023, ['usbp.title42'], 549_771, 'CBP, Title 42 expulsions by Border Patrol, FY2023', { months: 8 }),
      sum(2023, ['ofo.title42'], 14_609, 'CBP, Title 42 expulsions by OFO, FY2023', { months: 8 }),
      sum(2024, ['usbp.title8', 'ofo.title8'], 2_135_005, CBP_SWB),
      sum(2024, ['usbp.title8'], 1_530_523, CBP_SWB),
      sum(2024, ['ofo.title8'], 604_482, CBP_SWB),
    ],
  },
  {
    id: 'ohss-usbp-sw-encounters',
    file: 'ohss-usbp-sw-encounters-fy2019-2021.csv',
    label: 'Southwest border, Border Patrol encounters FY2019-FY2021 (DHS OHSS, rounded to 10)',
    fiscalYears: [2019, 2020, 2021],
    series: [s('usbp.total', 'people/month', 'Border Patrol encounters (Title 8 and Title 42)')],
    compare: [{ model: { series: 'encounters.bp' }, observed: ['usbp.total'], aggregate: 'sum' }],
    totals: [
      sum(2019, ['usbp.total'], 851_510, OHSS_ANNUAL, ROUNDED),
      sum(2020, ['usbp.total'], 400_650, OHSS_ANNUAL, ROUNDED),
      sum(2021, ['usbp.total'], 1_659_210, OHSS_ANNUAL, ROUNDED),
    ],
  },
  {
    id: 'cbp-mpp-fy2020',
    file: 'cbp-mpp-fy2020.csv',
    label: 'MPP enrollments and Southwest border encounters, January-September 2020 (CBP)',
    fiscalYears: [2020],
    series: [
      s('usbp.total', 'people/month', 'Border Patrol apprehensions and expulsions'),
      s('ofo.total', 'people/month', 'Port inadmissibles and expulsions'),
      s('mpp.usbp', 'people/month', 'MPP enrollments by Border Patrol'),
      s('mpp.ofo', 'people/month', 'MPP enrollments at ports'),
    ],
    compare: [
      { model: { series: 'encounters.bp' }, observed: ['usbp.total'], aggregate: 'sum' },
      { model: { series: 'encounters.ofo' }, observed: ['ofo.total'], aggregate: 'sum' },
      { model: { series: 'dispositions.mpp' }, observed: ['mpp.usbp', 'mpp.ofo'], aggregate: 'sum' },
    ],
    totals: [],
  },
  {
    id: 'cbp-mpp-fy2021',
    file: 'cbp-mpp-fy2021.csv',
    label: 'MPP enrollments (October 2020-January 2021) and Southwest border encounters FY2021 (CBP)',
    fiscalYears: [2021],
    series: [
      s('usbp.total', 'people/month', 'Border Patrol apprehensions and expulsions'),
      s('ofo.total', 'people/month', 'Port inadmissibles and expulsions'),
      s('mpp.usbp', 'people/month', 'MPP enrollments by Border Patrol'),
      s('mpp.ofo', 'people/month', 'MPP enrollments at ports'),
    ],
    compare: [
      { model: { series: 'encounters.bp' }, observed: ['usbp.total'], aggregate: 'sum' },
      { model: { series: 'encounters.ofo' }, observed: ['ofo.total'], aggregate: 'sum' },
      { model: { series: 'dispositions.mpp' }, observed: ['mpp.usbp', 'mpp.ofo'], aggregate: 'sum' },
    ],
    totals: [
      sum(2021, ['usbp.total'], 1_659_206, 'CBP, Southwest border USBP encounters FY2021 (CBP enforcement statistics; CRS R46999)'),
      sum(2021, ['ofo.total'], 75_480, 'CBP, Southwest border total 1,734,686 minus USBP 1,659,206, FY2021'),
    ],
  },
  {
    id: 'dhs-mpp2-enrolments',
    file: 'dhs-mpp2-enrolments.csv',
    label: 'MPP 2.0 enrollments, December 2021-February 2022 (DHS, as reported)',
    fiscalYears: [2022],
    series: [s('mpp.total', 'people/month', 'MPP enrollments')],
    compare: [{ model: { series: 'dispositions.mpp' }, observed: ['mpp.total'], aggregate: 'sum' }],
    totals: [],
  },
  {
    id: 'ice-detention-fy2019-2020',
    file: 'ice-detention-fy2019-2020.csv',
    label: 'ICE detention, average daily population FY2019-FY2020',
    fiscalYears: [2019, 2020],
    series: [s('adp.total', 'people', 'ICE detention, average daily population')],
    compare: [{ model: { series: 'detention.occupancy' }, observed: ['adp.total'], aggregate: 'mean' }],
    totals: [
      adp(2019, 50_165, 'ICE, FY2019 annual average daily population (ICE FY2019 ERO report)'),
      adp(2020, 33_724, 'ICE, FY2020 annual average daily population'),
    ],
  },
  {
    id: 'ice-detention-fy2022',
    file: 'ice-detention-fy2022.csv',
    label: 'ICE detention FY2022: population, book-ins, stay, releases',
    fiscalYears: [2022],
    series: iceSeries('releases'),
    compare: iceCompare,
    totals: [
      sum(2022, ['bookIns.total'], 306_979, ICE_BOOK(2022)),
      sum(2022, ['bookIns.cbp'], 250_112, ICE_BOOK(2022)),
      sum(2022, ['bookIns.ice'], 56_867, ICE_BOOK(2022)),
      sum(2022, ['releases.total'], 246_080, 'ICE Detention Statistics FY2022, "ICE Final Releases by Release Reason", Total'),
      adp(2022, 22_577.82, ICE_ADP(2022), { '2022-09': 24 }),
    ],
  },
  {
    id: 'ice-detention-fy2023',
    file: 'ice-detention-fy2023.csv',
    label: 'ICE detention FY2023: population, book-ins, stay, releases',
    fiscalYears: [2023],
    series: iceSeries('releases'),
    compare: iceCompare,
    totals: [
      sum(2023, ['bookIns.total'], 273_220, ICE_BOOK(2023)),
      sum(2023, ['bookIns.cbp'], 188_421, ICE_BOOK(2023)),
      sum(2023, ['bookIns.ice'], 84_799, ICE_BOOK(2023)),
      sum(2023, ['releases.total'], 148_002, 'ICE Detention Statistics FY2023, "ICE Final Releases by Release Reason", Total'),
      adp(2023, 28_289.21, ICE_ADP(2023)),
    ],
  },
  {
    id: 'ice-detention-fy2024',
    file: 'ice-detention-fy2024.csv',
    label: 'ICE detention FY2024: population, book-ins, stay, book-outs',
    fiscalYears: [2024],
    series: iceSeries('bookOuts'),
    compare: iceCompare,
    totals: [
      sum(2024, ['bookIns.total'], 277_913, ICE_BOOK(2024)),
      sum(2024, ['bookIns.cbp'], 187_298, ICE_BOOK(2024)),
      sum(2024, ['bookIns.ice'], 90_615, ICE_BOOK(2024)),
      sum(2024, ['bookOuts.total'], 268_480, 'ICE Detention Statistics FY2024, "ICE Final Book Outs", Total'),
      adp(2024, 37_721.80, ICE_ADP(2024)),
    ],
  },
  {
    id: 'eoir-workload',
    file: 'eoir-workload-fy2008-2020.csv',
    label: 'Immigration courts: pending, new cases and completions by fiscal year, FY2008-FY2020 (EOIR)',
    fiscalYears: [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020],
    series: [
      s('pending', 'cases', 'Pending cases at fiscal year end'),
      s('receipts', 'cases/year', 'New cases (initial receipts)'),
      s('completions', 'cases/year', 'Total completions'),
    ],
    compare: [
      { model: { series: 'court.backlog' }, observed: ['pending'], aggregate: 'end' },
      { model: { metric: 'court.completions' }, observed: ['completions'], aggregate: 'sum' },
    ],
    totals: [],
  },
];

/** The manifest entry for a file id, or undefined. */
export function observedFileDef(id: string): ObservedFileDef | undefined {
  return OBSERVED_FILES.find((f) => f.id === id);
}
