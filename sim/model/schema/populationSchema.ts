/** Who arrives: nationality groups, demographic groups, family sizes, sponsors and fear claims. */
import { z } from 'zod';
import { documented, share, sharesOf, sumsToOne } from './fields.ts';
import { DEMOGRAPHIC, DEMOGRAPHICS, type Demographic } from './vocabulary.ts';
import { MAX_FAMILY_SIZE_MEAN, MAX_NATIONALITIES } from './limits.ts';

const nationalitySchema = z.strictObject({
  id: z.string().min(1).regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'expected an id of letters, digits, _ or -').describe('Group id used by policy rules.'),
  share: documented(share(), { what: 'Share of arriving people in this group.', unit: 'share' }),
});

/** Shares per demographic group. */
const perDemographic = (what: string, defaults: Record<Demographic, number>, source: string) => z.strictObject(
  Object.fromEntries(DEMOGRAPHICS.map((k) => [k, documented(share().default(defaults[k]), { what: `${what} among ${DEMOGRAPHIC[k].plural}.`, unit: 'share', source })])) as
    Record<Demographic, z.ZodDefault<z.ZodNumber>>,
);

/** FY2024 Border Patrol SW apprehensions by nationality group (DHS OHSS KHSM Encounters workbook). */
const DEFAULT_NATIONALITIES = [
  { id: 'mexico', share: 0.328 },
  { id: 'northernTriangle', share: 0.23 },
  { id: 'chnv', share: 0.119 },
  { id: 'other', share: 0.323 },
];

export const populationSchema = z.strictObject({
  nationalities: documented(z.array(nationalitySchema).min(1).max(MAX_NATIONALITIES).superRefine(sumsToOne).superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const n of list) {
      if (seen.has(n.id)) ctx.addIssue({ code: 'custom', message: `duplicate nationality id "${n.id}"`, params: { expected: 'unique ids' } });
      seen.add(n.id);
    }
  }).default(DEFAULT_NATIONALITIES), {
    what: 'Nationality groups and their shares of arrivals (shares sum to 1).', unit: 'share',
    defaultText: DEFAULT_NATIONALITIES.map((n) => `${n.id} ${+(n.share * 100).toFixed(1)}%`).join(', '),
    source: 'Border Patrol SW apprehensions FY2024 (northernTriangle = Guatemala, Honduras, El Salvador; chnv = Cuba, Haiti, Nicaragua, Venezuela), DHS OHSS KHSM Encounters workbook',
  }),
  demographics: documented(sharesOf(DEMOGRAPHICS, (k) => `Share of arriving people who are ${DEMOGRAPHIC[k].plural}.`)
    .default({ singleAdult: 0.66, familyUnit: 0.28, unaccompaniedChild: 0.06 }), {
    what: 'Demographic shares of arriving people (sum to 1).', unit: 'share', defaultText: '66% single adults, 28% family-unit members, 6% unaccompanied children',
    source: 'approx. FY2023-24 SW encounters (69.5% single adults in Jan 2023, CBP monthly update); verify against CBP\'s demographic table',
  }),
  familySizeMean: documented(z.number().min(2).max(MAX_FAMILY_SIZE_MEAN).default(2.6), {
    what: 'Mean people per family unit (families arrive, are processed and decided together); at least 2.', unit: 'people', source: 'not published, an order of magnitude',
  }),
  sponsorShare: perDemographic('Share with a US sponsor', { singleAdult: 0.3, familyUnit: 0.6, unaccompaniedChild: 0.9 }, 'not published; an order of magnitude').prefault({})
    .describe('Share with a US sponsor (for sponsor-based parole and receiving shelters).'),
  fearClaimShare: perDemographic('Share claiming fear of return', { singleAdult: 0.3, familyUnit: 0.7, unaccompaniedChild: 0.7 }, 'not published per group; an order of magnitude').prefault({})
    .describe('Share claiming fear of return (leads to credible-fear screening in expedited removal).'),
});
export type Population = z.output<typeof populationSchema>;
