/**
 * How irregular arrivals respond to what migrants can observe: the share of people like them
 * released into the US, the share meeting a consequence, the CBP One wait, and lawful places
 * that substitute for crossing. Off by default: the calibrated baseline holds arrivals fixed.
 * Every response is an assumption a user tries; the published record bounds it (docs/model.md,
 * "Behaviour of arrivals").
 */
import { z } from 'zod';
import { documented, nonneg, share } from './fields.ts';
import { MAX_DAYS, MAX_NATIONALITIES, MAX_RATE_PER_DAY } from './limits.ts';

/** Reference levels of one nationality group's signals: the levels at which arrivals are the scenario's base flow. */
const referenceSchema = z.strictObject({
  nationality: z.string().min(1).describe('Nationality group id (from `population.nationalities`).'),
  releasedShare: documented(share(), { what: 'Share of the group\'s Border Patrol encounters released into the US (parole, release from detention) at the reference.', unit: 'share' }),
  consequenceShare: documented(share(), { what: 'Share of the group\'s Border Patrol encounters expelled, returned to Mexico or removed at the reference.', unit: 'share' }),
});

/**
 * FY2024 baseline levels by group, as the baseline simulates them over a year with arrivals
 * held fixed (seed 2024; `scripts/behaviourReference.ts` prints them, and
 * test/model/behaviourReference.test.ts fails when the model drifts away from them): the signals
 * at which the baseline's arrivals are its calibrated flows.
 */
const FY2024_REFERENCE = [
  { nationality: 'mexico', releasedShare: 0.52, consequenceShare: 0.47 },
  { nationality: 'northernTriangle', releasedShare: 0.67, consequenceShare: 0.34 },
  { nationality: 'chnv', releasedShare: 0.95, consequenceShare: 0.02 },
  { nationality: 'other', releasedShare: 0.91, consequenceShare: 0.08 },
];

export const behaviourSchema = z.strictObject({
  enabled: documented(z.boolean().default(false), {
    what: 'Whether crossings between ports respond to the signals below; off, they follow the scenario\'s arrival flows.', source: 'off: the baseline is calibrated with arrivals held fixed',
  }),
  potentialMultiplier: documented(z.number().min(1).max(10).default(3), {
    what: 'Crossings are drawn from a potential stream this many times the base flow and thinned to the modelled response, so paired comparisons share their random numbers whatever the response; the response cannot exceed this multiple. Changing it changes the random draws.',
    unit: 'factor', source: 'an implementation choice: room for crossings to triple (CHNV crossings were about five times their FY2024 level before the CHNV processes, DHS)',
  }),
  perceptionLagDays: documented(z.number().int().min(1).max(365).default(30), {
    what: 'Days before an outcome is seen by those deciding to cross (news, family and social media).', unit: 'days',
    source: 'not published; an assumption (weeks to a month)',
  }),
  windowDays: documented(z.number().int().min(1).max(365).default(30), {
    what: 'Days over which the outcomes seen are averaged.', unit: 'days', source: 'not published; an assumption',
  }),
  releaseElasticity: documented(nonneg().max(5).default(0), {
    what: 'Percent change in crossings per percent change in the share of the group released into the US: the "pull" of parole and release. 0 = no pull.', unit: 'factor',
    source: 'no published estimate; claimed by one side of the debate ("expanded the use of parole beyond any recognizable point", seed 000); 1 makes crossings proportional to the chance of release (the pull-hypothesis preset)',
  }),
  consequenceElasticity: documented(nonneg().max(5).default(0), {
    what: 'Percent fall in crossings per percent rise in the share of the group expelled, returned to Mexico or removed: deterrence. 0 = none.', unit: 'factor',
    source: 'no published elasticity of first crossings; penalties cut Mexican men\'s re-apprehension within 3 months from 22.6% by 6.6-8.1 points (Bazzi et al., AEJ: Economic Policy 2021), about a third; TRAC (2022) found repeat crossing did not rise significantly when Title 42 carried no penalty',
  }),
  appointmentWaitElasticity: documented(nonneg().max(5).default(0), {
    what: 'Percent change in crossings per percent change in the expected CBP One wait (people waiting over daily slots).', unit: 'factor',
    source: 'not published; an assumption',
  }),
  referenceWaitDays: documented(nonneg().min(1).max(MAX_DAYS).default(110), {
    what: 'Expected CBP One wait at which the wait has no effect.', unit: 'days', source: 'the FY2024 baseline\'s simulated mean wait (about 110 days)',
  }),
  substitutionPerPlace: documented(nonneg().max(10).default(0), {
    what: 'Irregular crossings of eligible nationalities that each program parole (CHNV and others with `nationalities`) takes the place of, against the reference places below: fewer places, more crossings. 0 = no substitution. (CBP One registrants are modelled as people: fewer slots mean longer waits and more of them crossing when their patience runs out, and with appointments closed a share of would-be registrants cross.)', unit: 'factor',
    source: 'DHS (25 Jul 2023): CHNV unlawful encounters fell from a 7-day average of 3,453 (mid-Dec 2022) to 394 (end of June 2023) while ~160,000 used the CHNV processes in six months (~880 a day), about 3.5 crossings per place, with enforcement (Mexico accepting returns) in the same months; CIS (27 Oct 2023) argues the effect did not last (0); 1 is one-for-one (the pathways-substitution preset)',
  }),
  referencePrograms: documented(z.array(z.strictObject({
    nationality: z.string().min(1).describe('Nationality group id.'),
    placesPerDay: documented(nonneg().max(MAX_RATE_PER_DAY), { what: 'Program paroles a day of the group at which programs have no effect on its crossings.', unit: 'people/day' }),
  })).max(MAX_NATIONALITIES).default([{ nationality: 'chnv', placesPerDay: 30000 / (365.25 / 12) }]), {
    what: 'Program paroles a day, by nationality group, at which programs have no effect on crossings (groups not listed: none).', unit: 'people/day',
    defaultText: 'CHNV at its cap of 30,000 a month (986 a day)', source: 'DHS, 88 FR 1279 (9 Jan 2023): a combined monthly limit of 30,000',
  }),
  reference: documented(z.array(referenceSchema).max(MAX_NATIONALITIES).default(FY2024_REFERENCE), {
    what: 'Reference signals by nationality group: at these levels arrivals are the scenario\'s base flow. A group not listed uses the mean of those listed.', unit: 'share',
    defaultText: `the FY2024 baseline's simulated levels (${FY2024_REFERENCE.map((r) => `${r.nationality} ${Math.round(r.releasedShare * 100)}% released and ${Math.round(r.consequenceShare * 100)}% meeting a consequence`).join('; ')})`,
    source: 'a one-year seeded baseline run with arrivals held fixed (scripts/behaviourReference.ts)',
  }),
});
export type Behaviour = z.output<typeof behaviourSchema>;
