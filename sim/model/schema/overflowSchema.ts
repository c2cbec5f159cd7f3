/**
 * What gives way when Border Patrol stations crowd: a physical ceiling on holding above the
 * rated capacity, and the operational responses CBP has used when crowded, each a switch
 * with its parameters (parole with conditions, agents pulled from patrol to processing,
 * releases to NGOs or to the street when nothing else has room).
 */
import { z } from 'zod';
import { durationSchema, lognormalSpec } from './distribution.ts';
import { documented, nonneg, share } from './fields.ts';
import { MAX_CAPACITY, MAX_DURATION_MEAN, MAX_ELASTICITY } from './limits.ts';

const PWC_MEMO = 'USBP Chief R. Ortiz, "Parole with Conditions" memo, 10 May 2023, as reported by the press (the memo itself not read)';

export const ceilingSchema = z.strictObject({
  enabled: documented(z.boolean().default(true), {
    what: 'Whether holding has a physical ceiling (off: custody grows without limit, as if there were always room).',
    source: 'an assumption: holding is bounded, though DHS OIG found facilities well over their rated capacity (see share)',
  }),
  share: documented(z.number().min(1).default(1.5), {
    what: 'The ceiling as a multiple of rated holding capacity: nobody more can be held; at the ceiling people are released (see releaseWhenFull).',
    unit: 'factor',
    source: 'not published as a system-wide figure; an assumption above the highest system-wide counts reported (more than 25,000 in CBP custody around 11 May 2023, 1.25 x the default rated capacity); single facilities and sectors went further (Eagle Pass soft-sided facility 1,007 against a maximum capacity of 500, DHS OIG 2022; Rio Grande Valley 5,175 where facilities hold 715, NBC News, Mar 2021); range considered 1.25-2.0',
  }),
});

export const releaseWhenFullSchema = z.strictObject({
  enabled: documented(z.boolean().default(true), {
    what: 'At the ceiling of Border Patrol or port holding, release processed people waiting there (for an ICE bed first, then for credible-fear screening, longest waiting first) to NGO shelters while they have room, else to the street, so that new arrivals can be taken in; off: those people stay, and new arrivals beyond the ceiling are released at once (at apprehension, or on arrival at the port) instead.',
    source: 'CBP released about 13,000 people at San Diego transit stations from 13 Sep 2023 "because shelters are full" (AP, 10 Oct 2023); Rio Grande Valley agents were authorized to release people before a Notice to Appear when facilities reached 100% of capacity (NBC News, Mar 2021), about 50,000 by July 2021 (Axios)',
  }),
});

export const paroleWithConditionsSchema = z.strictObject({
  enabled: documented(z.boolean().default(false), {
    what: 'Parole with conditions: while any trigger holds, people the policy would parole with a Notice to Appear are instead paroled with conditions (no Notice to Appear at the station, report to ICE within the parole), with a short exit delay.',
    source: `${PWC_MEMO}; off in FY2024: a federal court in Florida blocked it in May 2023 (6,413 released under it, CBP declaration)`,
  }),
  occupancyAbove: documented(nonneg().default(1.25), {
    what: 'Trigger: Border Patrol custody at the start of a day above this share of rated holding capacity.', unit: 'share', source: `${PWC_MEMO}: 125% of sector capacity`,
  }),
  meanHoursInCustodyAbove: documented(nonneg().default(60), {
    what: 'Trigger: mean hours in custody of the people in Border Patrol custody at the start of a day above this.', unit: 'hours', source: `${PWC_MEMO}: average time in custody over 60 hours`,
  }),
  apprehensionsAbove: documented(nonneg().default(7000), {
    what: 'Trigger: Border Patrol apprehensions over the last `apprehensionsWindowDays` days above this.', unit: 'people', source: `${PWC_MEMO}: 7,000 apprehensions`,
  }),
  apprehensionsWindowDays: documented(z.number().int().min(1).max(30).default(1), {
    what: 'Days over which apprehensions are summed for the trigger.', unit: 'days',
    source: 'press reports disagree: "more than 7,000 arrests a day" (Washington Times) or "7,000 individuals within 72 hours" (another outlet); the memo itself not read; 1 reads it per day, 3 per 72 hours',
  }),
  termDays: documented(nonneg().max(MAX_DURATION_MEAN).default(60), {
    what: 'Days the parole with conditions lasts (to report to ICE and be issued a Notice to Appear).', unit: 'days', source: `${PWC_MEMO}: "an initial 60-day stay"`,
  }),
  exitDelayHours: documented(durationSchema.default(lognormalSpec(6, 2)), {
    what: 'Hours from the decision to release on parole with conditions (no Notice to Appear to prepare).', unit: 'hours',
    source: 'not published; an assumption (a quarter of the parole exit delay); range considered 2-12 h',
  }),
});

export const agentsToProcessingSchema = z.strictObject({
  enabled: documented(z.boolean().default(true), {
    what: 'Agents pulled from patrol to processing: each day, enough patrol agents join the processing agents to process the previous day\'s intake and the queue within a day, up to `maxShareOfPatrol`; fewer agents on patrol apprehend a smaller share of crossers (more gotaways).',
    source: '"approximately 40% of our agents" diverted to care, transport and processing (USBP, Apr 2019); 12%-38% by sector, 38% in Tucson (House Homeland Security Committee interviews, Dec 2023)',
  }),
  patrolAgents: documented(nonneg().max(MAX_CAPACITY).default(3000), {
    what: 'Agents on patrol between ports at any time (those who can be pulled to processing).', unit: 'staff',
    source: '12,013 SW agents "assigned to directly engage in conducting apprehensions" (DHS OIG, Jul 2017; total staffing ~19,300 in 2023 vs 19,565 then) x ~2,200 work hours a year / 8,760 hours, rounded (derived)',
  }),
  maxShareOfPatrol: documented(share().default(0.4), {
    what: 'Largest share of patrol agents that can be pulled to processing.', unit: 'share', source: 'the 40% reported at the 2019 peak; published range 12-40%',
  }),
  apprehensionElasticity: documented(nonneg().max(MAX_ELASTICITY).default(1), {
    what: 'Relative fall of the apprehension share per relative fall of agents on patrol (1: apprehensions in proportion to agents on patrol).', unit: 'factor',
    source: 'not published; an assumption; range considered 0 (patrol strength does not matter) to 1',
  }),
});

export type CeilingConfig = z.output<typeof ceilingSchema>;

export const overflowSchema = z.strictObject({
  ceiling: ceilingSchema.prefault({}).describe('Physical ceiling on Border Patrol holding.'),
  releaseWhenFull: releaseWhenFullSchema.prefault({}).describe('Releases to NGOs or the street when the stations are full.'),
  paroleWithConditions: paroleWithConditionsSchema.prefault({}).describe('Parole with conditions when the May 2023 memo\'s triggers hold.'),
  agentsToProcessing: agentsToProcessingSchema.prefault({}).describe('Agents pulled from patrol to processing when processing falls behind.'),
});
export type OverflowConfig = z.output<typeof overflowSchema>;
