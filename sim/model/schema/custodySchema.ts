/** Border Patrol stations, ports of entry (OFO) and credible-fear screening. */
import { z } from 'zod';
import { distributionSchema, exponentialSpec, lognormalSpec } from './distribution.ts';
import { nonneg, scheduleSchema } from './fields.ts';

/** Hours between the end of processing and leaving custody, per disposition. */
const exitDelaySchema = (d: { parole: number; detain: number; mpp: number; expeditedRemoval: number; expel: number }) => z.strictObject({
  parole: nonneg().default(d.parole).describe('Hours from decision to release on parole (paperwork, transport to a release point).'),
  detain: nonneg().default(d.detain).describe('Hours from decision to ICE pick-up, when a bed is free.'),
  mpp: nonneg().default(d.mpp).describe('Hours from decision to return to Mexico.'),
  expeditedRemoval: nonneg().default(d.expeditedRemoval).describe('Hours from decision to removal or hand-over for credible-fear screening.'),
  expel: nonneg().default(d.expel).describe('Hours from decision to expulsion.'),
});

export const borderPatrolSchema = z.strictObject({
  transportHours: nonneg().default(2)
    .describe('Hours from apprehension to arrival at a processing station (in custody). Default 2: not published, an order of magnitude.'),
  agents: scheduleSchema.default(330)
    .describe('Agents processing at any time, across SW stations (number, or steps by day). Default 330: not published; chosen so that the FY2024 flow gives a mean time in custody near the 39 h observed in 2014-15 (Cato), with crowding in Dec 2023.'),
  processingMinutes: distributionSchema.default(lognormalSpec(60, 30))
    .describe('Agent minutes to process one person (a family takes the sum over its members). Default lognormal, mean 60, sd 30: not published, an order of magnitude.'),
  holdingCapacity: scheduleSchema.default(20000)
    .describe('Rated holding capacity, people (steps by day allowed). Default 20,000: not published as a total; an order of magnitude from reports of 24,000 in custody with three sectors over capacity (Dec 2023) and 19,000+ at the 2019 peak.'),
  exitDelayHours: exitDelaySchema({ parole: 24, detain: 30, mpp: 12, expeditedRemoval: 36, expel: 6 }).prefault({})
    .describe('Hours in custody after the decision, per disposition. Defaults: not published; set so that the mean time in custody is near the 39 h observed in 2014-15 (Cato).'),
});

export const ofoSchema = z.strictObject({
  officers: scheduleSchema.default(120)
    .describe('Officers processing at any time across the SW ports. Default 120: not published; an order of magnitude that handles ~1,650 a day.'),
  processingMinutes: distributionSchema.default(lognormalSpec(45, 20))
    .describe('Officer minutes per person. Default lognormal, mean 45, sd 20: not published, an order of magnitude.'),
  holdingCapacity: scheduleSchema.default(2500)
    .describe('Port holding capacity, people. Default 2,500: not published, an order of magnitude.'),
  exitDelayHours: exitDelaySchema({ parole: 8, detain: 24, mpp: 8, expeditedRemoval: 24, expel: 4 }).prefault({})
    .describe('Hours in port custody after the decision, per disposition. Not published; orders of magnitude.'),
});

export const credibleFearSchema = z.strictObject({
  asylumOfficers: scheduleSchema.default(60)
    .describe('Asylum officers screening at any time. Default 60: USCIS made 28,000-125,000 determinations a year in FY2020-24; 60 officers at 4 h each can handle ~360 a day (~130,000 a year).'),
  screeningHours: distributionSchema.default(exponentialSpec(4))
    .describe('Officer hours per screening (interview and write-up). Default exponential, mean 4: not published, an order of magnitude.'),
  positiveShare: z.number().min(0).max(1).default(0.6)
    .describe('Share of screenings with a positive finding. Default 0.6: positive rates were 75-92% in FY2006-18 and 67.4% in Dec 2020-Dec 2021 (USCIS); lower under the 2023 Circumvention of Lawful Pathways rule.'),
  positiveThen: z.enum(['parole', 'detain']).default('parole')
    .describe('What happens after a positive finding: release on parole with a Notice to Appear, or ICE detention (if a bed is free, else parole). Default parole.'),
});
