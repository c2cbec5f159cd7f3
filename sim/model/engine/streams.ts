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
  population: 'nationality group, demographic and family size of arriving parties',
  attributes: 'sponsor and fear claim of arriving parties',
  apprehension: 'whether Border Patrol apprehends a crossing party',
  'processing.bp': 'Border Patrol processing minutes',
  'processing.ofo': 'port processing minutes',
  screening: 'asylum officer hours per credible-fear screening',
  'screening.outcome': 'credible-fear findings',
  dispositions: 'policy rule shares',
  atd: 'ATD enrolment of parolees',
  'detention.stay': 'lengths of stay in detention, and the residual stays of the initial population',
  'detention.outcome': 'removal or release at the end of a stay',
  'cbpone.registrations': 'new CBP One registrants and their port',
  'cbpone.lottery': 'CBP One slots given at random',
  'cbpone.noShow': 'appointment holders who do not come',
  'cbpone.patience': 'registrants who stop waiting, and whether they cross',
  'cbpone.parties': 'parties of appointment holders',
  'cbpone.crossers': 'parties of registrants who cross between ports',
  'cbpone.timing': 'times within the day of appointments and crossings',
  court: 'court outcomes, MPP hearing outcomes and other new cases',
  receiving: 'released people needing a shelter, and their departures',
  programs: 'affirmative parole applications and shelter-list slots',
  'parole.work': 'work eligibility of parolees',
} as const satisfies Record<string, string>;

export type StreamName = keyof typeof STREAMS;
export type ModelStreams = Readonly<Record<StreamName, Rng>>;

/** The streams of one replication; `wrap` (for tests) may observe each stream's draws. */
export function createStreams(seed: number, replication: number, wrap?: (name: StreamName, rng: Rng) => Rng): ModelStreams {
  const streams = new Streams(seed, replication);
  const out = {} as Record<StreamName, Rng>;
  for (const name of Object.keys(STREAMS) as StreamName[]) out[name] = wrap ? wrap(name, streams.get(name)) : streams.get(name);
  return out;
}
