/** Arrivals at the border, CBP One appointments and the ports (with their border cities' shelters). */
import { z } from 'zod';
import { count, day, nonneg, share } from './fields.ts';

const surgeSchema = z.strictObject({
  fromDay: day().describe('First day of the surge (since the start).'),
  toDay: day().describe('Day the surge ends (exclusive).'),
  multiplier: nonneg().describe('Factor applied to the daily rate during the surge (2 = twice as many).'),
});

/** FY2024 Border Patrol SW apprehensions per day by calendar month, divided by the FY mean (4,181.8/day). */
const FY2024_MONTHLY = [0.9582, 1.1598, 1.0605, 1.0275, 0.9095, 0.6659, 0.4351, 0.4477, 0.4286, 1.4562, 1.5234, 1.9265];

const flowSchema = (perDay: number, perDayDescription: string, monthly: number[] | undefined) => z.strictObject({
  perDay: nonneg().default(perDay).describe(perDayDescription),
  monthlyFactors: (monthly ? z.array(nonneg()).length(12).default(monthly) : z.array(nonneg()).length(12).optional())
    .describe('Factors for January..December applied to `perDay` by the calendar month of each day; omitted = flat.'),
  surges: z.array(surgeSchema).default([]).describe('Periods when the rate is multiplied (a surge, or a drop with a factor below 1).'),
});

export const arrivalsSchema = z.strictObject({
  betweenPorts: flowSchema(5340, 'Mean new crossings between ports per day (people), apprehended or not. Default 5,340 = (1,530,523 FY2024 Border Patrol SW apprehensions (CBP Southwest Land Border Encounters) - ~65,000 apprehended CBP One registrants who gave up waiting, as simulated) / 366 days / the 0.75 apprehension share.', FY2024_MONTHLY)
    .prefault({}).describe('Irregular crossings between ports of entry. Default monthly profile: CBP monthly USBP SW apprehensions FY2024 (188,778 in Oct 2023 ... 249,740 in Dec 2023 ... 53,766 in Sep 2024).'),
  walkUps: flowSchema(274, 'Walk-ups at ports per day (people without an appointment). Default 274: FY2024 OFO SW encounters 604,482 minus appointment holders seen (1,450/day x 0.95 show-up x 366), per day.', undefined)
    .prefault({}).describe('People presenting at ports of entry without an appointment.'),
  apprehensionShare: share().default(0.75)
    .describe('Share of crossings between ports that Border Patrol apprehends; the rest are gotaways. Default 0.75: an assumption (order of magnitude); gotaway estimates are not in the agency tables used here.'),
});

export const cbpOneSchema = z.strictObject({
  enabled: z.boolean().default(true).describe('Whether appointments are offered at all. Default true (FY2024).'),
  registrationsPerDay: nonneg().default(1800)
    .describe('New people registering and starting to wait in Mexico per day. Default 1,550: not published (requests, ~80,000 a day in May 2023, are not people); set above the 1,450 slots so that, with patience running out, waits stay months long, as reported (up to 9 months in 2024).'),
  initialWaitingList: count().default(200000)
    .describe('People already waiting at the start, spread evenly over the previous `initialWaitDays` days. Default 200,000: not published, an order of magnitude (about 4-5 months of slots).'),
  initialWaitDays: z.number().int().min(1).default(140).describe('Registration ages of the initial waiting list are spread over this many days. Default 140.'),
  allocation: z.enum(['lottery', 'registrationOrder', 'mixed']).default('mixed')
    .describe('How each day\'s slots are given: at random among those waiting, by registration order, or `mixed` (a share to the longest waiting, the rest at random). Default mixed (CBP, May 2023).'),
  longestWaitingShare: share().default(0.5)
    .describe('Under `mixed`, share of slots reserved for those waiting longest. Default 0.5 ("about half", CBP announcement on CBP One changes, May 2023).'),
  noShowShare: share().default(0.05)
    .describe('Share of appointment holders who do not appear (they leave the model). Default 0.05: not published, an assumption.'),
  patienceDays: nonneg().default(365)
    .describe('Mean days a registrant keeps waiting before giving up (exponential); 0 = unlimited patience. Default 365: not published, an assumption.'),
  crossAfterPatienceShare: share().default(0.5)
    .describe('Share of those who stop waiting who cross between ports instead (the rest leave). Default 0.5: an assumption; it is how appointment policy feeds back into irregular crossings.'),
  shareWaitingInBorderCities: share().default(0.3)
    .describe('Share of registrants who wait in the border city of their port (the rest wait elsewhere in Mexico and do not use border shelters). Default 0.3: an assumption.'),
});

const portSchema = z.strictObject({
  id: z.string().min(1).describe('Port id.'),
  city: z.string().min(1).describe('Mexican border city whose shelters serve the port.'),
  appointmentsPerDay: nonneg().describe('CBP One appointment slots per day (people).'),
  shelterPlaces: count().describe('Shelter places in the border city.'),
  registrationShare: share().describe('Share of CBP One registrants (and MPP returnees) who wait for this port / city.'),
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

export const portsSchema = z.array(portSchema).min(1).superRefine((ports, ctx) => {
  const sum = ports.reduce((a, p) => a + p.registrationShare, 0);
  if (Math.abs(sum - 1) > 1e-6) ctx.addIssue({ code: 'custom', message: `registrationShare must sum to 1 over ports (it sums to ${+sum.toFixed(6)})`, params: { expected: 'shares summing to 1' } });
}).default(DEFAULT_PORTS)
  .describe('Ports taking appointments, with their border city\'s shelters. Default: the 8 CBP One ports; per-port slots are not published except Nogales (~100/day), so the split of 1,450 is an assumption; Mexicali 3,000 places (seed 001; other sources give ~1,000), other cities orders of magnitude.');

