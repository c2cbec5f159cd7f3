/** Border Patrol stations, ports of entry (OFO) and credible-fear screening. */
import { z } from 'zod';
import { durationSchema, exponentialSpec, lognormalSpec, type DistributionSpec } from './distribution.ts';
import { documented, nonneg, scheduleSchema } from './fields.ts';
import { MAX_DURATION_MEAN } from './limits.ts';
import { ceilingSchema, overflowSchema } from './overflowSchema.ts';
import { DISPOSITION, DISPOSITIONS, type DispositionKind } from './vocabulary.ts';

/** A duration in hours: a fixed number, or a distribution (each person or family draws one). */
export const hoursSchema = z.union([nonneg().max(MAX_DURATION_MEAN), durationSchema], { error: `expected a number of hours from 0 to ${MAX_DURATION_MEAN.toExponential()} or a distribution { kind, ... }` });
export type HoursInput = z.output<typeof hoursSchema>;

/** Hours between the end of processing and leaving custody, one field per disposition. */
const exitDelaySchema = (defaults: Record<DispositionKind, number | DistributionSpec>, source: string) => z.strictObject(
  Object.fromEntries(DISPOSITIONS.map((k) => [k, documented(hoursSchema.default(defaults[k]), { what: DISPOSITION[k].exitDelay, unit: 'hours', source })])) as
    Record<DispositionKind, z.ZodDefault<typeof hoursSchema>>,
);

const EXIT_DELAY_SOURCE = 'means not published; set so that the mean time in custody is near the 39 h observed in 2014-15 (Cato); the spread an assumption (range considered 4-16 h): Cato\'s 2014-15 microdata give sd 105.5 h around 44.1 h for Central Americans, most of it long waits the model draws separately (for an ICE bed, for screening)';

export const borderPatrolSchema = z.strictObject({
  transportHours: documented(hoursSchema.default(lognormalSpec(2, 1)), {
    what: 'Hours from apprehension to arrival at a processing station (in custody): a number, or a distribution drawn per party.', unit: 'hours', source: 'not published, an order of magnitude',
  }),
  agents: documented(scheduleSchema.default(330), {
    what: 'Agents processing at any time, across SW stations (a number, or steps by day).', unit: 'staff',
    source: 'not published; chosen so that the FY2024 flow gives a mean time in custody near the 39 h observed in 2014-15 (Cato), with crowding in Dec 2023',
  }),
  processingMinutes: documented(durationSchema.default(lognormalSpec(60, 30)), {
    what: 'Agent minutes to process one person (a family takes the sum over its members).', unit: 'minutes', source: 'not published, an order of magnitude',
  }),
  holdingCapacity: documented(scheduleSchema.default(20000), {
    what: 'Rated holding capacity (steps by day allowed).', unit: 'people',
    source: 'not published as a total; an order of magnitude from reports of 24,000 in custody with three sectors over capacity (Dec 2023) and 19,000+ at the 2019 peak',
  }),
  exitDelayHours: exitDelaySchema({
    parole: lognormalSpec(30, 8), detain: lognormalSpec(36, 8), mpp: lognormalSpec(12, 4), expeditedRemoval: lognormalSpec(40, 8), expel: lognormalSpec(6, 2),
  }, EXIT_DELAY_SOURCE).prefault({})
    .describe('Hours in custody after the decision, per disposition (a number, or a distribution drawn per party), before any wait for an ICE bed or for credible-fear screening.'),
  // Crowding: the physical ceiling and CBP's responses (custody overflow).
  overflow: overflowSchema.prefault({}).describe('What gives way when stations crowd: a physical ceiling on holding and the responses CBP uses.'),
});

export const ofoSchema = z.strictObject({
  officers: documented(scheduleSchema.default(120), {
    what: 'Officers processing at any time across the SW ports.', unit: 'staff', source: 'not published; an order of magnitude that handles ~1,650 a day',
  }),
  processingMinutes: documented(durationSchema.default(lognormalSpec(45, 20)), {
    what: 'Officer minutes per person.', unit: 'minutes', source: 'not published, an order of magnitude',
  }),
  holdingCapacity: documented(scheduleSchema.default(2500), { what: 'Port holding capacity.', unit: 'people', source: 'not published, an order of magnitude' }),
  exitDelayHours: exitDelaySchema({
    parole: lognormalSpec(8, 3), detain: lognormalSpec(24, 6), mpp: lognormalSpec(8, 3), expeditedRemoval: lognormalSpec(24, 6), expel: lognormalSpec(4, 1.5),
  }, 'not published; orders of magnitude').prefault({})
    .describe('Hours in port custody after the decision, per disposition (a number, or a distribution drawn per party), before any wait for an ICE bed or for credible-fear screening.'),
  // Crowding: the physical ceiling of port holding (custody overflow; releases as borderPatrol.overflow.releaseWhenFull says).
  ceiling: ceilingSchema.prefault({}).describe('Physical ceiling on port holding.'),
});

export const credibleFearSchema = z.strictObject({
  asylumOfficers: documented(scheduleSchema.default(90), {
    what: 'Asylum officers screening at any time.', unit: 'staff',
    source: 'USCIS made 28,000-125,000 determinations a year in FY2020-24 (DOJ/DHS final rule, 18 Dec 2024); over 200 asylum officers were assigned to credible-fear interviews in May 2019 (USCIS, via asylumist.com) and 600-700 could be sent to border duty in May 2023 (USCIS asylum division chief, Washington Times, May 2023), about 50 and 145-165 at any time on 40-hour weeks (derived); set between them so that the baseline\'s ~123,000 screenings a year wait about a day for an officer, under the 72-hour target of FY2023-24 practice (fewer officers leave thousands waiting in custody through the winter)',
  }),
  screeningHours: documented(durationSchema.default(exponentialSpec(4)), {
    what: 'Officer hours per screening (interview and write-up).', unit: 'hours', source: 'not published, an order of magnitude',
  }),
  positiveShare: documented(z.number().min(0).max(1).default(0.6), {
    what: 'Share of screenings with a positive finding.', unit: 'share',
    source: 'positive rates were 75-92% in FY2006-18 and 67.4% in Dec 2020-Dec 2021 (USCIS); lower under the 2023 Circumvention of Lawful Pathways rule',
  }),
  location: documented(z.enum(['custody', 'detention']).default('custody'), {
    what: 'Where people wait for and have their credible-fear interview: in the Border Patrol or port custody that placed them in expedited removal (occupying its holding space, counted in its time in custody and cost), or in ICE detention (occupying a bed, counted as a book-in and in bed-day costs; with no bed free they wait in custody for one).',
    source: 'FY2023-24 practice: interviews by phone "in large Customs and Border Protection temporary facilities stocked with phone lines" from April 2023, target 72 hours (FAIR, Apr 2023; NIJC, 2023); USCIS also screens in ICE custody (USCIS testimony, 6 Sep 2023); the 2019-20 PACR/HARP pilots kept people in CBP custody (GAO-21-144)',
  }),
  positiveThen: documented(z.enum(['parole', 'detain']).default('parole'), {
    what: 'What happens after a positive finding: release on parole with a Notice to Appear, or ICE detention (if a bed is free, else parole).',
    source: 'FY2024 practice',
  }),
});
