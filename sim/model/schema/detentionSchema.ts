/** ICE detention, the immigration courts and MPP waiting. */
import { z } from 'zod';
import { durationSchema, lognormalSpec } from './distribution.ts';
import { count, documented, nonneg, scheduleSchema, share, sharesOf } from './fields.ts';
import { MAX_INITIAL_DETAINED, MAX_RATE_PER_DAY, MAX_STOCK } from './limits.ts';
import { RELEASE_REASON, RELEASE_REASONS } from './vocabulary.ts';

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
    nta: documented(durationSchema.default(lognormalSpec(50, 45)), {
      what: 'Days in detention of people with a Notice to Appear (and interior arrests), before removal or release.', unit: 'days',
      source: 'not published by path; set so that, with the shorter stays in expedited removal and the waits for removal seats, the mean stay of all book-outs is near the FY2024 ALOS of 46.9 d (ICE detention statistics); CBP-arrested ALOS 56.4 d, ICE-arrested 41.6 d (TRAC, FY2024 Q1)',
    }),
    expeditedRemoval: documented(durationSchema.default(lognormalSpec(30, 25)), {
      what: 'Days in detention of people in expedited removal, before removal (travel documents, a flight) or release; waiting for a removal seat comes on top.', unit: 'days',
      source: 'not published by path; an order of magnitude (median detained completion 46 d in FY2019). A check: 5,929 of the 37,684 people in ICE detention on 30 Sep 2024 were in expedited removal (ICE detention statistics FY2024)',
    }),
  }).prefault({}).describe('Length of stay before removal or release, by path (removal capacity can extend it).'),
  removalShare: z.strictObject({
    nta: documented(share().default(0.54), {
      what: 'Share of detained people with a Notice to Appear (and of interior arrests) who are removed at the end of their stay (the rest are released on parole, on bond or on recognizance).', unit: 'share',
      source: 'not published by path; set so that releases on parole, bond and recognizance come near ICE\'s FY2024 book-outs (60,620, 11,394 and 26,546 of 268,480; ICE detention statistics)',
    }),
    expeditedRemoval: documented(share().default(0.9), {
      what: 'Share of detained people in expedited removal who are removed (the rest are released).', unit: 'share', source: 'an assumption',
    }),
  }).prefault({}).describe('Share removed at the end of the stay, by path.'),
  removalsPerDay: documented(nonneg().max(MAX_RATE_PER_DAY).default(866), {
    what: 'Removals ICE can carry out per day, all destinations together (flights, escorts); excess waits in detention.', unit: 'people/day',
    source: 'a rate ICE has reached: 315,943 removals in FY2014 (ICE, "FY 2014 ICE Immigration Removals", ice.gov/removal-statistics) / 365; FY2024 reached 271,484 (742 a day; ICE annual report)',
  }),
  // Release on bond and on parole as separate outcomes.
  releaseShares: documented(sharesOf(RELEASE_REASONS, (k) => `Share of releases at the end of a stay that are ${RELEASE_REASON[k].plural}.`)
    .default({ parole: 0.615, bond: 0.116, recognizance: 0.269 }), {
    what: 'How people released at the end of a detention stay (those not removed) are released (shares sum to 1).', unit: 'share',
    defaultText: '61.5% paroled, 11.6% bonded out, 26.9% on their own recognizance',
    source: 'ICE FY2024 final book-outs: paroled 60,620, bonded out 11,394, order of recognizance 26,546 (ICE Detention Statistics FY2024; orders of supervision are the model\'s blocked removals)',
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
  inAbsentiaShare: documented(share().default(0.19), {
    what: 'Share of non-detained completions, of people not enrolled in ATD, that are in-absentia removal orders (the person did not appear).', unit: 'share',
    source: "42,714 in-absentia orders in Oct-Dec 2023 (EOIR via DHS OHSS, reported by CIS, 10 Apr 2024), about 171,000 a year, over FY2024's 914,812 completions (TRAC, 16 Dec 2024); CRS IF11892 gives 38% of decisions FY2011-20 and GAO-25-106867 (Dec 2024) 34% of non-detained respondents missing a hearing at some point, so the range considered is 0.15-0.38",
  }),
  inAbsentiaShareWithAtd: documented(share().default(0.096), {
    what: 'Share of non-detained completions, of people enrolled in ATD, that are in-absentia removal orders.', unit: 'share',
    source: 'ICE FY2024 detention statistics, ATD: 10,387 of 11,488 final hearings attended (90.4%) by participants with court tracking; no comparison group without ATD is published',
  }),
  reliefShare: documented(share().default(0.05), {
    what: 'Share of non-detained completions of people who appeared that grant relief (asylum or other protection).', unit: 'share',
    source: 'TRAC (20 Nov 2024): 6,000-7,000 asylum decisions a month with grant rates of 36-53% in FY2024, about 30,000-40,000 grants, 4-5% of 914,812 completions; derived',
  }),
  removalOrderedShare: documented(share().default(0.24), {
    what: 'Share of non-detained completions of people who appeared that end in a removal order (or voluntary departure); the rest are dismissed, terminated or closed.', unit: 'share',
    source: 'TRAC (16 Dec 2024): removal or voluntary departure in about 39% of deportation completions in FY2023-24; less the in-absentia share, about 20% of completions, 24% of those who appeared; derived',
  }),
}).refine((c) => c.reliefShare + c.removalOrderedShare <= 1, {
  message: 'court.reliefShare + court.removalOrderedShare must be at most 1 (they are shares of the same hearings)', path: ['removalOrderedShare'],
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
