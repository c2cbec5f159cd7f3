/**
 * The model's output metrics: stable ids, units and meanings. Every consumer (CLI, UI,
 * tests) reads metric definitions from here; no consumer computes a metric its own way.
 */
import { DISPOSITION, DISPOSITIONS, RELEASE_REASON, RELEASE_REASONS } from './schema/vocabulary.ts';

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

/** One count per way of release from detention, from the release reason's own definition. */
const releaseMetrics = RELEASE_REASONS.map((k) => m(RELEASE_REASON[k].metricId, 'people', RELEASE_REASON[k].label, `People released from ICE detention at the end of a stay: ${RELEASE_REASON[k].plural}.`));

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
  m('dispositions.released', 'people', 'Released from detention', 'People released from ICE detention at the end of a stay: on parole, on bond or on their own recognizance.'),
  m('cost.totalUsd', 'USD', 'Total cost', 'Detention bed-days, Border Patrol and port holding days, ATD days, processing, removals and US-side shelter days, in US dollars.'),
  m('parole.affirmative', 'people', 'Affirmative parole', 'People paroled through programs outside the border queues (CHNV, U4U, evacuations, ...).'),
  m('parole.workEligible.end', 'people', 'Parolees able to work (end)', 'Parolees holding work-eligible parole at the end of the horizon.'),
  m('receiving.unsheltered.mean', 'people', 'US-side overflow', 'Time-averaged released people beyond the capacity of receiving-community shelters.'),
  m('detention.bookIns', 'people', 'ICE book-ins', 'Book-ins into ICE detention (from border custody and interior arrests).'),
  m('removals.total', 'people', 'Removals, all outcomes', 'People whose removal came to an end over the horizon: removed by ICE, repatriated by CBP, or released because ICE could not remove them (removals.ice + repatriations.cbp + removals.blocked).'),
  ratio('ofo.timeInCustodyHours.mean', 'hours', 'Port time in custody, mean', 'Mean hours from arrival at a port to leaving port custody.', 'no one left port custody'),
  m('cf.occupancy.mean', 'people', 'Awaiting credible-fear screening', 'Time-averaged people awaiting or in credible-fear screening, wherever they are held (Border Patrol or port custody, or ICE detention, and counted there).'),
  m('mpp.waiting.end', 'people', 'MPP waiting (end)', 'People in Mexico awaiting MPP hearings at the end of the horizon.'),
  m('cbpone.crossedAfterWaiting', 'people', 'Crossed after waiting', 'CBP One registrants who stopped waiting and crossed between ports.'),
  m('court.completions', 'cases', 'Court completions', 'Immigration court completions over the horizon (all dockets).'),
  m('court.inAbsentiaOrders', 'cases', 'In-absentia orders', 'Completions that were in-absentia removal orders (the person did not appear), non-detained and MPP dockets.'),
  m('court.reliefGranted', 'cases', 'Relief granted', 'Completions that granted relief (asylum or other protection), non-detained and MPP dockets.'),
  // Behaviour of arrivals.
  m('cbpone.crossedWithoutAppointments', 'people', 'Crossed without appointments', 'Would-be CBP One registrants who crossed between ports because appointments were not offered at all (cbpOne.enabled false).'),
  m('arrivals.betweenPorts', 'people', 'New crossings between ports', 'People crossing between ports for the first time over the horizon, apprehended or not (after any behavioural response).'),
  // Court outcomes by path.
  m('court.removalOrders', 'cases', 'Removal orders', 'Removal orders over the horizon: in absentia, after a hearing (non-detained and MPP), and detained cases ended by a removal.'),
  m('court.ordersUnexecuted', 'cases', 'Orders not carried out', 'Removal orders of people not in custody (non-detained dockets, MPP in absentia), none carried out within the horizon.'),
  ratio('court.inAbsentiaShare.withoutAtd', 'share', 'In absentia, no ATD', 'Share of non-detained completions of people not on ATD that were in-absentia orders.', 'no non-detained case without ATD was completed'),
  ratio('court.inAbsentiaShare.withAtd', 'share', 'In absentia, on ATD', 'Share of non-detained completions of people on ATD that were in-absentia orders.', 'no case of a person on ATD was completed'),
  m('parole.active.end', 'people', 'Parolees (end)', 'People holding an unexpired parole granted within the horizon, at its end.'),
  m('parole.queueJumpers', 'people', 'Shelter-list queue jumpers', 'People paroled from Mexican shelter lists who bought their place on the list.'),
  // Custody overflow: the physical ceiling, the crowding responses, and the screening wait.
  m('bp.daysAtCeiling', 'days', 'BP days at ceiling', 'Days on which Border Patrol custody reached its physical ceiling (the days of the series bp.atCeiling).'),
  m('overflow.paroleWithConditions', 'people', 'Parole with conditions', 'People released on parole with conditions while the May 2023 memo\'s triggers held.'),
  m('overflow.paroleWithConditions.days', 'days', 'Parole with conditions, days', 'Days on which parole with conditions was in force (the days of the series overflow.paroleWithConditions.inForce).'),
  m('overflow.agentsToProcessing.days', 'days', 'Agents pulled, days', 'Days on which patrol agents were pulled to processing.'),
  m('overflow.agentsToProcessing.peak', 'people', 'Agents pulled, most', 'Most patrol agents pulled to processing on one day.'),
  m('ofo.daysAtCeiling', 'days', 'Port days at ceiling', 'Days on which port custody reached its physical ceiling (the days of the series ofo.atCeiling).'),
  m('overflow.releasedWhenFull', 'people', 'Released from full custody', 'People waiting in Border Patrol or port custody at its ceiling (for an ICE bed or for credible-fear screening) released to NGO shelters or the street to make room.'),
  m('overflow.releasedWhenFull.days', 'days', 'Released from full custody, days', 'Days on which people were released from full Border Patrol or port custody.'),
  m('overflow.releasedAtApprehension', 'people', 'Released at apprehension', 'People apprehended (or arriving at a port) while that custody was at its ceiling, and released at once, never held.'),
  m('overflow.releasedAtApprehension.days', 'days', 'Released at apprehension, days', 'Days on which people were released at apprehension.'),
  m('overflow.releasedToStreet', 'people', 'Released to the street', 'Of the people released from full stations or at apprehension, those released when US-side NGO shelters had no room.'),
  ratio('cf.waitHours.mean', 'hours', 'Credible-fear wait', 'Mean hours from hand-over for credible-fear screening to the finding, wherever people waited.', 'no one was screened'),
  m('conservation.unaccounted', 'people', 'Unaccounted', 'Entries (arrivals, initial populations, interior book-ins) minus people in every place minus recorded exits, each counted independently; must be 0.'),
  // Removal logistics and ICE detention outcomes.
  m('removals.ice', 'people', 'ICE removals', 'Removals carried out by ICE: from detention, straight from Border Patrol or port custody, and MPP removal orders (comparable with ICE\'s 271,484 in FY2024).'),
  m('repatriations.cbp', 'people', 'CBP repatriations', 'Expedited removals CBP carried out itself, returning people across the land border as they left custody.'),
  m('removals.blocked', 'people', 'Removals blocked', 'People with a removal order whom ICE could not remove (no seat to their destination) within the hold limit, and released.'),
  m('detention.bookIns.border', 'people', 'ICE book-ins from CBP', 'Book-ins into ICE detention of people from Border Patrol or port custody and credible-fear screening (Notice to Appear and expedited removal; ICE counts them as arrested by CBP).'),
  ...releaseMetrics,
  ratio('detention.lengthOfStayDays.expeditedRemoval', 'days', 'Detention stay, expedited removal', 'Mean days in ICE detention of people in expedited removal who were removed or released.', 'no one in expedited removal left detention'),
  m('detention.awaitingRemoval.end', 'people', 'Awaiting removal in detention (end)', 'People in ICE detention at the end of the horizon whose stay has ended in removal and who wait for a seat or a judge\'s order.'),
  // Repeat crossings.
  m('encounters.unique', 'people', 'Encounters, unique people', 'People encountered over the horizon, each counted once: encounters.total minus repeat encounters of people already encountered within the horizon.'),
  ratio('encounters.repeatShare', 'share', 'Repeat encounters', 'Share of encounters that were of people already encountered within the horizon (expelled, returned or removed, and caught crossing again).', 'no one was encountered'),
  m('reentry.crossings', 'people', 'Repeat crossings', 'Crossings between ports by people expelled, returned or removed earlier in the horizon, apprehended or not.'),
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
