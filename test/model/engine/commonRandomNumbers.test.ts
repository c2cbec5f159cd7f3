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

/** Runs a replication, recording for each stream how many numbers it drew and a position-weighted sum of them. */
function probe(overrides: Record<string, unknown>) {
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

const CASES: Case[] = [
  {
    change: 'court.inAbsentiaShare', base: {}, changed: { court: { inAbsentiaShare: 0.6 } },
    streams: ['court.outcomes'],
    same: [...custodyAndCbpOne, ...detention, 'court.backlog.end', 'court.completions', 'removals.total', 'cost.totalUsd', 'dispositions.parole'],
    moves: 'court.inAbsentiaOrders',
  },
  {
    change: 'court.reliefShare', base: {}, changed: { court: { reliefShare: 0.4 } },
    streams: ['court.outcomes'],
    same: [...custodyAndCbpOne, ...detention, 'court.backlog.end', 'court.completions', 'removals.total', 'cost.totalUsd'],
    moves: 'court.reliefGranted',
  },
  {
    change: 'mpp.inAbsentiaShare', base: mppFromDay5, changed: { ...mppFromDay5, mpp: { inAbsentiaShare: 0.2 } },
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
    streams: ['atd.bp', 'atd.ofo', 'atd.screening'],
    same: [...custodyAndCbpOne, ...detention, 'court.backlog.end', 'removals.total', 'receiving.unsheltered.mean', 'parole.active.end'],
    moves: 'cost.totalUsd',
  },
  {
    change: 'credibleFear.positiveShare', base: {}, changed: { credibleFear: { positiveShare: 0.9 } },
    streams: ['screening.outcome', 'atd.screening', 'parole.work', 'receiving.needShelter', 'receiving.departures'],
    same: [...custodyAndCbpOne, ...detention],
    moves: 'removals.total',
  },
  {
    change: 'cbpOne.noShowShare', base: {}, changed: { cbpOne: { noShowShare: 0.3 } },
    streams: ['cbpone.noShow', 'cbpone.parties', 'cbpone.parties.attributes', 'cbpone.timing.appointments', 'processing.ofo', 'dispositions.ofo', 'atd.ofo',
      'processing.bp', 'dispositions.bp', 'atd.bp', 'screening.hours', 'screening.outcome', 'atd.screening', 'parole.work', 'receiving.needShelter', 'receiving.departures',
      'detention.stay.nta', 'detention.stay.expeditedRemoval', 'detention.stay.interior', 'detention.outcome.nta', 'detention.outcome.expeditedRemoval', 'detention.outcome.interior',
      'arrivals.interior', 'court.outcomes'],
    same: ['cbpone.waitingList.end', 'cbpone.crossedAfterWaiting', 'shelters.unsheltered.mean', 'gotaways.total'],
    moves: 'ofo.occupancy.mean',
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

  it('gives every declared stream a use: each draws in the baseline or in MPP and program scenarios', () => {
    const used = new Set<string>();
    for (const o of [{}, mppFromDay5, { cbpOne: { enabled: false } }, { parolePrograms: [{ id: 'list', kind: 'shelterList', applicationsPerDay: 20, termDays: 365, queueJumperShare: 0.2 }, { id: 'x', kind: 'affirmative', applicationsPerDay: 10, termDays: 30, sponsorRequired: true, sponsorShare: 0.5 }], parole: { workEligibleShare: 0.5 } }]) {
      for (const [k, d] of probe(o).draws) if (d.n > 0) used.add(k);
    }
    // Expedited removal does not yet hold anyone in detention (it removes at once after the
    // custody exit delay), so its detention stay and outcome streams have no draws.
    expect(Object.keys(STREAMS).filter((k) => !used.has(k))).toEqual(['detention.stay.expeditedRemoval', 'detention.outcome.expeditedRemoval']);
  });
});
