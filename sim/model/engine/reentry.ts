/**
 * Repeat crossings: parties expelled, repatriated or removed who try to cross again. A share
 * (by nationality group, after an expulsion or a removal) waits outside the United States,
 * in the `reentry` place; each day a share 1 - exp(-1/delayDays) of them sets off and crosses
 * between ports at a time within the day, apprehended or not. They are the same people: they
 * are not new arrivals in the ledger, and their encounters are repeat encounters when they
 * were encountered before within the horizon. The rest leave the model for good.
 *
 * Parties waiting are held as counts by class (group, sponsor, fear claim, whether already
 * encountered, party size), with the sum of their entry times, so memory is bounded by the
 * number of classes, not of people.
 */
import { SlotPool } from '../../kernel/callback/slotPool.ts';
import { exp } from '../../math/index.ts';
import { binomial } from '../../random/index.ts';
import type { Occupancy } from '../../stats/occupancy.ts';
import type { EngineContext } from './context.ts';
import type { DayCount } from './dailyRecord.ts';
import { FEAR, natOf, PATH_INTERIOR, pathOf, SPONSOR } from './tags.ts';

/** Where repeat crossers go. */
export interface ReentrySinks {
  /** Apprehended between ports: into Border Patrol custody. */
  apprehended(tag: number, size: number): void;
}

/** Largest party held as one; a larger one is split into parties of this size. */
const MAX_PARTY = 63;
/** Attribute bits of a tag kept by a repeat crosser: group (0-6), sponsor (9) and fear claim (10); route and path are reset. */
const KEEP = 127 | SPONSOR | FEAR;
const SEEN = 1 << 11;
const AFTER_REMOVAL = 0, AFTER_EXPULSION = 1;

export class Reentry {
  /** People who crossed again (their encounters of people already encountered within the horizon: `repeatEncounters`). */
  crossings = 0;
  readonly enabled: boolean;
  private readonly share: Float64Array;
  private readonly place: Occupancy;
  private readonly classOf = new Map<number, number>();
  private keys = new Int32Array(64);
  private count = new Float64Array(64);
  private timeSum = new Float64Array(64);
  private classes = 0;
  private readonly pool = new SlotPool((i) => this.onEvent(i), 1024);
  private sinks: ReentrySinks | null = null;

  /** Counts into daily series `encounters.repeat`. */
  private readonly cRepeat: DayCount;
  /** Counts into daily series `gotaways`. */
  private readonly cGotaways: DayCount;
  /** Encounters of people already encountered within the horizon. */
  get repeatEncounters(): number { return this.cRepeat.total; }

  constructor(private readonly ctx: EngineContext) {
    this.cRepeat = ctx.record.counter('encounters.repeat');
    this.cGotaways = ctx.record.counter('gotaways');
    const sc = ctx.sc, nats = sc.population.nationalities;
    this.enabled = sc.reentry.enabled;
    this.place = ctx.places.reentry;
    this.share = new Float64Array(nats.length * 2);
    nats.forEach((n, k) => {
      const g = sc.reentry.groups.find((x) => x.nationality === n.id);
      this.share[k * 2 + AFTER_REMOVAL] = g?.afterRemoval ?? 0;
      this.share[k * 2 + AFTER_EXPULSION] = g?.afterExpulsion ?? 0;
    });
  }

  connect(sinks: ReentrySinks): void { this.sinks = sinks; }

  /** A party removed or repatriated has left the United States. */
  afterRemoval(size: number, tag: number): void {
    if (!this.decide(size, tag, AFTER_REMOVAL)) this.ctx.ledger.exits.removed += size;
  }

  /** A party expelled has left the United States. */
  afterExpulsion(size: number, tag: number): void {
    if (!this.decide(size, tag, AFTER_EXPULSION)) this.ctx.ledger.exits.expelled += size;
  }

  /** Whether the party will try again (then it waits in the `reentry` place). */
  private decide(size: number, tag: number, kind: number): boolean {
    if (!this.enabled) return false;
    const ctx = this.ctx;
    if (!(ctx.rng['reentry.decision']() < this.share[natOf(tag) * 2 + kind]!)) return false;
    const now = ctx.env.now, seen = pathOf(tag) === PATH_INTERIOR ? 0 : SEEN;
    this.place.enter(size, now);
    for (let left = size; left > 0; left -= MAX_PARTY) {
      const s = Math.min(left, MAX_PARTY), c = this.classFor(((tag & KEEP) | seen) * 64 + s);
      this.count[c]! += 1; this.timeSum[c]! += now;
    }
    return true;
  }

  /** Opens day `d`: each waiting party sets off today with probability 1 - exp(-1/delayDays), crossing at a time within the day. */
  openDay(d: number): void {
    if (!this.enabled || this.place.level === 0) return;
    const ctx = this.ctx, mean = ctx.sc.reentry.delayDays, p = mean > 0 ? 1 - exp(-1 / mean) : 1;
    const departures = ctx.rng['reentry.departures'], timing = ctx.rng['reentry.timing'];
    for (let c = 0; c < this.classes; c++) {
      const n = this.count[c]!;
      if (n <= 0) continue;
      const k = binomial(departures, n, p);
      if (k === 0) continue;
      const t0 = this.timeSum[c]! / n, key = this.keys[c]!;
      this.count[c] = n - k; this.timeSum[c] = (n - k) * t0;
      for (let j = 0; j < k; j++) {
        const t = d + timing();
        const i = this.pool.alloc(t0, 0, key % 64, (key / 64) | 0, 0);
        this.pool.scheduleAt(ctx.env, t, i);
      }
    }
  }

  private onEvent(i: number): void {
    const p = this.pool, t0 = p.t0(i), size = p.size(i), key = p.tag(i);
    p.release(i);
    const ctx = this.ctx, tag = key & KEEP;
    this.place.exit(size, ctx.env.now, t0);
    this.crossings += size;
    if (ctx.rng['reentry.apprehension']() < ctx.sc.arrivals.apprehensionShare) {
      if (key & SEEN) this.cRepeat.add(size);
      this.sinks!.apprehended(tag, size);
    } else {
      ctx.ledger.exits.gotaway += size;
      this.cGotaways.add(size);
    }
  }

  /** The class index of `key` (created on first use; classes are kept in creation order). */
  private classFor(key: number): number {
    let c = this.classOf.get(key);
    if (c === undefined) {
      c = this.classes++;
      if (c === this.keys.length) this.grow();
      this.keys[c] = key; this.classOf.set(key, c);
    }
    return c;
  }

  private grow(): void {
    const n = this.keys.length * 2;
    const k = new Int32Array(n), c = new Float64Array(n), t = new Float64Array(n);
    k.set(this.keys); c.set(this.count); t.set(this.timeSum);
    this.keys = k; this.count = c; this.timeSum = t;
  }
}
