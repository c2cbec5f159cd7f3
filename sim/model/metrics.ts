/**
 * The model's output metrics: stable ids, units and meanings. Every consumer (CLI, UI,
 * tests) reads metric definitions from here; no consumer computes a metric its own way.
 */
import { DISPOSITION, DISPOSITIONS } from './schema/vocabulary.ts';

/** Unit of a metric value. */
export type Unit =
  | 'people'
  | 'people/day'
  | 'days'
  | 'hours'
  | 'share'
  | 'USD'
  | 'cases';

export interface MetricDef {
  /** Stable id, used in JSON, CSV and URLs. Never rename one. */
  readonly id: string;
  readonly unit: Unit;
  /** Short label for tables and legends. */
  readonly label: string;
  /** One sentence: what is measured, over which period. */
  readonly description: string;
  /**
   * For a mean or share over people (its denominator can be empty): when it has no value. A
   * replication then reports null ("no one was processed"), never a made-up 0, and the
   * aggregate over replications uses only replications with a value.
   */
  readonly emptyWhen?: string;
}

const m = <I extends string>(id: I, unit: Unit, label: string, description: string) => ({ id, unit, label, description }) as const satisfies MetricDef;
/** A mean or share over people, which has no value when there are none. */
const ratio = <I extends string>(id: I, unit: Unit, label: string, description: string, emptyWhen: string) => ({ id, unit, label, description, emptyWhen }) as const satisfies MetricDef;

/** One count per border disposition, from the disposition's own definition. */
const dispositionMetrics = DISPOSITIONS.map((k) => m(DISPOSITION[k].metricId, 'people', DISPOSITION[k].label, DISPOSITION[k].description));

const NO_ONE_LEFT_BP = 'no one left Border Patrol custody (for example with no agents processing)';

/** Summary metrics: one number per replication (null where the metric has no value, see `emptyWhen`), aggregated across replications. */
export const METRICS = [
  m('arrivals.total', 'people', 'Arrivals', 'People arriving at the border over the horizon: crossings between ports, walk-ups at ports, and new CBP One registrants (who then wait in Mexico for their appointment).'),
  m('encounters.total', 'people', 'Encounters', 'Border Patrol apprehensions plus port inadmissibility determinations over the horizon.'),
  m('gotaways.total', 'people', 'Gotaways', 'People who crossed between ports and were never apprehended.'),
  m('bp.occupancy.mean', 'people', 'BP holding, mean', 'Time-averaged number of people in Border Patrol custody.'),
  m('bp.occupancy.peak', 'people', 'BP holding, peak', 'Highest number of people in Border Patrol custody at any time.'),
  m('bp.daysOverCapacity', 'days', 'BP days over capacity', 'Days on which Border Patrol custody exceeded its rated holding capacity at some time (the days of the series bp.overCapacity).'),
  ratio('bp.timeInCustodyHours.mean', 'hours', 'BP time in custody, mean', 'Mean hours from apprehension to leaving Border Patrol custody.', NO_ONE_LEFT_BP),
  ratio('bp.timeInCustodyHours.p90', 'hours', 'BP time in custody, p90', '90th percentile of hours in Border Patrol custody.', NO_ONE_LEFT_BP),
  ratio('bp.shareOver72h', 'share', 'BP share over 72 h', 'Share of people leaving Border Patrol custody after more than the 72-hour standard.', NO_ONE_LEFT_BP),
  m('ofo.occupancy.mean', 'people', 'Port holding, mean', 'Time-averaged number of people held at ports of entry.'),
  m('detention.occupancy.mean', 'people', 'ICE detention, mean', 'Average daily population in ICE detention.'),
  m('detention.occupancy.peak', 'people', 'ICE detention, peak', 'Highest ICE detention population.'),
  m('detention.daysOverCapacity', 'days', 'Detention days over capacity', 'Days on which ICE detention exceeded its funded beds at some time (the days of the series detention.overCapacity).'),
  ratio('detention.lengthOfStayDays.mean', 'days', 'Detention length of stay', 'Mean days in ICE detention of people released or removed.', 'no one left detention'),
  m('cbpone.waitingList.end', 'people', 'CBP One waiting list (end)', 'People registered and waiting in Mexico for an appointment at the end of the horizon.'),
  ratio('cbpone.waitDays.mean', 'days', 'CBP One wait', 'Mean days from registration to appointment among those who got one.', 'no one came to an appointment'),
  m('shelters.occupancy.mean', 'people', 'Mexican shelters, mean', 'Time-averaged people in shelters in Mexican border cities.'),
  m('shelters.unsheltered.mean', 'people', 'Unsheltered in Mexico', 'Time-averaged people waiting in Mexican border cities without a shelter place.'),
  m('court.backlog.end', 'cases', 'Court backlog (end)', 'Pending immigration court cases at the end of the horizon.'),
  m('court.backlog.change', 'cases', 'Court backlog change', 'Pending cases at the end minus at the start.'),
  ...dispositionMetrics,
  m('dispositions.released', 'people', 'Released from detention', 'People released from ICE detention on bond or parole.'),
  m('cost.totalUsd', 'USD', 'Total cost', 'Detention bed-days, ATD days, processing and removals, in US dollars.'),
  m('parole.affirmative', 'people', 'Affirmative parole', 'People paroled through programs outside the border queues (CHNV, U4U, evacuations, ...).'),
  m('parole.workEligible.end', 'people', 'Parolees able to work (end)', 'Parolees holding work-eligible parole at the end of the horizon.'),
  m('receiving.unsheltered.mean', 'people', 'US-side overflow', 'Time-averaged released people beyond the capacity of receiving-community shelters.'),
  m('detention.bookIns', 'people', 'ICE book-ins', 'Book-ins into ICE detention (from border custody and interior arrests).'),
  m('removals.total', 'people', 'Removals', 'Removals from detention, expedited removals and MPP removal orders carried out.'),
  ratio('ofo.timeInCustodyHours.mean', 'hours', 'Port time in custody, mean', 'Mean hours from arrival at a port to leaving port custody.', 'no one left port custody'),
  m('cf.occupancy.mean', 'people', 'Awaiting credible-fear screening', 'Time-averaged people in custody awaiting or in credible-fear screening.'),
  m('mpp.waiting.end', 'people', 'MPP waiting (end)', 'People in Mexico awaiting MPP hearings at the end of the horizon.'),
  m('cbpone.crossedAfterWaiting', 'people', 'Crossed after waiting', 'CBP One registrants who stopped waiting and crossed between ports.'),
  m('court.completions', 'cases', 'Court completions', 'Immigration court completions over the horizon (all dockets).'),
  m('court.inAbsentiaOrders', 'cases', 'In-absentia orders', 'Completions that were in-absentia removal orders (the person did not appear), non-detained and MPP dockets.'),
  m('court.reliefGranted', 'cases', 'Relief granted', 'Completions that granted relief (asylum or other protection), non-detained and MPP dockets.'),
  // Behaviour of arrivals.
  m('cbpone.crossedWithoutAppointments', 'people', 'Crossed without appointments', 'Would-be CBP One registrants who crossed between ports because appointments were not offered at all (cbpOne.enabled false).'),
  m('arrivals.betweenPorts', 'people', 'New crossings between ports', 'People crossing between ports for the first time over the horizon, apprehended or not (after any behavioural response).'),
  m('parole.active.end', 'people', 'Parolees (end)', 'People holding an unexpired parole granted within the horizon, at its end.'),
  m('parole.queueJumpers', 'people', 'Shelter-list queue jumpers', 'People paroled from Mexican shelter lists who bought their place on the list.'),
  m('conservation.unaccounted', 'people', 'Unaccounted', 'Entries (arrivals, initial populations, interior book-ins) minus people in every place minus recorded exits, each counted independently; must be 0.'),
] as const satisfies readonly MetricDef[];

export type MetricId = (typeof METRICS)[number]['id'];
/** Metrics that have no value (null) when their denominator is empty. */
export type RatioMetricId = Extract<(typeof METRICS)[number], { readonly emptyWhen: string }>['id'];
/** One replication's value of every metric: null only for a ratio metric over nobody. */
export type MetricValues = { [K in MetricId]: K extends RatioMetricId ? number | null : number };

export const METRIC_IDS: readonly MetricId[] = METRICS.map((d) => d.id);

const byId = new Map<string, MetricDef>(METRICS.map((d) => [d.id, d]));

/** The definition of a metric id, or undefined for an unknown id. */
export function metricDef(id: string): MetricDef | undefined {
  return byId.get(id);
}
