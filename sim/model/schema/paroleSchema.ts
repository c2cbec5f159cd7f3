/** Parole terms, parole programs outside the border queues, receiving communities and costs. */
import { z } from 'zod';
import { count, day, nonneg, share } from './fields.ts';

export const paroleSchema = z.strictObject({
  termDays: nonneg().default(365).describe('Days a border parole lasts. Default 365 ("often 1 year", seeds 001, 002).'),
  workEligibleShare: share().default(1).describe('Share of border parolees eligible for a work permit. Default 1 (parolees may apply, DOMAIN).'),
  workPermitAfterDays: nonneg().default(90).describe('Days from parole to a work permit. Default 90: an assumption (processing time).'),
  atdShare: share().default(0.12).describe('Share of border parolees enrolled in Alternatives to Detention. Default 0.12: chosen so that the enrolled stock is near ~180,000 (FY2024, ICE).'),
  atdDays: nonneg().default(365).describe('Days a person stays enrolled in ATD. Default 365: an assumption.'),
});

const programSchema = z.strictObject({
  id: z.string().min(1).describe('Program id.'),
  title: z.string().optional().describe('Display name.'),
  kind: z.enum(['affirmative', 'evacuation', 'shelterList', 'shortTerm', 'advanceParole'])
    .describe('affirmative: applications from abroad, arriving by air; evacuation: a block of people over a period; shelterList: pre-approved parole of people waiting in Mexican shelters, through ports; shortTerm: 24-48 h humanitarian parole; advanceParole: re-entry.'),
  applicationsPerDay: nonneg().describe('New applications (people) per day while the program is open; for shelterList, slots per day.'),
  capPerMonth: nonneg().optional().describe('Most people paroled per 30.4-day month; no cap if omitted.'),
  sponsorRequired: z.boolean().default(false).describe('Whether a US sponsor is required.'),
  sponsorShare: share().default(1).describe('Share of applicants with a sponsor (only those are eligible when a sponsor is required).'),
  termDays: nonneg().describe('Days the parole lasts.'),
  workEligible: z.boolean().default(true).describe('Whether parolees may work.'),
  fromDay: day().default(0).describe('Day the program opens.'),
  toDay: day().optional().describe('Day the program closes (exclusive); open to the end if omitted.'),
  queueJumperShare: share().default(0).describe('shelterList only: share of slots taken by people who paid to get on the list (5,000-10,000 pesos, seed 001), taken from the newest registrants instead of the longest waiting.'),
});
export type ParoleProgram = z.output<typeof programSchema>;

export const parolePrograms = z.array(programSchema).default([
  { id: 'chnv', title: 'CHNV (Cuba, Haiti, Nicaragua, Venezuela)', kind: 'affirmative', applicationsPerDay: 2000, capPerMonth: 30000, sponsorRequired: true, sponsorShare: 1, termDays: 730, workEligible: true, fromDay: 0, queueJumperShare: 0 },
  { id: 'u4u', title: 'Uniting for Ukraine', kind: 'affirmative', applicationsPerDay: 100, sponsorRequired: true, sponsorShare: 1, termDays: 730, workEligible: true, fromDay: 0, queueJumperShare: 0 },
  { id: 'familyReunification', title: 'Family reunification parole', kind: 'affirmative', applicationsPerDay: 30, sponsorRequired: true, sponsorShare: 1, termDays: 1095, workEligible: true, fromDay: 0, queueJumperShare: 0 },
  { id: 'cam', title: 'Central American Minors', kind: 'affirmative', applicationsPerDay: 10, sponsorRequired: true, sponsorShare: 1, termDays: 730, workEligible: true, fromDay: 0, queueJumperShare: 0 },
  { id: 'humanitarianShortTerm', title: 'Short-term humanitarian parole (medical, to testify)', kind: 'shortTerm', applicationsPerDay: 20, termDays: 2, workEligible: false, sponsorRequired: false, sponsorShare: 1, fromDay: 0, queueJumperShare: 0 },
  { id: 'advanceParole', title: 'Re-entry on advance parole', kind: 'advanceParole', applicationsPerDay: 50, termDays: 365, workEligible: true, sponsorRequired: false, sponsorShare: 1, fromDay: 0, queueJumperShare: 0 },
]).describe('Parole flows outside the border queues. Defaults: CHNV capped at 30,000 a month, two-year parole (~532,000 Oct 2022-Jan 2025, DHS); U4U ~170,000 by Mar 2024; other rates orders of magnitude.');

export const receivingSchema = z.strictObject({
  shelterPlaces: count().default(8000).describe('Places in US-side shelters for released people. Default 8,000: not published as a total, an order of magnitude.'),
  shareNeedingShelterWithoutSponsor: share().default(0.6).describe('Share of released people without a sponsor who need a shelter. Default 0.6: an assumption.'),
  shareNeedingShelterWithSponsor: share().default(0.1).describe('Share of released people with a sponsor who need a shelter (sponsors spare local shelters). Default 0.1: an assumption.'),
  stayDays: nonneg().default(3).describe('Mean days a released person stays in US-side shelters before moving on (exponential). Default 3: an assumption.'),
});

export const costsSchema = z.strictObject({
  detentionBedDayUsd: nonneg().default(150).describe('Cost of one person-day in ICE detention, USD. Default 150 (~$150 FY2023, third-party compilations; last published $132.90 in FY2017).'),
  atdDayUsd: nonneg().default(7).describe('Cost of one person-day in ATD, USD. Default 7 (~$7, early 2024, approx.).'),
  bpProcessingUsd: nonneg().default(200).describe('Border Patrol cost per person processed, USD. Default 200: not published, an order of magnitude.'),
  ofoProcessingUsd: nonneg().default(150).describe('Port cost per person processed, USD. Default 150: not published, an order of magnitude.'),
  removalUsd: nonneg().default(10000).describe('Cost per removal, USD. Default 10,000: an order of magnitude.'),
  shelterDayUsd: nonneg().default(40).describe('Cost per person-day in US-side shelters, USD. Default 40: an order of magnitude.'),
});
