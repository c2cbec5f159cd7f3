/** Who arrives: nationality groups, demographic groups, family sizes, sponsors and fear claims. */
import { z } from 'zod';
import { DEMOGRAPHICS, share, sharesOf, sumsToOne } from './fields.ts';

const nationalitySchema = z.strictObject({
  id: z.string().min(1).regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'expected an id of letters, digits, _ or -').describe('Group id used by policy rules.'),
  share: share().describe('Share of arriving people in this group.'),
});

/** Shares per demographic group. */
const perDemographic = (what: string, defaults: Record<(typeof DEMOGRAPHICS)[number], number>) =>
  z.strictObject({
    singleAdult: share().default(defaults.singleAdult).describe(`${what} among single adults.`),
    familyUnit: share().default(defaults.familyUnit).describe(`${what} among family-unit members.`),
    unaccompaniedChild: share().default(defaults.unaccompaniedChild).describe(`${what} among unaccompanied children.`),
  });

export const populationSchema = z.strictObject({
  nationalities: z.array(nationalitySchema).min(1).superRefine(sumsToOne).superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const n of list) {
      if (seen.has(n.id)) ctx.addIssue({ code: 'custom', message: `duplicate nationality id "${n.id}"`, params: { expected: 'unique ids' } });
      seen.add(n.id);
    }
  }).default([
    { id: 'mexico', share: 0.328 },
    { id: 'northernTriangle', share: 0.23 },
    { id: 'chnv', share: 0.119 },
    { id: 'other', share: 0.323 },
  ]).describe('Nationality groups and their shares of arrivals (shares sum to 1). Default: Border Patrol SW apprehensions FY2024 (Mexico 32.8%, Guatemala/Honduras/El Salvador 23.0%, Cuba/Haiti/Nicaragua/Venezuela 11.9%, other 32.2%), DHS OHSS KHSM Encounters workbook.'),
  demographics: sharesOf(DEMOGRAPHICS, (k) => `Share of arriving people who are ${k === 'familyUnit' ? 'family-unit members' : k === 'singleAdult' ? 'single adults' : 'unaccompanied children'}.`)
    .default({ singleAdult: 0.66, familyUnit: 0.28, unaccompaniedChild: 0.06 })
    .describe('Demographic shares of arriving people (sum to 1). Default approx. FY2023-24 SW encounters (69.5% single adults in Jan 2023, CBP monthly update); verify against CBP\'s demographic table.'),
  familySizeMean: z.number().min(2).default(2.6)
    .describe('Mean people per family unit (families arrive, are processed and decided together); at least 2. Default 2.6: not published, an order of magnitude.'),
  sponsorShare: perDemographic('Share with a US sponsor', { singleAdult: 0.3, familyUnit: 0.6, unaccompaniedChild: 0.9 }).prefault({})
    .describe('Share with a US sponsor (for sponsor-based parole and receiving shelters). Not published; orders of magnitude.'),
  fearClaimShare: perDemographic('Share claiming fear of return', { singleAdult: 0.3, familyUnit: 0.7, unaccompaniedChild: 0.7 }).prefault({})
    .describe('Share claiming fear of return (leads to credible-fear screening in expedited removal). Not published per group; orders of magnitude.'),
});
export type Population = z.output<typeof populationSchema>;
