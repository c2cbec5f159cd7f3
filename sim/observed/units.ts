/**
 * Units an observed series may be published in. A file's `# units:` line maps each series
 * to one of these; anything else is rejected, so a chart never mixes a stock with a flow.
 */
export const OBSERVED_UNITS = {
  'people/month': 'People (or events about people) counted over a calendar month.',
  people: 'A population: average daily population in the period, or a count at its end.',
  days: 'A duration in days (for example average length of stay).',
  cases: 'Court cases pending at the end of the period.',
  'cases/year': 'Court cases counted over a fiscal year.',
} as const;

export type ObservedUnit = keyof typeof OBSERVED_UNITS;

export const OBSERVED_UNIT_IDS = Object.keys(OBSERVED_UNITS) as [ObservedUnit, ...ObservedUnit[]];
