/** ICE detention, the immigration courts and MPP waiting. */
import { z } from 'zod';
import { durationSchema, lognormalSpec } from './distribution.ts';
import { count, documented, nonneg, scheduleSchema, share } from './fields.ts';
import { MAX_INITIAL_DETAINED, MAX_RATE_PER_DAY, MAX_STOCK } from './limits.ts';

export const detentionSchema = z.strictObject({
  beds: documented(scheduleSchema.default(41500), {
    what: 'Funded ICE beds (steps by day allowed).', unit: 'places', source: 'FY2024 appropriations, ICE detention statistics',
  }),
  overflowShare: documented(nonneg().max(1).default(0.05), {
    what: 'ICE can hold this share above funded beds before refusing book-ins (0.05 = 1.05 x beds).', unit: 'share',
    source: 'an assumption (FY2019 ADP 50,165 exceeded ~45,000 funded beds)',
  }),
  initialPopulation: documented(count().max(MAX_INITIAL_DETAINED).default(34000), {
    what: 'People in detention at the start.', unit: 'people',
    source: 'approx. ICE population at the start of FY2024 (36,263 on 17 Dec 2023, TRAC)',
  }),
  interiorBookInsPerDay: documented(nonneg().default(248), {
    what: 'Book-ins from ICE arrests in the interior per day (only when a bed is free).', unit: 'people/day',
    source: '(277,913 - 187,298 CBP-arrested) FY2024 book-ins / 366 (ICE detention statistics)',
  }),
  lengthOfStayDays: z.strictObject({
    nta: documented(durationSchema.default(lognormalSpec(47, 45)), {
      what: 'Days in detention of people with a Notice to Appear (and interior arrests).', unit: 'days',
      source: 'FY2024 ALOS 46.9 d (ICE detention statistics); CBP-arrested ALOS 56.4 d, ICE-arrested 41.6 d (TRAC, FY2024 Q1)',
    }),
    expeditedRemoval: documented(durationSchema.default(lognormalSpec(30, 25)), {
      what: 'Days in detention of people in expedited removal.', unit: 'days', source: 'an order of magnitude (median detained completion 46 d in FY2019)',
    }),
  }).prefault({}).describe('Length of stay before removal or release, by path (removal capacity can extend it).'),
  removalShare: z.strictObject({
    nta: documented(share().default(0.5), {
      what: 'Share of detained people with an NTA who are removed at the end of their stay (the rest are released on bond or parole).', unit: 'share', source: 'an assumption',
    }),
    expeditedRemoval: documented(share().default(0.9), {
      what: 'Share of detained people in expedited removal who are removed.', unit: 'share', source: 'an assumption',
    }),
  }).prefault({}).describe('Share removed at the end of the stay, by path.'),
  removalsPerDay: documented(nonneg().max(MAX_RATE_PER_DAY).default(742), {
    what: 'Removals ICE can carry out per day (flights, escorts); excess waits in detention.', unit: 'people/day', source: '271,484 FY2024 removals / 366 (ICE)',
  }),
});

export const courtSchema = z.strictObject({
  initialBacklog: documented(count().max(MAX_STOCK).default(2460000), {
    what: 'Pending cases at the start.', unit: 'cases', source: '~2.46M at the end of FY2023, EOIR via TRAC',
  }),
  judges: documented(scheduleSchema.default(700), { what: 'Immigration judges (steps by day allowed).', unit: 'staff', source: '~700 in 2023-24, EOIR, approx.' }),
  completionsPerJudgePerDay: documented(nonneg().max(MAX_RATE_PER_DAY).default(3.56), {
    what: 'Case completions per judge per calendar day.', unit: 'cases/judge/day', source: '911,289 FY2024 completions / 366 / 700 judges (EOIR)',
  }),
  otherNewCasesPerDay: documented(nonneg().max(MAX_RATE_PER_DAY).default(900), {
    what: 'New cases per day from outside the simulated border flows (ICE interior arrests, affirmative referrals, northern border, ports elsewhere).', unit: 'cases/day',
    source: 'a residual chosen so that the FY2024 baseline ends near the ~3.7M pending cases reported for the end of FY2024 (EOIR, approx.)',
  }),
  inAbsentiaShare: documented(share().default(0.3), {
    what: 'Share of non-detained completions that are in-absentia removal orders.', unit: 'share', source: 'approx. (EOIR adjudication statistics, verify)',
  }),
  reliefShare: documented(share().default(0.15), { what: 'Share of non-detained completions granting relief.', unit: 'share', source: 'approx.' }),
});

export const mppSchema = z.strictObject({
  hearingSlotsPerDay: documented(nonneg().max(MAX_RATE_PER_DAY).default(100), {
    what: 'MPP hearings that ports and immigration courts can hold per day.', unit: 'cases/day', source: 'MPP 1.0 completed 41,888 cases in ~2 years (TRAC)',
  }),
  inAbsentiaShare: documented(share().default(0.67), {
    what: 'Share of MPP completions that are in-absentia orders (the person did not come to the port).', unit: 'share', source: 'MPP 1.0, TRAC',
  }),
  reliefShare: documented(share().default(0.015), {
    what: 'Share of MPP completions granting relief (the person enters the US).', unit: 'share', source: '641 of 41,888, TRAC',
  }),
});
