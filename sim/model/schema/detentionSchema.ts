/** ICE detention, the immigration courts and MPP waiting. */
import { z } from 'zod';
import { distributionSchema, lognormalSpec } from './distribution.ts';
import { count, nonneg, scheduleSchema, share } from './fields.ts';

export const detentionSchema = z.strictObject({
  beds: scheduleSchema.default(41500)
    .describe('Funded ICE beds (steps by day allowed). Default 41,500 (FY2024 appropriations, ICE detention statistics).'),
  overflowShare: nonneg().default(0.05)
    .describe('ICE can hold this share above funded beds before refusing book-ins (1.05 x beds). Default 0.05: an assumption (FY2019 ADP 50,165 exceeded ~45,000 funded beds).'),
  initialPopulation: count().default(34000)
    .describe('People in detention at the start. Default 34,000: approx. ICE population at the start of FY2024 (36,263 on 17 Dec 2023, TRAC).'),
  interiorBookInsPerDay: nonneg().default(248)
    .describe('Book-ins from ICE arrests in the interior per day (only when a bed is free). Default 248 = (277,913 - 187,298 CBP-arrested) FY2024 book-ins / 366 (ICE detention statistics).'),
  lengthOfStayDays: z.strictObject({
    nta: distributionSchema.default(lognormalSpec(47, 45)).describe('Days in detention of people with a Notice to Appear (and interior arrests). Default lognormal mean 47, sd 45: FY2024 ALOS 46.9 d (ICE detention statistics); CBP-arrested ALOS 56.4 d, ICE-arrested 41.6 d (TRAC, FY2024 Q1).'),
    expeditedRemoval: distributionSchema.default(lognormalSpec(30, 25)).describe('Days in detention of people in expedited removal. Default lognormal mean 30, sd 25: an order of magnitude (median detained completion 46 d in FY2019).'),
  }).prefault({}).describe('Length of stay before removal or release, by path (removal capacity can extend it).'),
  removalShare: z.strictObject({
    nta: share().default(0.5).describe('Share of detained people with an NTA who are removed at the end of their stay (the rest are released on bond or parole). Default 0.5: an assumption.'),
    expeditedRemoval: share().default(0.9).describe('Share of detained people in expedited removal who are removed. Default 0.9: an assumption.'),
  }).prefault({}),
  removalsPerDay: nonneg().default(742)
    .describe('Removals ICE can carry out per day (flights, escorts); excess waits in detention. Default 742 = 271,484 FY2024 removals / 366 (ICE).'),
});

export const courtSchema = z.strictObject({
  initialBacklog: count().default(2460000)
    .describe('Pending cases at the start. Default 2,460,000 (~2.46M at the end of FY2023, EOIR via TRAC).'),
  judges: scheduleSchema.default(700).describe('Immigration judges (steps by day allowed). Default 700 (~700 in 2023-24, EOIR, approx.).'),
  completionsPerJudgePerDay: nonneg().default(3.56)
    .describe('Case completions per judge per calendar day. Default 3.56 = 911,289 FY2024 completions / 366 / 700 judges (EOIR).'),
  otherNewCasesPerDay: nonneg().default(900)
    .describe('New cases per day from outside the simulated border flows (ICE interior arrests, affirmative referrals, northern border, ports elsewhere). Default 900: a residual chosen so that the FY2024 baseline ends near the ~3.7M pending cases reported for the end of FY2024 (EOIR, approx.).'),
  inAbsentiaShare: share().default(0.3).describe('Share of non-detained completions that are in-absentia removal orders. Default 0.3: approx. (EOIR adjudication statistics, verify).'),
  reliefShare: share().default(0.15).describe('Share of non-detained completions granting relief. Default 0.15: approx.'),
});

export const mppSchema = z.strictObject({
  hearingSlotsPerDay: nonneg().default(100)
    .describe('MPP hearings that ports and immigration courts can hold per day. Default 100: MPP 1.0 completed 41,888 cases in ~2 years (TRAC).'),
  inAbsentiaShare: share().default(0.67).describe('Share of MPP completions that are in-absentia orders (the person did not come to the port). Default 0.67 (MPP 1.0, TRAC).'),
  reliefShare: share().default(0.015).describe('Share of MPP completions granting relief (the person enters the US). Default 0.015 (641 of 41,888, TRAC).'),
});
