/**
 * Common random numbers, source by source: changing a parameter that feeds one random source
 * leaves every other source's draws bit-identical, and with them every output that does not
 * depend on the changed source. Each case lists the streams whose draws may change (the
 * source itself and those downstream of it in the flow) and the outputs that must not move.
 */
import { describe, expect, it } from 'vitest';
import type { Rng } from '../../../sim/random/index.ts';
import { MPP_REINSTATEMENT } from '../../../sim/model/presets.ts';
import { World } from '../../../sim/model/engine/world.ts';
import { createStreams, STREAMS } from '../../../sim/model/engine/streams.ts';
import { summarize } from '../../../sim/model/summarize.ts';
import type { MetricId } from '../../../sim/model/metrics.ts';
import { scenario } from '../helpers.ts';

const DAYS = 60, SEED = 11;

/** What {@link probe} recorded, by scenario: most cases share their base run (read only). */
const probes = new Map<string, ReturnType<typeof runProbe>>();
const probe = (overrides: Record<string, unknown>) => {
  const key = JSON.stringify(overrides);
  if (!probes.has(key)) probes.set(key, runProbe(overrides));
  return probes.get(key)!;
};

/** Runs a replication, recording for each stream how many numbers it drew and a position-weighted sum of them. */
function runProbe(overrides: Record<string, unknown>) {
  const draws = new Map<string, { n: number; h: number }>();
  const wrap = (name: string, rng: Rng): Rng => {
    const d = { n: 0, h: 0 };
    draws.set(name, d);
    return () => { const u = rng(); d.n++; d.h += u * ((d.n % 9973) + 1); return u; };
  };
  const w = new World(scenario(overrides), SEED, 0, DAYS, createStreams(SEED, 0, wrap));
  w.env.run({ until: DAYS });
  w.runTickAt(DAYS);
  return { draws, summary: summarize(w, SEED, 0).summary };
}

const mppFromDay5 = { policyChanges: [{ day: 5, title: 'MPP', addRules: { at: MPP_REINSTATEMENT.at, rules: [MPP_REINSTATEMENT.rule] } }] };

interface Case {
  readonly change: string;
  readonly base: Record<string, unknown>;
  readonly changed: Record<string, unknown>;
  /** Streams whose draws may differ. */
  readonly streams: readonly string[];
  /** Outputs that must be bit-identical. */
  readonly same: readonly MetricId[];
  /** An output the change must move (so the case is not vacuous). */
  readonly moves: MetricId;
}

const custodyAndCbpOne: MetricId[] = [
  'arrivals.total', 'encounters.total', 'gotaways.total', 'bp.occupancy.mean', 'bp.timeInCustodyHours.mean', 'ofo.occupancy.mean',
  'cbpone.waitingList.end', 'cbpone.waitDays.mean', 'cbpone.crossedAfterWaiting', 'shelters.unsheltered.mean',
];
const detention: MetricId[] = ['detention.occupancy.mean', 'detention.bookIns', 'detention.lengthOfStayDays.mean', 'dispositions.detain', 'dispositions.released'];

/** Custody exit delays: drawn per party by disposition, so they follow the dispositions of whatever a change moves downstream. */
const exitDelayStreams = Object.keys(STREAMS).filter((k) => k.startsWith('exitDelay.'));

/** Streams whose draws may change when who is in Border Patrol custody, detention or the reentry place changes (everything after an encounter). */
const DOWNSTREAM_OF_BP = [
  'processing.bp', 'dispositions.bp', 'atd.bp', 'dispositions.ofo', 'atd.ofo', 'screening.hours', 'screening.outcome', 'atd.screening',
  'parole.work', 'parole.work.detention', 'receiving.needShelter', 'receiving.departures',
  'detention.stay.nta', 'detention.stay.expeditedRemoval', 'detention.stay.interior', 'detention.outcome.nta', 'detention.outcome.expeditedRemoval', 'detention.outcome.interior',
  'arrivals.interior', 'detention.nationality', 'removals.byCbp', 'removals.fromCustody', 'court.docket', 'court.appearance', 'court.appearanceWithAtd', 'court.outcomes',
  'reentry.decision', 'reentry.departures', 'reentry.timing', 'reentry.apprehension',
  'transport.bp', ...exitDelayStreams,
];

/** Streams of detention and of what follows it, which move when who is held changes (and with it the policy's capacity conditions). */
const AFTER_DETENTION = [
  'dispositions.bp', 'atd.bp', 'dispositions.ofo', 'atd.ofo', 'parole.work.detention',
  'detention.stay.nta', 'detention.stay.expeditedRemoval', 'detention.stay.interior', 'detention.outcome.nta', 'detention.outcome.expeditedRemoval', 'detention.outcome.interior',
  'arrivals.interior', 'detention.nationality', 'removals.byCbp', 'removals.fromCustody', 'court.docket', 'court.appearance', 'court.appearanceWithAtd', 'court.outcomes',
  ...exitDelayStreams,
];
const noReentry = { reentry: { enabled: false } };

const CASES: Case[] = [
  {
    change: 'court.inAbsentiaShare', base: {}, changed: { court: { inAbsentiaShare: 0.6 } },
    streams: ['court.appearance', 'court.outcomes'],
    same: [...custodyAndCbpOne, ...detention, 'court.backlog.end', 'court.completions', 'removals.total', 'cost.totalUsd', 'dispositions.parole'],
    moves: 'court.inAbsentiaOrders',
  },
  {
    change: 'court.reliefShare', base: {}, changed: { court: { reliefShare: 0.4 } },
    streams: ['court.outcomes'],
    same: [...custodyAndCbpOne, ...detention, 'court.backlog.end', 'court.completions', 'court.inAbsentiaOrders', 'removals.total', 'cost.totalUsd'],
    moves: 'court.reliefGranted',
  },
  {
    change: 'court.inAbsentiaShareWithAtd', base: {}, changed: { court: { inAbsentiaShareWithAtd: 0.5 } },
    streams: ['court.appearanceWithAtd', 'court.outcomes'],
    same: [...custodyAndCbpOne, ...detention, 'court.backlog.end', 'court.completions', 'removals.total', 'cost.totalUsd', 'dispositions.parole', 'court.inAbsentiaShare.withoutAtd'],
    moves: 'court.inAbsentiaOrders',
  },
  {
    change: 'court.removalOrderedShare', base: {}, changed: { court: { removalOrderedShare: 0.6 } },
    streams: ['court.outcomes'],
    same: [...custodyAndCbpOne, ...detention, 'court.backlog.end', 'court.completions', 'court.inAbsentiaOrders', 'removals.total', 'cost.totalUsd'],
    moves: 'court.removalOrders',
  },
  {
    // Without repeat crossings: MPP removals would otherwise bring some people back across the border.
    change: 'mpp.inAbsentiaShare', base: { ...mppFromDay5, ...noReentry }, changed: { ...mppFromDay5, ...noReentry, mpp: { inAbsentiaShare: 0.2 } },
    streams: ['mpp.outcomes'],
    same: [...custodyAndCbpOne, ...detention, 'dispositions.mpp', 'mpp.waiting.end', 'court.completions', 'dispositions.parole'],
    moves: 'removals.total',
  },
  {
    change: 'receiving.shareNeedingShelterWithSponsor', base: {}, changed: { receiving: { shareNeedingShelterWithSponsor: 0.5 } },
    streams: ['receiving.needShelter', 'receiving.departures'],
    same: [...custodyAndCbpOne, ...detention, 'court.backlog.end', 'removals.total'],
    moves: 'receiving.unsheltered.mean',
  },
  {
    change: 'parole.atdShare', base: {}, changed: { parole: { atdShare: 0.4 } },
    streams: ['atd.bp', 'atd.ofo', 'atd.screening', 'court.docket', 'court.appearance', 'court.appearanceWithAtd', 'court.outcomes'],
    same: [...custodyAndCbpOne, ...detention, 'court.backlog.end', 'removals.total', 'receiving.unsheltered.mean', 'parole.active.end'],
    moves: 'cost.totalUsd',
  },
  {
    // Without repeat crossings; people with a negative finding whom ICE removes by air are held in detention until removed,
    // so who waits for a bed in port custody changes too (port occupancy is downstream).
    // Findings change who waits in custody for a bed, and with it custody's crowding, its exit
    // order and (through agents pulled to processing) the apprehension share: everything after an encounter.
    change: 'credibleFear.positiveShare', base: noReentry, changed: { ...noReentry, credibleFear: { positiveShare: 0.9 } },
    streams: [...DOWNSTREAM_OF_BP, 'apprehension.new', 'apprehension.afterWaiting'],
    same: ['arrivals.total', 'cbpone.waitingList.end', 'cbpone.waitDays.mean', 'cbpone.crossedAfterWaiting', 'shelters.unsheltered.mean'],
    moves: 'removals.total',
  },
  {
    change: 'cbpOne.noShowShare', base: noReentry, changed: { ...noReentry, cbpOne: { noShowShare: 0.3 } },
    streams: ['cbpone.noShow', 'cbpone.parties', 'cbpone.parties.attributes', 'cbpone.timing.appointments', 'processing.ofo', 'dispositions.ofo', 'atd.ofo',
      'processing.bp', 'dispositions.bp', 'atd.bp', 'screening.hours', 'screening.outcome', 'atd.screening', 'parole.work', 'receiving.needShelter', 'receiving.departures',
      'detention.stay.nta', 'detention.stay.expeditedRemoval', 'detention.stay.interior', 'detention.outcome.nta', 'detention.outcome.expeditedRemoval', 'detention.outcome.interior',
      'arrivals.interior', 'detention.nationality', 'court.docket', 'court.appearance', 'court.appearanceWithAtd', 'court.outcomes', 'removals.byCbp', 'removals.fromCustody', 'parole.work.detention', ...exitDelayStreams],
    same: ['cbpone.waitingList.end', 'cbpone.crossedAfterWaiting', 'shelters.unsheltered.mean', 'gotaways.total'],
    moves: 'ofo.occupancy.mean',
  },
  // Removal logistics, ICE detention releases and repeat crossings.
  {
    change: 'detention.releaseShares', base: {}, changed: { detention: { releaseShares: { parole: 1, bond: 0, recognizance: 0 } } },
    streams: ['parole.work.detention'],
    same: [...custodyAndCbpOne, ...detention, 'court.backlog.end', 'removals.ice', 'repatriations.cbp', 'receiving.unsheltered.mean', 'encounters.repeatShare', 'cost.totalUsd'],
    moves: 'parole.active.end',
  },
  {
    change: 'removals.destinations (CHNV and other refused)', base: {},
    changed: { removals: { destinations: [{ nationality: 'mexico', cbpRepatriationShare: 0.77, fromCustodyShare: 1 }, { nationality: 'northernTriangle', seatsPerDay: 450, fromCustodyShare: 0.6 }, { nationality: 'chnv', seatsPerDay: 0 }, { nationality: 'other', seatsPerDay: 0 }] } },
    streams: [...DOWNSTREAM_OF_BP],
    same: ['arrivals.total', 'cbpone.waitingList.end', 'cbpone.waitDays.mean', 'cbpone.crossedAfterWaiting', 'shelters.unsheltered.mean'],
    moves: 'detention.awaitingRemoval.end',
  },
  {
    change: 'reentry.groups', base: {},
    changed: { reentry: { groups: [{ nationality: 'mexico', afterRemoval: 0.6, afterExpulsion: 0.6 }] } },
    streams: [...DOWNSTREAM_OF_BP],
    same: ['arrivals.total', 'cbpone.waitingList.end', 'cbpone.waitDays.mean', 'cbpone.crossedAfterWaiting', 'shelters.unsheltered.mean'],
    moves: 'encounters.repeatShare',
  },
];

describe('common random numbers by source', () => {
  for (const c of CASES) {
    it(`changing ${c.change} leaves every other source's draws and the outputs that depend only on them bit-identical`, () => {
      const a = probe(c.base), b = probe(c.changed);
      const moved = [...a.draws.keys()].filter((k) => a.draws.get(k)!.n !== b.draws.get(k)!.n || a.draws.get(k)!.h !== b.draws.get(k)!.h);
      for (const k of moved) expect(c.streams, `stream ${k} drew differently`).toContain(k);
      expect(Object.is(b.summary[c.moves], a.summary[c.moves]), `${c.moves} did not move`).toBe(false);
      for (const m of c.same) expect(Object.is(b.summary[m], a.summary[m]), `${m}: ${a.summary[m]} -> ${b.summary[m]}`).toBe(true);
    });
  }

  it('gives every declared stream a use: each draws in the baseline or in MPP, port, parole-with-conditions and program scenarios', () => {
    const used = new Set<string>();
    // Ports returning, removing and expelling people, and parole with conditions in force from the start.
    const portsAndPwc = {
      policy: { rules: [
        { rule: 'mpp', when: { routes: ['walkUp'], nationalities: ['chnv'] } },
        { rule: 'expeditedRemoval', when: { routes: ['walkUp'], nationalities: ['northernTriangle'] } },
        { rule: 'expel', when: { nationalities: ['mexico'] } },
      ], otherwise: 'parole' },
      borderPatrol: { overflow: { paroleWithConditions: { enabled: true, occupancyAbove: 0 } } },
    };
    for (const o of [{}, mppFromDay5, { cbpOne: { enabled: false } }, portsAndPwc, { parolePrograms: [{ id: 'list', kind: 'shelterList', applicationsPerDay: 20, termDays: 365, queueJumperShare: 0.2 }, { id: 'x', kind: 'affirmative', applicationsPerDay: 10, termDays: 30, sponsorRequired: true, sponsorShare: 0.5 }], parole: { workEligibleShare: 0.5 } }]) {
      for (const [k, d] of probe(o).draws) if (d.n > 0) used.add(k);
    }
    expect(Object.keys(STREAMS).filter((k) => !used.has(k))).toEqual([]);
  }, 600_000); // five full-model probes, generous for a loaded machine
});
