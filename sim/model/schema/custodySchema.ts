/** Border Patrol stations, ports of entry (OFO) and credible-fear screening. */
import { z } from 'zod';
import { durationSchema, exponentialSpec, lognormalSpec } from './distribution.ts';
import { documented, nonneg, scheduleSchema } from './fields.ts';
import { DISPOSITION, DISPOSITIONS, type DispositionKind } from './vocabulary.ts';

/** Hours between the end of processing and leaving custody, one field per disposition. */
const exitDelaySchema = (defaults: Record<DispositionKind, number>, source: string) => z.strictObject(
  Object.fromEntries(DISPOSITIONS.map((k) => [k, documented(nonneg().default(defaults[k]), { what: DISPOSITION[k].exitDelay, unit: 'hours', source })])) as
    Record<DispositionKind, z.ZodDefault<z.ZodNumber>>,
);

const EXIT_DELAY_SOURCE = 'not published; set so that the mean time in custody is near the 39 h observed in 2014-15 (Cato)';

export const borderPatrolSchema = z.strictObject({
  transportHours: documented(nonneg().default(2), {
    what: 'Hours from apprehension to arrival at a processing station (in custody).', unit: 'hours', source: 'not published, an order of magnitude',
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
  exitDelayHours: exitDelaySchema({ parole: 24, detain: 30, mpp: 12, expeditedRemoval: 36, expel: 6 }, EXIT_DELAY_SOURCE).prefault({})
    .describe('Hours in custody after the decision, per disposition.'),
});

export const ofoSchema = z.strictObject({
  officers: documented(scheduleSchema.default(120), {
    what: 'Officers processing at any time across the SW ports.', unit: 'staff', source: 'not published; an order of magnitude that handles ~1,650 a day',
  }),
  processingMinutes: documented(durationSchema.default(lognormalSpec(45, 20)), {
    what: 'Officer minutes per person.', unit: 'minutes', source: 'not published, an order of magnitude',
  }),
  holdingCapacity: documented(scheduleSchema.default(2500), { what: 'Port holding capacity.', unit: 'people', source: 'not published, an order of magnitude' }),
  exitDelayHours: exitDelaySchema({ parole: 8, detain: 24, mpp: 8, expeditedRemoval: 24, expel: 4 }, 'not published; orders of magnitude').prefault({})
    .describe('Hours in port custody after the decision, per disposition.'),
});

export const credibleFearSchema = z.strictObject({
  asylumOfficers: documented(scheduleSchema.default(60), {
    what: 'Asylum officers screening at any time.', unit: 'staff',
    source: 'USCIS made 28,000-125,000 determinations a year in FY2020-24; 60 officers at 4 h each can handle ~360 a day (~130,000 a year)',
  }),
  screeningHours: documented(durationSchema.default(exponentialSpec(4)), {
    what: 'Officer hours per screening (interview and write-up).', unit: 'hours', source: 'not published, an order of magnitude',
  }),
  positiveShare: documented(z.number().min(0).max(1).default(0.6), {
    what: 'Share of screenings with a positive finding.', unit: 'share',
    source: 'positive rates were 75-92% in FY2006-18 and 67.4% in Dec 2020-Dec 2021 (USCIS); lower under the 2023 Circumvention of Lawful Pathways rule',
  }),
  positiveThen: documented(z.enum(['parole', 'detain']).default('parole'), {
    what: 'What happens after a positive finding: release on parole with a Notice to Appear, or ICE detention (if a bed is free, else parole).',
    source: 'FY2024 practice',
  }),
});
