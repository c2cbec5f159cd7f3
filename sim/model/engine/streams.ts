/**
 * Every source of randomness in the model, declared once with what it draws. Each source has
 * its own stream (sim/random's `Streams`, keyed by seed, replication and name), so a lever
 * that changes how one source is used leaves every other source's draws as they were: paired
 * comparisons differ only where the lever acts (common random numbers).
 */
import { Streams, type Rng } from '../../random/index.ts';

export const STREAMS = {
  'arrivals.betweenPorts': 'arrival times of new crossings between ports',
  'arrivals.walkUps': 'arrival times of walk-ups at ports',
  'arrivals.interior': 'times of ICE interior arrests',
  'population.betweenPorts': 'nationality group, demographic and family size of new crossing parties',
  'attributes.betweenPorts': 'sponsor and fear claim of new crossing parties',
  'population.walkUps': 'nationality group, demographic and family size of walk-up parties',
  'attributes.walkUps': 'sponsor and fear claim of walk-up parties',
  'apprehension.new': 'whether Border Patrol apprehends a new crossing party',
  'apprehension.afterWaiting': 'whether Border Patrol apprehends a party that crossed after waiting for CBP One',
  'processing.bp': 'Border Patrol processing minutes',
  'processing.ofo': 'port processing minutes',
  'dispositions.bp': 'policy rule shares for parties processed by Border Patrol',
  'dispositions.ofo': 'policy rule shares for parties processed at ports',
  'atd.bp': 'ATD enrolment of people paroled by Border Patrol',
  'atd.ofo': 'ATD enrolment of people paroled at ports',
  'atd.screening': 'ATD enrolment of people paroled after a positive credible-fear finding',
  'screening.hours': 'asylum officer hours per credible-fear screening',
  'screening.outcome': 'credible-fear findings',
  'detention.initial': 'residual stays of the initial detention population',
  'detention.stay.nta': 'lengths of stay in detention of people with a Notice to Appear',
  'detention.stay.expeditedRemoval': 'lengths of stay in detention of people in expedited removal',
  'detention.stay.interior': 'lengths of stay in detention of people arrested in the interior',
  'detention.outcome.nta': 'removal or release at the end of a stay, Notice to Appear',
  'detention.outcome.expeditedRemoval': 'removal or release at the end of a stay, expedited removal',
  'detention.outcome.interior': 'removal or release at the end of a stay, interior arrests',
  'parole.work': 'work eligibility of border parolees',
  'receiving.needShelter': 'released people who need a receiving-community shelter',
  'receiving.departures': 'departures from receiving-community shelters',
  'cbpone.registrations': 'new CBP One registrants and their port',
  'cbpone.lottery': 'CBP One slots given at random',
  'cbpone.noShow': 'appointment holders who do not come',
  'cbpone.patience': 'registrants who stop waiting',
  'cbpone.crossAfterPatience': 'registrants who stop waiting and cross between ports (the rest leave)',
  'cbpone.parties': 'nationality group, demographic and family size of appointment holders',
  'cbpone.parties.attributes': 'sponsor and fear claim of appointment holders',
  'cbpone.crossers': 'nationality group, demographic and family size of registrants who cross',
  'cbpone.crossers.attributes': 'sponsor and fear claim of registrants who cross',
  'cbpone.timing.appointments': 'times within the day of appointments',
  'cbpone.timing.crossers': 'times within the day of crossings after waiting',
  'court.outcomes': 'outcomes of non-detained hearings the person came to (relief, removal order, other)',
  'court.otherCases': 'new court cases from outside the simulated border flows',
  'mpp.outcomes': 'outcomes of MPP hearings (in-absentia order, relief, removal)',
  // Removal logistics.
  'detention.nationality': 'nationality group of the initial detention population and of interior arrests',
  'removals.byCbp': 'whether CBP carries out an expedited removal itself at the land border',
  'removals.fromCustody': 'whether ICE removes a party in expedited removal straight from custody',
  'parole.work.detention': 'work eligibility of people paroled from ICE detention',
  // Repeat crossings.
  'reentry.decision': 'whether a party expelled, returned or removed tries to cross again',
  'reentry.departures': 'which of the parties intending to cross again set off each day',
  'reentry.timing': 'times within the day of repeat crossings',
  'reentry.apprehension': 'whether Border Patrol apprehends a repeat crossing',
  // Behaviour of arrivals.
  'behaviour.acceptance': 'whether a potential crossing between ports happens (thinning to the response)',
  'cbpone.crossWithoutAppointments': 'would-be registrants who cross between ports when CBP One takes no one',
  // Courts: random completions, dockets with and without ATD.
  'court.capacity': "judges' completions of a day (Poisson around judges × rate)",
  'court.docket': 'which non-detained docket (with or without ATD) a completion comes from',
  'court.appearance': 'whether a person not on ATD comes to the hearing that completes the case (else an in-absentia order)',
  'court.appearanceWithAtd': 'whether a person on ATD comes to the hearing that completes the case',
  // Custody exit delays and transport drawn per party (custody overflow).
  'transport.bp': 'hours from apprehension to a Border Patrol station',
  'exitDelay.bp.parole': 'hours from a Border Patrol decision to release on parole',
  'exitDelay.bp.detain': 'hours from a Border Patrol decision to detention to ICE pick-up',
  'exitDelay.bp.mpp': 'hours from a Border Patrol decision to return to Mexico under MPP',
  'exitDelay.bp.expeditedRemoval': 'hours from a Border Patrol decision to expedited removal to removal or hand-over for screening',
  'exitDelay.bp.expel': 'hours from a Border Patrol decision to expulsion',
  'exitDelay.bp.paroleWithConditions': 'hours from a decision to release on parole with conditions',
  'exitDelay.ofo.parole': 'hours from a port decision to release on parole',
  'exitDelay.ofo.detain': 'hours from a port decision to detention to ICE pick-up',
  'exitDelay.ofo.mpp': 'hours from a port decision to return to Mexico under MPP',
  'exitDelay.ofo.expeditedRemoval': 'hours from a port decision to expedited removal to removal or hand-over for screening',
  'exitDelay.ofo.expel': 'hours from a port decision to expulsion',
} as const satisfies Record<string, string>;

/** Streams of each parole program, one set per program (the program's id replaces `{id}`). */
export const PROGRAM_STREAMS = {
  applications: 'programs.{id}.applications',
  sponsors: 'programs.{id}.sponsors',
  shelterSlots: 'programs.{id}.shelterSlots',
  queueJumpers: 'programs.{id}.queueJumpers',
} as const;
export const PROGRAM_STREAM_PURPOSE: Readonly<Record<keyof typeof PROGRAM_STREAMS, string>> = {
  applications: 'applications to the program',
  sponsors: 'applicants with a sponsor, where one is required',
  shelterSlots: 'rounding of the shelter-list slots of a day',
  queueJumpers: 'shelter-list slots taken by people who paid for their place',
};

export type StreamName = keyof typeof STREAMS;
export type ProgramStreams = Readonly<Record<keyof typeof PROGRAM_STREAMS, Rng>>;

/** The streams of one replication: every source of STREAMS, and a set per parole program. */
export interface ModelStreams extends Readonly<Record<StreamName, Rng>> {
  /** The streams of the parole program with id `id`. */
  program(id: string): ProgramStreams;
}

/** The streams of one replication; `wrap` (for tests) may observe each stream's draws, given its name. */
export function createStreams(seed: number, replication: number, wrap?: (name: string, rng: Rng) => Rng): ModelStreams {
  const streams = new Streams(seed, replication);
  const get = (name: string) => (wrap ? wrap(name, streams.get(name)) : streams.get(name));
  // Made at once: an object given its 69 streams one keyed store at a time is kept by V8 as a
  // dictionary, so every `ctx.rng['…']` on the hot path was a hash lookup.
  const out = Object.fromEntries((Object.keys(STREAMS) as StreamName[]).map((name) => [name, get(name)])) as Record<StreamName, Rng>;
  const programs = new Map<string, ProgramStreams>();
  return Object.assign(out, {
    program(id: string): ProgramStreams {
      let p = programs.get(id);
      if (!p) {
        p = Object.fromEntries(Object.entries(PROGRAM_STREAMS).map(([k, pattern]) => [k, get(pattern.replace('{id}', id))])) as ProgramStreams;
        programs.set(id, p);
      }
      return p;
    },
  });
}
