/**
 * Daily time series produced by every replication: one value per simulated day,
 * stored in a Float64Array of length `days`. Ids are stable (CSV, charts, URLs).
 */
import type { Unit } from './metrics.ts';
import { DISPOSITION, DISPOSITIONS } from './schema/vocabulary.ts';

export interface SeriesDef {
  readonly id: string;
  readonly unit: Unit;
  readonly label: string;
  /** How the day's value is formed. */
  readonly kind: 'dailyMean' | 'dailyPeak' | 'dailyCount' | 'endOfDay';
  readonly description: string;
}

const s = <I extends string>(id: I, unit: Unit, kind: SeriesDef['kind'], label: string, description: string) => ({ id, unit, kind, label, description }) as const satisfies SeriesDef;

/** One daily count per border disposition, from the disposition's own definition. */
const dispositionSeries = DISPOSITIONS.map((k) => s(DISPOSITION[k].metricId, 'people', 'dailyCount', DISPOSITION[k].label, `${DISPOSITION[k].description.replace(/\.$/, '')}, that day.`));

export const SERIES = [
  s('arrivals', 'people', 'dailyCount', 'Arrivals', 'People arriving that day (all routes).'),
  s('encounters', 'people', 'dailyCount', 'Encounters', 'Border Patrol apprehensions plus port encounters that day.'),
  s('gotaways', 'people', 'dailyCount', 'Gotaways', 'Crossings never apprehended that day.'),
  s('bp.occupancy', 'people', 'dailyMean', 'BP custody', 'Mean people in Border Patrol custody that day.'),
  s('bp.occupancy.peak', 'people', 'dailyPeak', 'BP custody, peak', 'Peak people in Border Patrol custody that day.'),
  s('bp.capacity', 'people', 'endOfDay', 'BP rated capacity', 'Rated Border Patrol holding capacity.'),
  s('bp.overCapacity', 'days', 'dailyCount', 'BP over capacity', 'Whether Border Patrol custody exceeded its rated capacity at some time that day (1) or not (0); the days counted by bp.daysOverCapacity.'),
  s('ofo.occupancy', 'people', 'dailyMean', 'Port holding', 'Mean people held at ports that day.'),
  s('ofo.capacity', 'people', 'endOfDay', 'Port holding capacity', 'Port holding capacity.'),
  s('detention.occupancy', 'people', 'dailyMean', 'ICE detention', 'Mean ICE detention population that day.'),
  s('detention.capacity', 'people', 'endOfDay', 'ICE funded beds', 'Funded detention beds.'),
  s('detention.overCapacity', 'days', 'dailyCount', 'Detention over capacity', 'Whether ICE detention exceeded its funded beds at some time that day (1) or not (0); the days counted by detention.daysOverCapacity.'),
  s('shelters.occupancy', 'people', 'dailyMean', 'Mexican shelters', 'Mean people in Mexican border-city shelters.'),
  s('shelters.capacity', 'people', 'endOfDay', 'Mexican shelter places', 'Shelter places in Mexican border cities.'),
  s('shelters.unsheltered', 'people', 'dailyMean', 'Unsheltered in Mexico', 'Mean people waiting in Mexico without a shelter place.'),
  s('cbpone.waitingList', 'people', 'endOfDay', 'CBP One waiting list', 'Registered people waiting for an appointment.'),
  s('court.backlog', 'cases', 'endOfDay', 'Court backlog', 'Pending immigration court cases.'),
  ...dispositionSeries,
  s('receiving.occupancy', 'people', 'dailyMean', 'US-side shelters', 'Mean released people in receiving-community shelters.'),
  s('receiving.unsheltered', 'people', 'dailyMean', 'US-side overflow', 'Mean released people beyond receiving shelter capacity.'),
  s('parole.workEligible', 'people', 'endOfDay', 'Parolees able to work', 'Parolees with work-eligible parole.'),
  s('cost.usd', 'USD', 'dailyCount', 'Cost', 'Cost incurred that day.'),
  s('encounters.bp', 'people', 'dailyCount', 'BP apprehensions', 'Border Patrol apprehensions between ports that day.'),
  s('encounters.ofo', 'people', 'dailyCount', 'Port encounters', 'People encountered at ports that day (appointments and walk-ups).'),
  s('cf.occupancy', 'people', 'dailyMean', 'Awaiting credible-fear screening', 'Mean people in custody awaiting or in credible-fear screening.'),
  s('mpp.waiting', 'people', 'endOfDay', 'Waiting in Mexico (MPP)', 'People returned under MPP awaiting their hearings.'),
  s('parole.active', 'people', 'endOfDay', 'Parolees (active)', 'People holding an unexpired parole granted within the horizon.'),
  s('parole.expiring', 'people', 'dailyCount', 'Parole expiring', 'Paroles granted within the horizon that expire that day.'),
  s('atd.enrolled', 'people', 'endOfDay', 'ATD enrolled', 'Parolees enrolled in Alternatives to Detention (enrolled within the horizon).'),
  s('detention.bookIns', 'people', 'dailyCount', 'ICE book-ins', 'Book-ins into ICE detention that day (border and interior).'),
  s('court.completions', 'cases', 'dailyCount', 'Court completions', 'Immigration court completions that day (all dockets).'),
  s('court.inAbsentiaOrders', 'cases', 'dailyCount', 'In-absentia orders', 'Completions that day that were in-absentia removal orders.'),
  s('court.reliefGranted', 'cases', 'dailyCount', 'Relief granted', 'Completions that day that granted relief.'),
  // Behaviour of arrivals.
  s('arrivals.betweenPorts', 'people', 'dailyCount', 'New crossings between ports', 'People crossing between ports for the first time that day, apprehended or not.'),
  s('behaviour.crossingMultiplier', 'share', 'endOfDay', 'Crossing response', 'Multiplier of the base crossing flow that day from the behaviour of arrivals (1 = no response; the groups weighted by their shares).'),
] as const satisfies readonly SeriesDef[];

export type SeriesId = (typeof SERIES)[number]['id'];
export const SERIES_IDS: readonly SeriesId[] = SERIES.map((d) => d.id);
