/** Builds a ReplicationResult from a World: summary metrics, daily series and diagnostics. */
import type { World } from './engine/world.ts';
import { ENTRY_KINDS, EXIT_KINDS } from './engine/ledger.ts';
import type { MetricValues } from './metrics.ts';
import type { ReplicationResult } from './result.ts';
import { DISPOSITION, DISPOSITIONS, RELEASE_REASON, RELEASE_REASONS } from './schema/vocabulary.ts';
import { PATH_ER } from './engine/tags.ts';

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
const finite = (x: number) => (Number.isFinite(x) ? x : 0);
/** A mean over `n` items, or null when there are none. */
const meanOf = (sum: number, n: number) => (n > 0 ? sum / n : null);

export function summarize(w: World, seed: number, replication: number): ReplicationResult {
  const now = w.env.now;
  const T = Math.max(now, 1e-12);
  const ctx = w.ctx, f = ctx.places, L = ctx.ledger;
  for (const place of Object.values(f)) place.flush(now);
  w.release.receiving.flush(now);
  w.screening.waiting.flush(now);
  const places = w.placeLevels();
  const bp = w.bp.timeInCustody, ofo = w.ofo.timeInCustody;
  const closed = Math.max(1, w.closedDays);
  const backlog = w.court.backlog();
  const det = w.detention, ov = w.overflow;
  const dispositions = Object.fromEntries(DISPOSITIONS.map((k) => [DISPOSITION[k].metricId, ctx.dispositions[k].total]));
  const summary: MetricValues = {
    'arrivals.total': L.entries.arrivals,
    'encounters.total': w.bp.encounters + w.ofo.encounters,
    'gotaways.total': L.exits.gotaway,
    'bp.occupancy.mean': f.bp.area / T,
    'bp.occupancy.peak': f.bp.peak,
    'bp.daysOverCapacity': f.bp.daysOver,
    'bp.timeInCustodyHours.mean': bp.mean(),
    'bp.timeInCustodyHours.p90': bp.quantile(0.9),
    'bp.shareOver72h': bp.shareOver(),
    'ofo.occupancy.mean': f.ofo.area / T,
    'detention.occupancy.mean': f.detention.area / T,
    'detention.occupancy.peak': f.detention.peak,
    'detention.daysOverCapacity': f.detention.daysOver,
    'detention.lengthOfStayDays.mean': meanOf(det.losSum, det.losN),
    'cbpone.waitingList.end': w.cbpOne.waiting,
    'cbpone.waitDays.mean': meanOf(w.cbpOne.waitSum, w.cbpOne.waitN),
    'shelters.occupancy.mean': w.cbpOne.shelteredSum / closed,
    'shelters.unsheltered.mean': w.cbpOne.unshelteredSum / closed,
    'court.backlog.end': backlog,
    'court.backlog.change': backlog - w.court.initial,
    ...dispositions,
    'dispositions.released': det.released,
    'cost.totalUsd': ctx.costs.total,
    'parole.affirmative': w.programs.paroled,
    'parole.workEligible.end': w.release.parole.workNow,
    'receiving.unsheltered.mean': w.release.receiving.overArea / T,
    'detention.bookIns': det.bookIns,
    'removals.total': w.removals.total,
    'ofo.timeInCustodyHours.mean': ofo.mean(),
    'cf.occupancy.mean': w.screening.waiting.area / T,
    'mpp.waiting.end': w.mpp.waiting,
    'cbpone.crossedAfterWaiting': w.cbpOne.crossedAfterWaiting,
    'court.completions': w.court.completions,
    'court.inAbsentiaOrders': w.court.inAbsentia + w.mpp.inAbsentia,
    'court.reliefGranted': w.court.relief + w.mpp.relief,
    'court.removalOrders': w.court.ordersNotDetained + w.court.completedDetained + w.mpp.inAbsentia + w.mpp.ordersCarriedOut,
    'court.ordersUnexecuted': w.court.ordersNotDetained + w.mpp.inAbsentia,
    'court.inAbsentiaShare.withoutAtd': w.court.withoutAtd.completed > 0 ? w.court.withoutAtd.inAbsentia / w.court.withoutAtd.completed : null,
    'court.inAbsentiaShare.withAtd': w.court.withAtd.completed > 0 ? w.court.withAtd.inAbsentia / w.court.withAtd.completed : null,
    'arrivals.betweenPorts': w.arrivals.crossings,
    'cbpone.crossedWithoutAppointments': w.cbpOne.crossedWithoutAppointments,
    'parole.active.end': w.release.parole.activeNow,
    'parole.queueJumpers': w.programs.queueJumpers,
    'bp.daysAtCeiling': ov.daysAtCeiling,
    'overflow.paroleWithConditions': ov.pwcReleased,
    'overflow.paroleWithConditions.days': ov.pwcDays,
    'overflow.agentsToProcessing.days': ov.agentDays,
    'overflow.agentsToProcessing.peak': ov.agentsPeak,
    'ofo.daysAtCeiling': ov.portDaysAtCeiling,
    'overflow.releasedWhenFull': ov.releasedWaiting,
    'overflow.releasedWhenFull.days': ov.releasedWaitingDays,
    'overflow.releasedAtApprehension': ov.releasedAtApprehension,
    'overflow.releasedAtApprehension.days': ov.releasedAtApprehensionDays,
    'overflow.releasedToStreet': ov.releasedToStreet,
    'cf.waitHours.mean': meanOf(w.screening.waitHoursSum, w.screening.served),
    'conservation.unaccounted': sum(L.entries) - sum(places) - sum(L.exits),
    // Removal logistics and ICE detention outcomes.
    'removals.ice': w.removals.ice,
    'repatriations.cbp': w.removals.cbp,
    'removals.blocked': w.removals.blocked,
    'detention.bookIns.border': det.borderBookIns,
    ...Object.fromEntries(RELEASE_REASONS.map((k, i) => [RELEASE_REASON[k].metricId, det.releasedBy[i]!])),
    'detention.lengthOfStayDays.expeditedRemoval': meanOf(det.losSumByPath[PATH_ER]!, det.losNByPath[PATH_ER]!),
    'detention.awaitingRemoval.end': det.awaitingRemoval,
    // Repeat crossings.
    'encounters.unique': w.bp.encounters + w.ofo.encounters - w.reentry.repeatEncounters,
    'encounters.repeatShare': meanOf(w.reentry.repeatEncounters, w.bp.encounters + w.ofo.encounters),
    'reentry.crossings': w.reentry.crossings,
  } as MetricValues;
  // People awaiting screening (cf) are a part of the bp, ofo and detention populations, listed for their own Little's law.
  const occupancies = { ...f, cf: w.screening.waiting, receiving: w.release.receiving };
  const facilities = Object.fromEntries(Object.entries(occupancies).map(([k, v]) => [k, {
    entries: v.entries, exits: v.exits, level: v.level, meanLevel: v.area / T, meanStayDays: finite(v.staySum / v.exits),
  }]));
  const stations = Object.fromEntries(([['bp', w.bp.station], ['ofo', w.ofo.station], ['cf', w.screening]] as const).map(([k, s]) => [k, {
    started: s.started, meanWaitDays: finite(s.waitSum / s.started), served: s.served, queued: s.queue.memberCount, queueEntries: s.queue.entries,
  }]));
  return {
    replication, seed, days: w.days,
    summary,
    daily: ctx.record.series,
    custodyHistogram: { binHours: bp.binWidth, counts: bp.counts },
    policyChangeDays: w.policyChangeDays,
    events: w.env.eventCount,
    people: L.entries.arrivals,
    diagnostics: {
      simulatedDays: now,
      ledger: { entries: { ...L.entries }, places, exits: { ...L.exits } },
      facilities, stations,
      court: { detained: w.court.detained, nonDetained: w.court.nonDetained + w.court.nonDetainedAtd, mpp: w.mpp.waiting, intake: w.court.intake, initial: w.court.initial, completions: w.court.completions },
      removals: { iceFromCustody: w.removals.iceFromCustody, byNationality: w.removals.byNationality() },
    },
  };
}
export { ENTRY_KINDS, EXIT_KINDS };
