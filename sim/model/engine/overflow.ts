/**
 * What gives way when Border Patrol stations crowd, each response a switch
 * (`borderPatrol.overflow`): parole with conditions while the May 2023 memo's triggers hold;
 * agents pulled from patrol to processing when processing falls behind (so fewer crossers
 * are apprehended); and, at the physical ceiling of Border Patrol or port holding, releases
 * to NGO shelters or to the street of people waiting there, or of new arrivals when no one
 * else can go. Each
 * response counts whom it released and the days it acted, in the summary and by day.
 */
import type { OverflowConfig } from '../schema/overflowSchema.ts';
import type { Court } from './court.ts';
import type { EngineContext } from './context.ts';
import type { Custody } from './custody.ts';
import type { Release } from './release.ts';
import type { Screening } from './screening.ts';

/** The share of crossers apprehended, which this stage scales each day (see arrivals.ts). */
export interface ApprehensionControl { apprehensionFactor: number }

export class Overflow {
  /** Whether parole with conditions is in force today. */
  paroleWithConditionsInForce = false;
  /** People released on parole with conditions, and the days it was in force. */
  pwcReleased = 0;
  pwcDays = 0;
  /** Days with agents pulled to processing, and the most pulled on one day. */
  agentDays = 0;
  agentsPeak = 0;
  /** Agents pulled today. */
  agentsPulled = 0;
  /** People released from full stations (waiting for a bed or screening), and at apprehension; days each happened; of all, those who found no NGO place. */
  releasedWaiting = 0;
  releasedAtApprehension = 0;
  releasedWaitingDays = 0;
  releasedAtApprehensionDays = 0;
  releasedToStreet = 0;
  /** Days on which Border Patrol custody and port custody reached their ceilings. */
  daysAtCeiling = 0;
  portDaysAtCeiling = 0;
  private readonly apprehensions: Float64Array;
  private readonly sinkRelease = (size: number, tag: number) => this.release(size, tag, false);
  private today = { pwc: 0, waiting: 0, atApprehension: 0, street: 0, atCeiling: false, portAtCeiling: false };
  private bp: Custody | null = null;
  private arrivals: ApprehensionControl | null = null;
  private screening: Screening | null = null;

  constructor(private readonly ctx: EngineContext, readonly config: OverflowConfig, private readonly receiving: Release, private readonly court: Court) {
    this.apprehensions = new Float64Array(config.paroleWithConditions.apprehensionsWindowDays);
  }

  /** Connects Border Patrol custody, the apprehension share it scales and the screening whose waiting people it may release. */
  connect(bp: Custody, arrivals: ApprehensionControl, screening: Screening): void { this.bp = bp; this.arrivals = arrivals; this.screening = screening; }

  /**
   * Opens day `d` (after Border Patrol custody opened it): parole with conditions in force
   * or not, from the custody and apprehensions at the start of the day; agents pulled to
   * processing for the day, and the apprehension share that leaves on patrol.
   */
  openDay(d: number, apprehensionsYesterday: number): void {
    const bp = this.bp!, c = this.config, a = this.apprehensions;
    for (let k = a.length - 1; k > 0; k--) a[k] = a[k - 1]!;
    if (a.length > 0) a[0] = apprehensionsYesterday;
    const pwc = c.paroleWithConditions;
    if (pwc.enabled) {
      let recent = 0;
      for (let k = 0; k < a.length; k++) recent += a[k]!;
      this.paroleWithConditionsInForce = bp.level > pwc.occupancyAbove * bp.capacityOn(d)
        || bp.meanHoursHere() > pwc.meanHoursInCustodyAbove
        || (d >= a.length && recent > pwc.apprehensionsAbove);
      if (this.paroleWithConditionsInForce) this.pwcDays++;
    }
    const pull = c.agentsToProcessing;
    if (pull.enabled) {
      const base = bp.staffOn(d), patrol = pull.patrolAgents;
      // Agents to process yesterday's intake and today's queue within a day, beyond those on processing duty.
      const needed = Math.ceil((bp.heldYesterday + bp.station.queue.memberCount) * bp.processingDays);
      const moved = Math.max(0, Math.min(Math.floor(pull.maxShareOfPatrol * patrol), needed - base));
      this.agentsPulled = moved;
      if (moved > 0) {
        bp.station.setCapacity(base + moved);
        this.agentDays++;
        if (moved > this.agentsPeak) this.agentsPeak = moved;
      }
      this.arrivals!.apprehensionFactor = patrol > 0 ? Math.max(0, 1 - pull.apprehensionElasticity * (moved / patrol)) : 1;
    }
  }

  /** Closes day `d`: the day's figures per response. */
  closeDay(d: number): void {
    const rec = this.ctx.record, t = this.today;
    rec.set('overflow.paroleWithConditions', d, t.pwc);
    rec.set('overflow.paroleWithConditions.inForce', d, this.paroleWithConditionsInForce ? 1 : 0);
    rec.set('overflow.agentsToProcessing', d, this.agentsPulled);
    rec.set('overflow.releasedWhenFull', d, t.waiting);
    rec.set('overflow.releasedAtApprehension', d, t.atApprehension);
    rec.set('overflow.releasedToStreet', d, t.street);
    rec.set('bp.ceiling', d, this.bp!.ceiling === Infinity ? 0 : this.bp!.ceiling);
    rec.set('bp.atCeiling', d, t.atCeiling ? 1 : 0);
    rec.set('ofo.atCeiling', d, t.portAtCeiling ? 1 : 0);
    rec.set('arrivals.apprehensionShare', d, this.ctx.sc.arrivals.apprehensionShare * this.arrivals!.apprehensionFactor);
    if (t.waiting > 0) this.releasedWaitingDays++;
    if (t.atApprehension > 0) this.releasedAtApprehensionDays++;
    if (t.atCeiling) this.daysAtCeiling++;
    if (t.portAtCeiling) this.portDaysAtCeiling++;
    t.pwc = 0; t.waiting = 0; t.atApprehension = 0; t.street = 0; t.atCeiling = false; t.portAtCeiling = false;
  }

  /**
   * Custody `from` (Border Patrol or a port) is at its ceiling and `size` more people arrive:
   * releases people waiting there (for an ICE bed, then for screening) until they fit, if the
   * response is on; returns whether they now fit.
   */
  makeRoom(from: Custody, size: number): boolean {
    if (from === this.bp) this.today.atCeiling = true; else this.today.portAtCeiling = true;
    if (!this.config.releaseWhenFull.enabled) return false;
    const need = from.level + size - from.ceiling;
    let n = from.releaseBedWaiting(need, this.sinkRelease);
    if (n < need) n += this.screening!.releaseWaiting(from, need - n, this.sinkRelease);
    return n >= need;
  }

  /** A party apprehended at a full station (or arriving at a full port) is released at once, never held. */
  releaseAtApprehension(size: number, tag: number): void { this.release(size, tag, true); }

  /** A party is released on parole with conditions: a short parole to report to ICE, where its court case opens. */
  paroledWithConditions(size: number, tag: number): void {
    const ctx = this.ctx, now = ctx.env.now;
    ctx.ledger.exits.paroledWithConditions += size;
    ctx.tally.release(tag, size);
    this.pwcReleased += size; this.today.pwc += size;
    // A parole to report to ICE, too short for a work permit within the model.
    this.receiving.parole.add(now, size, this.config.paroleWithConditions.termDays, 0, Infinity);
    this.court.addNonDetained(size);
    this.receiving.toReceiving(size, tag);
  }

  /** Released into the community with a Notice to Appear (or to report): to NGO shelters while they have room, else the street. */
  private release(size: number, tag: number, atApprehension: boolean): void {
    const ctx = this.ctx, shelters = this.receiving.receiving, t = this.today;
    ctx.ledger.exits.releasedWhenFull += size;
    ctx.tally.release(tag, size);
    if (atApprehension) { this.releasedAtApprehension += size; t.atApprehension += size; }
    else { this.releasedWaiting += size; t.waiting += size; }
    if (shelters.level >= shelters.capacity) { this.releasedToStreet += size; t.street += size; }
    this.court.addNonDetained(size);
    this.receiving.toReceiving(size, tag);
  }
}
