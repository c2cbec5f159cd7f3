/**
 * How a field's unit (the `unit` the scenario schema gives each field, see `FieldUnit` in
 * `sim/model/schema/fields.ts`) is shown beside a lever: the words, and whether the value is a
 * share shown as a percentage.
 */

const WORDS: Readonly<Record<string, string>> = {
  people: 'people',
  'people/day': 'per day',
  'people/month': 'per month',
  days: 'days',
  hours: 'hours',
  minutes: 'min',
  share: '%',
  factor: '×',
  USD: 'USD',
  cases: 'cases',
  'cases/day': 'per day',
  'cases/judge/day': 'per judge a day',
  staff: 'on duty',
  places: 'places',
  day: 'day',
  date: '',
};

/** The words shown after a value in this unit ('' for none). */
export function unitWords(unit: string | undefined): string {
  return unit === undefined ? '' : WORDS[unit] ?? unit;
}

/** True for a share: stored in [0, 1], shown and typed as a percentage. */
export function isShare(unit: string | undefined): boolean {
  return unit === 'share';
}
