/**
 * What each history preset must reproduce, stated before it is run and never re-tuned to pass:
 * the fiscal year's Border Patrol and port encounters, ICE's average daily population and the
 * immigration courts' pending cases at year end, each within ±10% of the published figure, and
 * the month in which Border Patrol encounters peaked. A year that cannot reach a tolerance
 * without re-tuning is a finding, stated in docs/model.md ("How well it replays history").
 */

/** The quantities checked, with the words used in reports. */
export const HISTORY_QUANTITIES = {
  'encounters.bp': { label: 'Border Patrol encounters', unit: 'people' },
  'encounters.ofo': { label: 'Port encounters', unit: 'people' },
  'detention.adp': { label: 'ICE average daily population', unit: 'people' },
  'court.pendingEnd': { label: 'Court cases pending at year end', unit: 'cases' },
  'encounters.bp.peakMonth': { label: 'Month of the Border Patrol peak', unit: 'month' },
} as const;
export type HistoryQuantity = keyof typeof HISTORY_QUANTITIES;

/** Largest accepted relative error of an annual figure. */
export const HISTORY_TOLERANCE = 0.1;

export interface HistoryTarget {
  readonly quantity: HistoryQuantity;
  /** The published figure: a number, or `YYYY-MM` for the peak month. */
  readonly published: number | string;
  readonly source: string;
}

export interface HistoryYear {
  readonly preset: string;
  readonly fiscalYear: number;
  readonly targets: readonly HistoryTarget[];
}

const CBP_SWB = 'CBP, Southwest Land Border Encounters (data/observed/cbp-sw-encounters-fy2022-2024.csv)';

/** The targets of every history preset, oldest first. */
export const HISTORY_TARGETS: readonly HistoryYear[] = [
  {
    preset: 'fy2019', fiscalYear: 2019, targets: [
      { quantity: 'encounters.bp', published: 851_508, source: 'CBP, FY2019 Southwest border USBP apprehensions (CRS R46999; OHSS 851,510 rounded)' },
      { quantity: 'encounters.ofo', published: 126_001, source: 'CBP, FY2019 Southwest border total 977,509 minus USBP 851,508' },
      { quantity: 'detention.adp', published: 50_165, source: 'ICE Detention Statistics FY2019 (data/observed/ice-detention-fy2019-2020.csv)' },
      { quantity: 'court.pendingEnd', published: 1_087_201, source: 'EOIR Adjudication Statistics (data/observed/eoir-workload-fy2008-2020.csv)' },
      { quantity: 'encounters.bp.peakMonth', published: '2019-05', source: 'DHS OHSS, 132,860 in May 2019 (data/observed/ohss-usbp-sw-encounters-fy2019-2021.csv)' },
    ],
  },
  {
    preset: 'fy2022', fiscalYear: 2022, targets: [
      { quantity: 'encounters.bp', published: 2_206_436, source: CBP_SWB },
      { quantity: 'encounters.ofo', published: 172_508, source: CBP_SWB },
      { quantity: 'detention.adp', published: 22_578, source: 'ICE Detention Statistics FY2022, FY overall (data/observed/ice-detention-fy2022.csv)' },
      { quantity: 'court.pendingEnd', published: 1_787_000, source: 'EOIR Strategic Plan: about 2.46 million pending at the end of FY2023, up 37.67% on FY2022 (derived: 2.46M / 1.3767)' },
      { quantity: 'encounters.bp.peakMonth', published: '2022-05', source: `${CBP_SWB}: 224,370 in May 2022` },
    ],
  },
  {
    preset: 'fy2023', fiscalYear: 2023, targets: [
      { quantity: 'encounters.bp', published: 2_045_838, source: CBP_SWB },
      { quantity: 'encounters.ofo', published: 429_831, source: CBP_SWB },
      { quantity: 'detention.adp', published: 28_289, source: 'ICE Detention Statistics FY2023 (data/observed/ice-detention-fy2023.csv)' },
      { quantity: 'court.pendingEnd', published: 2_460_000, source: 'EOIR Strategic Plan, "Current Operating Environment": approximately 2.46 million at the end of FY 2023' },
      { quantity: 'encounters.bp.peakMonth', published: '2022-12', source: `${CBP_SWB}: 222,018 in December 2022` },
    ],
  },
  {
    preset: 'baseline', fiscalYear: 2024, targets: [
      { quantity: 'encounters.bp', published: 1_530_523, source: CBP_SWB },
      { quantity: 'encounters.ofo', published: 604_482, source: CBP_SWB },
      { quantity: 'detention.adp', published: 37_722, source: 'ICE Detention Statistics FY2024 (data/observed/ice-detention-fy2024.csv)' },
      { quantity: 'court.pendingEnd', published: 3_700_000, source: 'EOIR statistics, about 3.7 million at the end of FY2024 (approx.; the baseline\'s other new cases were set to reach it)' },
      { quantity: 'encounters.bp.peakMonth', published: '2023-12', source: `${CBP_SWB}: 249,740 in December 2023` },
    ],
  },
];
