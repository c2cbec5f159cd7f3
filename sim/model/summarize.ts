/** Builds a ReplicationResult from a World: summary metrics, daily series and diagnostics. */
import type { World } from './engine/world.ts';
import { ENTRY_KINDS, EXIT_KINDS } from './engine/ledger.ts';
import type { MetricId } from './metrics.ts';
import type { ReplicationResult } from './result.ts';
import type { SeriesId } from './series.ts';

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
const finite = (x: number) => (Number.isFinite(x) ? x : 0);

export function summarize(w: World, seed: number, replication: number): ReplicationResult {
  const now = w.env.now;
  const T = Math.max(now, 1e-12);
  const f = w.fac, c = w.count, L = w.ledger;
  for (const fac of Object.values(f)) fac.flush(now);
  const places = w.placeLevels();
  const [bp, ofo] = w.custody as [typeof w.custody[0], typeof w.custody[0]];
  const closed = Math.max(1, c.closedDays);
  const backlog = w.court.backlog(f.mpp.level);
  const summary: Record<MetricId, number> = {
    'arrivals.total': L.entries.arrivals,
    'encounters.total': c.encounters,
    'gotaways.total': L.exits.gotaway,
    'bp.occupancy.mean': f.bp.area / T,
    'bp.occupancy.peak': f.bp.peak,
    'bp.daysOverCapacity': f.bp.daysOver,
    'bp.timeInCustodyHours.mean': finite(bp.sumHours / bp.n),
    'bp.timeInCustodyHours.p90': finite(bp.quantile(0.9)),
    'bp.shareOver72h': finite(bp.over72 / bp.n),
    'ofo.occupancy.mean': f.ofo.area / T,
    'detention.occupancy.mean': f.detention.area / T,
    'detention.occupancy.peak': f.detention.peak,
    'detention.daysOverCapacity': f.detention.daysOver,
    'detention.lengthOfStayDays.mean': finite(c.losSum / c.losN),
    'cbpone.waitingList.end': w.lists.reduce((a, l) => a + l.total, 0),
    'cbpone.waitDays.mean': finite(c.cbpWaitSum / c.cbpWaitN),
    'shelters.occupancy.mean': c.sheltersSum / closed,
    'shelters.unsheltered.mean': c.unshelteredSum / closed,
    'court.backlog.end': backlog,
    'court.backlog.change': backlog - w.court.initial,
    'dispositions.parole': c.dispositions.parole,
    'dispositions.detain': c.dispositions.detain,
    'dispositions.mpp': c.dispositions.mpp,
    'dispositions.expeditedRemoval': c.dispositions.expeditedRemoval,
    'dispositions.expelled': c.dispositions.expelled,
    'dispositions.released': c.dispositions.released,
    'cost.totalUsd': c.costUsd,
    'parole.affirmative': c.affirmative,
    'parole.workEligible.end': w.parole.workNow,
    'receiving.unsheltered.mean': f.receiving.overArea / T,
    'detention.bookIns': c.bookIns,
    'removals.total': c.removals,
    'ofo.timeInCustodyHours.mean': finite(ofo.sumHours / ofo.n),
    'cf.occupancy.mean': f.cf.area / T,
    'mpp.waiting.end': f.mpp.level,
    'cbpone.crossedAfterWaiting': c.crossedAfterWaiting,
    'court.completions': w.court.completedDetained + w.court.completedMpp + w.court.completedNonDetained,
    'parole.active.end': w.parole.activeNow,
    'parole.queueJumpers': c.queueJumpers,
    'conservation.unaccounted': sum(L.entries) - sum(places) - sum(L.exits),
  };
  const facilities = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, {
    entries: v.entries, exits: v.exits, level: v.level, meanLevel: v.area / T, meanStayDays: finite(v.staySum / v.exits),
  }]));
  const stations = Object.fromEntries(['bp', 'ofo', 'cf'].map((k, i) => {
    const s = w.stations[i]!;
    return [k, { started: s.started, meanWaitDays: finite(s.waitSum / s.started), served: s.served, queued: s.queue.peopleCount, queueEntries: s.queue.entries }];
  }));
  return {
    replication, seed, days: w.days,
    summary,
    daily: w.daily as Record<SeriesId, Float64Array>,
    custodyHistogram: { binHours: bp.binHours, counts: bp.counts },
    policyChangeDays: w.policyChangeDays,
    events: w.env.eventCount,
    people: c.people,
    diagnostics: {
      simulatedDays: now,
      ledger: { entries: { ...L.entries }, places, exits: { ...L.exits } },
      facilities, stations,
      court: { detained: w.court.detained, nonDetained: w.court.nonDetained, mpp: f.mpp.level, intake: w.court.intake, initial: w.court.initial,
        completions: w.court.completedDetained + w.court.completedMpp + w.court.completedNonDetained },
    },
  };
}
export { ENTRY_KINDS, EXIT_KINDS };
