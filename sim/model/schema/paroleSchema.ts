/** Parole terms, parole programs outside the border queues, receiving communities and costs. */
import { z } from 'zod';
import { count, day, documented, nonneg, share } from './fields.ts';
import { MAX_LIST_ITEMS, MAX_NATIONALITIES, MAX_UNIT_COST_USD } from './limits.ts';

/** A unit cost in USD: >= 0 and at most MAX_UNIT_COST_USD, so every total stays finite. */
const usd = () => nonneg().max(MAX_UNIT_COST_USD);

export const paroleSchema = z.strictObject({
  termDays: documented(nonneg().default(365), { what: 'Days a border parole lasts.', unit: 'days', source: '"often 1 year" (seeds 001, 002)' }),
  workEligibleShare: documented(share().default(1), { what: 'Share of border parolees eligible for a work permit.', unit: 'share', source: 'parolees may apply (DOMAIN)' }),
  workPermitAfterDays: documented(nonneg().default(90), { what: 'Days from parole to a work permit.', unit: 'days', source: 'an assumption (processing time)' }),
  atdShare: documented(share().default(0.12), {
    what: 'Share of border parolees enrolled in Alternatives to Detention.', unit: 'share', source: 'chosen so that the enrolled stock is near ~180,000 (FY2024, ICE)',
  }),
  atdDays: documented(nonneg().default(365), { what: 'Days a person stays enrolled in ATD.', unit: 'days', source: 'an assumption' }),
});

const programSchema = z.strictObject({
  id: z.string().min(1).describe('Program id.'),
  title: z.string().optional().describe('Display name.'),
  kind: z.enum(['affirmative', 'evacuation', 'shelterList', 'shortTerm', 'advanceParole'])
    .describe('affirmative: applications from abroad, arriving by air; evacuation: a block of people over a period; shelterList: pre-approved parole of people waiting in Mexican shelters, through ports; shortTerm: 24-48 h humanitarian parole; advanceParole: re-entry.'),
  applicationsPerDay: documented(nonneg(), { what: 'New applications (people) per day while the program is open; for shelterList, slots per day.', unit: 'people/day' }),
  capPerMonth: documented(nonneg().optional(), { what: 'Most people paroled per 30.4-day month; no cap if omitted.', unit: 'people/month' }),
  sponsorRequired: documented(z.boolean().default(false), { what: 'Whether a US sponsor is required.', source: 'most programs need none' }),
  sponsorShare: documented(share().default(1), { what: 'Share of applicants with a sponsor (only those are eligible when a sponsor is required).', unit: 'share', source: 'all applicants of sponsor-based programs have one' }),
  termDays: documented(nonneg(), { what: 'Days the parole lasts.', unit: 'days' }),
  workEligible: documented(z.boolean().default(true), { what: 'Whether parolees may work.', source: 'parolees may apply for a work permit (DOMAIN)' }),
  fromDay: documented(day().default(0), { what: 'Day the program opens.', unit: 'day', source: 'open from the start' }),
  toDay: documented(day().optional(), { what: 'Day the program closes (exclusive); open to the end if omitted.', unit: 'day' }),
  nationalities: z.array(z.string().min(1)).max(MAX_NATIONALITIES).optional()
    .describe('Nationality groups (from `population.nationalities`) the program is open to: the crossings its places may take the place of (behaviour.substitutionPerPlace); none if omitted.'),
  queueJumperShare: documented(share().default(0), {
    what: 'shelterList only: share of slots taken by people who paid to get on the list (5,000-10,000 pesos, seed 001), taken from the newest registrants instead of the longest waiting.',
    unit: 'share', source: 'none unless a scenario sets it',
  }),
});
export type ParoleProgram = z.output<typeof programSchema>;

export const parolePrograms = z.array(programSchema).max(MAX_LIST_ITEMS).superRefine((list, ctx) => {
  // Each program draws from streams named by its id, so ids must differ.
  const seen = new Set<string>();
  list.forEach((p, i) => {
    if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], input: p.id, message: `duplicate program id "${p.id}"`, params: { expected: 'unique program ids' } });
    seen.add(p.id);
  });
}).default([
  { id: 'chnv', title: 'CHNV (Cuba, Haiti, Nicaragua, Venezuela)', kind: 'affirmative', applicationsPerDay: 2000, capPerMonth: 30000, sponsorRequired: true, sponsorShare: 1, termDays: 730, workEligible: true, fromDay: 0, queueJumperShare: 0, nationalities: ['chnv'] },
  { id: 'u4u', title: 'Uniting for Ukraine', kind: 'affirmative', applicationsPerDay: 100, sponsorRequired: true, sponsorShare: 1, termDays: 730, workEligible: true, fromDay: 0, queueJumperShare: 0 },
  { id: 'familyReunification', title: 'Family reunification parole', kind: 'affirmative', applicationsPerDay: 30, sponsorRequired: true, sponsorShare: 1, termDays: 1095, workEligible: true, fromDay: 0, queueJumperShare: 0 },
  { id: 'cam', title: 'Central American Minors', kind: 'affirmative', applicationsPerDay: 10, sponsorRequired: true, sponsorShare: 1, termDays: 730, workEligible: true, fromDay: 0, queueJumperShare: 0 },
  { id: 'humanitarianShortTerm', title: 'Short-term humanitarian parole (medical, to testify)', kind: 'shortTerm', applicationsPerDay: 20, termDays: 2, workEligible: false, sponsorRequired: false, sponsorShare: 1, fromDay: 0, queueJumperShare: 0 },
  { id: 'advanceParole', title: 'Re-entry on advance parole', kind: 'advanceParole', applicationsPerDay: 50, termDays: 365, workEligible: true, sponsorRequired: false, sponsorShare: 1, fromDay: 0, queueJumperShare: 0 },
]).describe('Parole flows outside the border queues. Defaults: CHNV capped at 30,000 a month, two-year parole (~532,000 Oct 2022-Jan 2025, DHS); U4U ~170,000 by Mar 2024; other rates orders of magnitude.');

export const receivingSchema = z.strictObject({
  shelterPlaces: documented(count().default(8000), {
    what: 'Places in US-side shelters for released people.', unit: 'places', source: 'not published as a total, an order of magnitude',
  }),
  shareNeedingShelterWithoutSponsor: documented(share().default(0.6), {
    what: 'Share of released people without a sponsor who need a shelter.', unit: 'share', source: 'an assumption',
  }),
  shareNeedingShelterWithSponsor: documented(share().default(0.1), {
    what: 'Share of released people with a sponsor who need a shelter (sponsors spare local shelters).', unit: 'share', source: 'an assumption',
  }),
  stayDays: documented(nonneg().default(3), {
    what: 'Mean days a released person stays in US-side shelters before moving on (exponential).', unit: 'days', source: 'an assumption',
  }),
});

export const costsSchema = z.strictObject({
  detentionBedDayUsd: documented(usd().default(150), {
    what: 'Cost of one person-day in ICE detention.', unit: 'USD', source: '~$150 FY2023, third-party compilations; last published $132.90 in FY2017',
  }),
  atdDayUsd: documented(usd().default(7), { what: 'Cost of one person-day in ATD.', unit: 'USD', source: '~$7, early 2024, approx.' }),
  bpProcessingUsd: documented(usd().default(200), { what: 'Border Patrol cost per person processed.', unit: 'USD', source: 'not published, an order of magnitude' }),
  ofoProcessingUsd: documented(usd().default(150), { what: 'Port cost per person processed.', unit: 'USD', source: 'not published, an order of magnitude' }),
  removalUsd: documented(usd().default(10000), { what: 'Cost per removal.', unit: 'USD', source: 'an order of magnitude' }),
  shelterDayUsd: documented(usd().default(40), { what: 'Cost per person-day in US-side shelters.', unit: 'USD', source: 'an order of magnitude' }),
  // Holding costs of Border Patrol and port custody (custody overflow, screening in custody).
  bpHoldingDayUsd: documented(usd().default(300), {
    what: 'Cost of one person-day in Border Patrol custody (facilities, care, food, medical).', unit: 'USD',
    source: 'derived: a $36.9 million contract for a 500-person soft-sided facility in Donna for four months (CBP via The Monitor, 19 Apr 2019; $36 million for Donna and El Paso together per CBP, Your Valley Voice, 2 May 2019) is $300-600 a person-day at capacity; soft-sided facilities "nearly $10 million each monthly" (CBP source, Breitbart, 4 Mar 2025); the lower end taken',
  }),
  ofoHoldingDayUsd: documented(usd().default(300), {
    what: 'Cost of one person-day in port custody.', unit: 'USD', source: 'not published; an assumption, the Border Patrol figure',
  }),
});
