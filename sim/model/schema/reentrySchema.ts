/**
 * Repeat crossings: a share of the people expelled, returned or removed try to cross again
 * after a delay, by nationality group and by the consequence they met (an expulsion carries
 * no penalty; a removal order bars re-entry and makes a new crossing a crime).
 */
import { z } from 'zod';
import { documented, nonneg, share } from './fields.ts';
import { MAX_DURATION_MEAN } from './limits.ts';

const groupSchema = z.strictObject({
  nationality: z.string().min(1).describe('Nationality group id (from `population.nationalities`).'),
  afterRemoval: documented(share(), {
    what: 'Share of this group\'s parties removed or repatriated (expedited removal, a removal order) who try to cross again.', unit: 'share',
  }),
  afterExpulsion: documented(share(), {
    what: 'Share of this group\'s parties expelled (no penalty) who try to cross again.', unit: 'share',
  }),
});

/**
 * Not published by nationality. Mexico: Bazzi et al. (2021) find an 18-month re-apprehension
 * rate of 24.2% for Mexican men without penalties, 4.6-6.1 points lower with them; divided by
 * the 0.75 apprehension share this is about a third trying again after an expulsion and a
 * quarter after a removal. Others are removed by air to their country (or, expelled, to
 * Mexico, close to the border): far fewer try again after a removal.
 */
export const DEFAULT_REENTRY_GROUPS = [
  { nationality: 'mexico', afterRemoval: 0.25, afterExpulsion: 0.32 },
  { nationality: 'northernTriangle', afterRemoval: 0.08, afterExpulsion: 0.2 },
  { nationality: 'chnv', afterRemoval: 0.05, afterExpulsion: 0.15 },
  { nationality: 'other', afterRemoval: 0.03, afterExpulsion: 0.1 },
];

export const reentrySchema = z.strictObject({
  enabled: documented(z.boolean().default(true), {
    what: 'Whether people expelled, repatriated or removed may cross again (between ports, as new encounters of people already counted). If false, they leave the model for good.',
    source: 'on: CBP counts re-encounters of people it encountered before (27-29% of encounters in 2021, CBP monthly updates; about 14% a year in FY2014-19); false gives the engine before repeat crossings',
  }),
  delayDays: documented(nonneg().max(MAX_DURATION_MEAN).default(30), {
    what: 'Mean days between leaving the United States and the next crossing attempt (each day a share 1 - exp(-1/mean) of those still intending to cross sets off: an exponential delay in whole days).', unit: 'days',
    source: 'not published; an assumption. Bazzi et al. (2021) report re-apprehension rates of 22.6% within 3 months and 24.2% within 18 months: most attempts come within 3 months, which an exponential delay matches with a mean up to about 33 days (range considered 7-60 days)',
  }),
  groups: documented(z.array(groupSchema).default(DEFAULT_REENTRY_GROUPS), {
    what: 'Shares trying again, by nationality group (one entry per group at most); a group not listed never tries again. The default entries name the default nationality groups; they do not apply to groups a scenario does not have.',
    defaultText: DEFAULT_REENTRY_GROUPS.map((g) => `${g.nationality} ${+(g.afterRemoval * 100).toFixed(1)}% after a removal, ${+(g.afterExpulsion * 100).toFixed(1)}% after an expulsion`).join('; '),
    source: 'not published by nationality: an assumption bounded by Bazzi, Burns, Hanson, Roberts and Whitley, "Deterring Illegal Entry: Migrant Sanctions and Recidivism in Border Apprehensions", AEJ: Economic Policy 13(3), 2021 (Mexican men), and by TRAC (9 Sep 2022: Mexicans far likelier to have crossed before); CBP\'s one-year re-encounter rate averaged 14% in FY2014-19 and reached 27-29% under Title 42 in 2021',
  }),
});
export type Reentry = z.output<typeof reentrySchema>;
