/**
 * Removal logistics: who carries out an expedited removal (CBP at the land border, or ICE),
 * where people wait for it (Border Patrol custody, ICE beds), ICE's removal capacity per day
 * by destination group, and how long ICE holds people it cannot remove before releasing them.
 */
import { z } from 'zod';
import { documented, nonneg, scheduleSchema, share } from './fields.ts';

const destinationSchema = z.strictObject({
  nationality: z.string().min(1).describe('Nationality group id (from `population.nationalities`): the people removed to this destination.'),
  seatsPerDay: documented(scheduleSchema.optional(), {
    what: 'ICE removals to this group per day that flights and the receiving country allow (steps by day allowed); omitted: only ICE\'s overall limit (`detention.removalsPerDay`) applies. Unused seats do not carry over.',
    unit: 'people/day',
  }),
  cbpRepatriationShare: documented(share().default(0), {
    what: 'Share of this group\'s expedited removals that CBP carries out itself, returning people across the land border when they leave custody (no ICE seat, no ICE bed).', unit: 'share',
    source: 'none for groups removed by air',
  }),
  fromCustodyShare: documented(share().default(0), {
    what: 'Share of this group\'s other expedited removals that ICE carries out straight from Border Patrol custody when it has a seat that day, without booking people into detention; the rest (and those without a seat) are booked into ICE detention, or wait in custody for a bed.', unit: 'share',
    source: 'none',
  }),
});

/**
 * FY2024 defaults. Mexico takes its nationals back across the land border; Guatemala,
 * Honduras and El Salvador by frequent charter flights; Cuba, Nicaragua and Venezuela accept
 * few or no removal flights; the rest of the world by commercial and charter flights.
 */
export const DEFAULT_DESTINATIONS: z.output<typeof destinationSchema>[] = [
  { nationality: 'mexico', cbpRepatriationShare: 0.6, fromCustodyShare: 1 },
  { nationality: 'northernTriangle', seatsPerDay: 450, cbpRepatriationShare: 0, fromCustodyShare: 0.5 },
  { nationality: 'chnv', seatsPerDay: 15, cbpRepatriationShare: 0, fromCustodyShare: 0 },
  { nationality: 'other', seatsPerDay: 200, cbpRepatriationShare: 0, fromCustodyShare: 0 },
];

export const removalsSchema = z.strictObject({
  logistics: documented(z.boolean().default(false), {
    what: 'Whether removals have logistics: expedited removals are carried out by CBP or ICE, people whom ICE removes wait for a seat of their destination group (in Border Patrol custody or in ICE beds, which they occupy), and those ICE cannot remove are held up to `holdLimitDays` and then released. If false, expedited removals take place when people leave custody, and removals from detention share one daily limit (`detention.removalsPerDay`) with no destination groups.',
    source: 'the engine before removal logistics',
  }),
  holdLimitDays: documented(nonneg().default(90), {
    what: 'Days ICE holds a person with a removal order whom it cannot remove (no seat to the destination) before releasing them under supervision.', unit: 'days',
    source: 'the 90-day removal period after a final order, INA §241(a)(1)(A); Zadvydas v. Davis (2001) presumes six months reasonable (range considered 90-180 days)',
  }),
  destinations: documented(z.array(destinationSchema).default(DEFAULT_DESTINATIONS), {
    what: 'Removal logistics by destination group (one entry per nationality group at most); a group not listed has no seat limit of its own and is removed by ICE through detention. The default entries name the default nationality groups; they do not apply to groups a scenario does not have.',
    defaultText: 'Mexico: 60% of expedited removals by CBP at the land border, the rest by ICE straight from custody, no seat limit of its own; northern Triangle: 450 seats a day, half from custody; CHNV: 15 seats a day; other: 200 seats a day',
    source: 'ICE FY2024 removals by country (Mexico 87,298, Guatemala 66,435, Honduras 45,923, El Salvador 15,284; ICE annual report); ICE\'s list of countries that do not cooperate with removals (Cuba, Venezuela among 15); Venezuela: fewer than 2,000 flown back in four months of 2023-24; seats per group are not published',
  }),
});
export type Removals = z.output<typeof removalsSchema>;
