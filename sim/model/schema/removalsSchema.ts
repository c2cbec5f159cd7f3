/**
 * Removal logistics: who carries out an expedited removal (CBP at the land border, or ICE),
 * where people wait for it (Border Patrol custody, ICE beds), ICE's removal capacity per day
 * by destination group, and how long ICE holds people it cannot remove before releasing them.
 */
import { z } from 'zod';
import { documented, nonneg, scheduleSchema, share } from './fields.ts';
import { MAX_DAYS } from './limits.ts';

const destinationSchema = z.strictObject({
  nationality: z.string().min(1).describe('Nationality group id (from `population.nationalities`): the people removed to this destination.'),
  seatsPerDay: documented(scheduleSchema.optional(), {
    what: 'ICE removals to this group per day that flights and the receiving country allow (steps by day allowed); omitted: only ICE\'s overall limit (`detention.removalsPerDay`) applies. Unused seats do not carry over.',
    unit: 'people/day',
  }),
  cbpRepatriationShare: documented(share().default(0), {
    what: 'Share of this group\'s expedited removals that CBP carries out itself, returning people across the land border when they leave custody (no ICE seat, no ICE bed).', unit: 'share',
    source: 'none (removal by air, through ICE)',
  }),
  fromCustodyShare: documented(share().default(0), {
    what: 'Share of this group\'s other expedited removals that ICE carries out straight from Border Patrol custody when it has a seat that day, without booking people into detention; the rest (and those without a seat) are booked into ICE detention, or wait in custody for a bed.', unit: 'share',
    source: 'none (through detention)',
  }),
});

/**
 * FY2024 defaults. Mexico takes its nationals back across the land border; Guatemala,
 * Honduras and El Salvador by frequent charter flights; Cuba, Nicaragua and Venezuela accept
 * few or no removal flights; the rest of the world by commercial and charter flights.
 */
export const DEFAULT_DESTINATIONS: z.output<typeof destinationSchema>[] = [
  { nationality: 'mexico', cbpRepatriationShare: 0.77, fromCustodyShare: 1 },
  { nationality: 'northernTriangle', seatsPerDay: 450, cbpRepatriationShare: 0, fromCustodyShare: 0.6 },
  { nationality: 'chnv', seatsPerDay: 20, cbpRepatriationShare: 0, fromCustodyShare: 0 },
  { nationality: 'other', seatsPerDay: 200, cbpRepatriationShare: 0, fromCustodyShare: 0 },
];

const percent = (x: number) => `${+(x * 100).toFixed(1)}%`;
/** A destination default in words, for the field's description. */
function destinationText(x: z.output<typeof destinationSchema>): string {
  const seats = x.seatsPerDay === undefined ? 'no seat limit of its own' : typeof x.seatsPerDay === 'number' ? `${x.seatsPerDay} seats a day` : 'seats by day';
  const parts = [seats];
  if (x.cbpRepatriationShare > 0) parts.push(`${percent(x.cbpRepatriationShare)} of expedited removals by CBP`);
  if (x.fromCustodyShare > 0) parts.push(`${percent(x.fromCustodyShare)} of ICE's expedited removals from custody`);
  return `${x.nationality}: ${parts.join(', ')}`;
}

export const removalsSchema = z.strictObject({
  logistics: documented(z.boolean().default(true), {
    what: 'Whether removals have logistics: expedited removals are carried out by CBP or ICE, people whom ICE removes wait for a seat of their destination group (in Border Patrol custody or in ICE beds, which they occupy), and those ICE cannot remove are held up to `holdLimitDays` and then released. If false, expedited removals take place when people leave custody, and removals from detention share one daily limit (`detention.removalsPerDay`) with no destination groups.',
    source: 'on: ICE reports its own removals (271,484 in FY2024, ICE annual report), apart from CBP\'s returns of Mexicans over land; false gives the engine before removal logistics',
  }),
  holdLimitDays: documented(nonneg().max(MAX_DAYS).default(90), {
    what: 'Days ICE holds a person with a removal order whom it cannot remove (no seat to the destination) before releasing them under supervision.', unit: 'days',
    source: 'the 90-day removal period after a final order, INA §241(a)(1)(A); Zadvydas v. Davis (2001) presumes six months reasonable (range considered 90-180 days)',
  }),
  destinations: documented(z.array(destinationSchema).default(DEFAULT_DESTINATIONS), {
    what: 'Removal logistics by destination group (one entry per nationality group at most); a group not listed has no seat limit of its own and is removed by ICE through detention. The default entries name the default nationality groups; they do not apply to groups a scenario does not have.',
    defaultText: DEFAULT_DESTINATIONS.map(destinationText).join('; '),
    source: 'not published by destination. Seats by air (northern Triangle, CHNV and other together) are bounded by ICE\'s 495+ international removal flights from 5 Jun to 30 Sep 2024 (CBP, September 2024 monthly update), about 4.2 a day at 127-199 seats a flight (Venezuela flights), 530-830 seats a day (derived); CHNV: Cuba, Nicaragua and Venezuela are among the 15 countries ICE lists as uncooperative, fewer than 2,000 Venezuelans were flown back in four months of 2023-24; Mexico takes its nationals back over land. The shares by CBP and from custody are set so that ICE removals come near 271,484 and its book-outs to removal near 152,982 (ICE detention statistics FY2024): ICE removed 118,502 more people than it booked out of detention to removal, people it never held in detention (derived)',
  }),
});
export type Removals = z.output<typeof removalsSchema>;
