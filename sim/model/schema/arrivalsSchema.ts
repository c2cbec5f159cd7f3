/** Arrivals at the border, CBP One appointments and the ports (with their border cities' shelters). */
import { z } from 'zod';
import { count, day, documented, nonneg, scheduleSchema, share } from './fields.ts';
import { MAX_DAYS, MAX_LIST_ITEMS, MAX_STOCK } from './limits.ts';

const surgeSchema = z.strictObject({
  fromDay: documented(day(), { what: 'First day of the surge (since the start).', unit: 'day' }),
  toDay: documented(day(), { what: 'Day the surge ends (exclusive).', unit: 'day' }),
  multiplier: documented(nonneg(), { what: 'Factor applied to the daily rate during the surge (2 = twice as many).', unit: 'factor' }),
});

/**
 * FY2024 Border Patrol SW apprehensions per day by calendar month, less those of CBP One
 * registrants who gave up waiting and of repeat crossers (as simulated in the baseline, two
 * seeds), divided by the year's mean of that (3,846 a day).
 */
const FY2024_MONTHLY = [0.9373, 1.1616, 1.0588, 1.0233, 0.8964, 0.6425, 0.3964, 0.4153, 0.3997, 1.5125, 1.5622, 1.9924];

const flowSchema = (perDay: z.ZodDefault<z.ZodNumber>, monthly: number[] | undefined) => z.strictObject({
  perDay,
  monthlyFactors: monthly
    ? documented(z.array(nonneg()).length(12).default(monthly), {
      what: 'Factors for January..December applied to `perDay` by the calendar month of each day.', unit: 'factor',
      defaultText: 'the FY2024 monthly profile', source: 'CBP monthly USBP SW apprehensions FY2024 (188,778 in Oct 2023 ... 249,740 in Dec 2023 ... 53,766 in Sep 2024), less the apprehensions of CBP One registrants who gave up waiting and of repeat crossers as simulated, each month\'s daily mean over the year\'s',
    })
    : documented(z.array(nonneg()).length(12).optional(), { what: 'Factors for January..December applied to `perDay` by the calendar month of each day; omitted = flat.', unit: 'factor' }),
  surges: z.array(surgeSchema).max(MAX_LIST_ITEMS).default([]).describe('Periods when the rate is multiplied (a surge, or a drop with a factor below 1).'),
});

export const arrivalsSchema = z.strictObject({
  betweenPorts: flowSchema(documented(nonneg().default(5128), {
    what: 'Mean new crossings between ports per day, apprehended or not (people crossing for the first time within the horizon; repeat crossings come on top, see `reentry`).', unit: 'people/day',
    source: '(1,530,523 FY2024 Border Patrol SW apprehensions (CBP Southwest Land Border Encounters) - ~70,500 apprehended CBP One registrants who gave up waiting - ~52,000 repeat apprehensions, as simulated) / 366 days / the 0.75 apprehension share',
  }), FY2024_MONTHLY).prefault({}).describe('Irregular crossings between ports of entry.'),
  walkUps: flowSchema(documented(nonneg().default(274), {
    what: 'Walk-ups at ports per day (people without an appointment).', unit: 'people/day',
    source: 'FY2024 OFO SW encounters 604,482 minus appointment holders seen (1,450/day x 0.95 show-up x 366), per day',
  }), undefined).prefault({}).describe('People presenting at ports of entry without an appointment.'),
  apprehensionShare: documented(share().default(0.75), {
    what: 'Share of crossings between ports that Border Patrol apprehends; the rest are gotaways.', unit: 'share',
    source: 'an assumption (order of magnitude); gotaway estimates are not in the agency tables used here',
  }),
});

export const cbpOneSchema = z.strictObject({
  enabled: documented(z.boolean().default(true), { what: 'Whether appointments are offered at all.', source: 'FY2024' }),
  registrationsPerDay: documented(nonneg().default(1800), {
    what: 'New people registering and starting to wait in Mexico per day.', unit: 'people/day',
    source: 'not published (requests, ~80,000 a day in May 2023, are not people); set above the 1,450 slots so that, with patience running out, waits stay months long, as reported (up to 9 months in 2024)',
  }),
  initialWaitingList: documented(count().max(MAX_STOCK).default(200000), {
    what: 'People already waiting at the start, spread evenly over the previous `initialWaitDays` days.', unit: 'people',
    source: 'not published, an order of magnitude (about 4-5 months of slots)',
  }),
  initialWaitDays: documented(z.number().int().min(1).max(MAX_DAYS).default(140), {
    what: 'Registration ages of the initial waiting list are spread over this many days.', unit: 'days',
    source: 'an assumption (about 4-5 months of slots)',
  }),
  allocation: documented(z.enum(['lottery', 'registrationOrder', 'mixed']).default('mixed'), {
    what: 'How each day\'s slots are given: at random among those waiting, by registration order, or `mixed` (a share to the longest waiting, the rest at random).',
    source: 'CBP, May 2023',
  }),
  longestWaitingShare: documented(share().default(0.5), {
    what: 'Under `mixed`, share of slots reserved for those waiting longest.', unit: 'share',
    source: '"about half", CBP announcement on CBP One changes, May 2023',
  }),
  noShowShare: documented(share().default(0.05), {
    what: 'Share of appointment holders who do not appear (they leave the model).', unit: 'share', source: 'not published, an assumption',
  }),
  patienceDays: documented(nonneg().default(365), {
    what: 'Mean days a registrant keeps waiting before giving up (exponential); 0 = unlimited patience.', unit: 'days', source: 'not published, an assumption',
  }),
  crossAfterPatienceShare: documented(share().default(0.5), {
    what: 'Share of those who stop waiting who cross between ports instead (the rest leave); it is how appointment policy feeds back into irregular crossings.', unit: 'share',
    source: 'an assumption',
  }),
  shareWaitingInBorderCities: documented(share().default(0.3), {
    what: 'Share of registrants who wait in the border city of their port (the rest wait elsewhere in Mexico and do not use border shelters).', unit: 'share',
    source: 'an assumption',
  }),
});

const portSchema = z.strictObject({
  id: z.string().min(1).describe('Port id.'),
  city: z.string().min(1).describe('Mexican border city whose shelters serve the port.'),
  appointmentsPerDay: documented(scheduleSchema, { what: 'CBP One appointment slots per day (steps by day allowed, e.g. slots raised on a date).', unit: 'people/day' }),
  shelterPlaces: documented(count(), { what: 'Shelter places in the border city.', unit: 'places' }),
  registrationShare: documented(share(), { what: 'Share of CBP One registrants (and MPP returnees) who wait for this port / city.', unit: 'share' }),
});

/** Default ports: the 8 taking CBP One appointments (CBP, May 2023); slots sum to 1,450 a day (CBP, 30 Jun 2023). */
const DEFAULT_PORTS = [
  { id: 'sanYsidro', city: 'Tijuana', appointmentsPerDay: 325, shelterPlaces: 2000, registrationShare: 0.224 },
  { id: 'calexico', city: 'Mexicali', appointmentsPerDay: 150, shelterPlaces: 3000, registrationShare: 0.104 },
  { id: 'nogales', city: 'Nogales', appointmentsPerDay: 100, shelterPlaces: 1000, registrationShare: 0.069 },
  { id: 'pasoDelNorte', city: 'Ciudad Juarez', appointmentsPerDay: 250, shelterPlaces: 1500, registrationShare: 0.172 },
  { id: 'eaglePass', city: 'Piedras Negras', appointmentsPerDay: 125, shelterPlaces: 500, registrationShare: 0.086 },
  { id: 'laredo', city: 'Nuevo Laredo', appointmentsPerDay: 150, shelterPlaces: 800, registrationShare: 0.104 },
  { id: 'hidalgo', city: 'Reynosa', appointmentsPerDay: 200, shelterPlaces: 1000, registrationShare: 0.138 },
  { id: 'brownsville', city: 'Matamoros', appointmentsPerDay: 150, shelterPlaces: 800, registrationShare: 0.103 },
];

export const portsSchema = documented(z.array(portSchema).min(1).max(MAX_LIST_ITEMS).superRefine((ports, ctx) => {
  const sum = ports.reduce((a, p) => a + p.registrationShare, 0);
  if (Math.abs(sum - 1) > 1e-6) ctx.addIssue({ code: 'custom', message: `registrationShare must sum to 1 over ports (it sums to ${+sum.toFixed(6)})`, params: { expected: 'shares summing to 1' } });
}).default(DEFAULT_PORTS), {
  what: 'Ports taking appointments, with their border city\'s shelters.',
  defaultText: `the ${DEFAULT_PORTS.length} CBP One ports with ${DEFAULT_PORTS.reduce((a, p) => a + p.appointmentsPerDay, 0).toLocaleString('en-US')} slots a day`,
  source: 'CBP (May 2023; 30 Jun 2023); per-port slots are not published except Nogales (~100/day), so the split is an assumption; Mexicali 3,000 places (seed 001; other sources give ~1,000), other cities orders of magnitude',
});
