/**
 * Applies a policy to parties: rules compiled to bit masks once, then for each party the
 * first rule that is eligible, whose capacity conditions hold, whose quota is not used up,
 * whose share draw selects the party and whose policy function gives a disposition, decides.
 */
import type { Rng } from '../../random/stream.ts';
import { POLICIES, type DecisionContext, type PolicyFn } from '../policies/index.ts';
import { DEMOGRAPHICS, DISPOSITIONS, ROUTES, type DispositionKind } from '../schema/fields.ts';
import type { Policy, Rule } from '../schema/policySchema.ts';
import { FEAR, SPONSOR, demoOf, natOf, routeOf } from './tags.ts';

/** Disposition codes, in the order of DISPOSITIONS. */
export const D_PAROLE = 0, D_DETAIN = 1, D_MPP = 2, D_ER = 3, D_EXPEL = 4;

interface Compiled {
  rule: Rule;
  fn: PolicyFn;
  nat: number; demo: number; route: number;
  sponsor: number; fear: number;
  usedToday: number;
}

/** Live conditions the engine reads when deciding. */
export interface Conditions {
  bpOccupancyShare: number;
  detentionOccupancyShare: number;
  apprehensionsYesterday: number;
  bedsFree: number;
}

export class PolicyEngine {
  private rules: Compiled[] = [];
  private otherwise = D_PAROLE;
  /** ATD share of the rule that last gave parole (undefined: scenario default). */
  atdShare: number | undefined;
  private readonly ctx: DecisionContext = { nationality: '', demographic: 'singleAdult', route: 'betweenPorts', sponsor: false, fearClaim: false, size: 1, bedsFree: 0 };

  constructor(private readonly natIds: readonly string[]) {}

  /** Makes `policy` the one in force (quotas restart). */
  set(policy: Policy): void {
    const mask = <T extends string>(all: readonly T[], list: readonly T[] | undefined) =>
      list === undefined ? -1 : list.reduce((m, v) => m | (1 << all.indexOf(v)), 0);
    this.rules = policy.rules.map((rule) => ({
      rule, fn: POLICIES[rule.rule],
      nat: mask(this.natIds, rule.when.nationalities) & ~(rule.when.exceptNationalities ? mask(this.natIds, rule.when.exceptNationalities) : 0), demo: mask(DEMOGRAPHICS, rule.when.demographics), route: mask(ROUTES, rule.when.routes),
      sponsor: rule.when.sponsor === undefined ? -1 : +rule.when.sponsor, fear: rule.when.fearClaim === undefined ? -1 : +rule.when.fearClaim,
      usedToday: 0,
    }));
    this.otherwise = DISPOSITIONS.indexOf(policy.otherwise);
  }

  /** Starts a new day: daily quotas restart. */
  newDay(): void { for (const r of this.rules) r.usedToday = 0; }

  /** Decides the disposition code of a party; `rng` draws the rules' shares. */
  decide(tag: number, size: number, c: Conditions, rng: Rng): number {
    const nat = natOf(tag), demo = demoOf(tag), route = routeOf(tag);
    const sponsor = (tag & SPONSOR) !== 0 ? 1 : 0, fear = (tag & FEAR) !== 0 ? 1 : 0;
    const ctx = this.ctx;
    ctx.nationality = this.natIds[nat]!; ctx.demographic = DEMOGRAPHICS[demo]!; ctx.route = ROUTES[route] ?? 'betweenPorts';
    ctx.sponsor = sponsor === 1; ctx.fearClaim = fear === 1; ctx.size = size; ctx.bedsFree = c.bedsFree;
    this.atdShare = undefined;
    for (const r of this.rules) {
      if (!((r.nat >> nat) & 1) || !((r.demo >> demo) & 1) || !((r.route >> route) & 1)) continue;
      if ((r.sponsor >= 0 && r.sponsor !== sponsor) || (r.fear >= 0 && r.fear !== fear)) continue;
      const rule = r.rule, w = rule.when;
      if (w.bpOccupancyAbove !== undefined && !(c.bpOccupancyShare > w.bpOccupancyAbove)) continue;
      if (w.bpOccupancyBelow !== undefined && !(c.bpOccupancyShare < w.bpOccupancyBelow)) continue;
      if (w.detentionOccupancyBelow !== undefined && !(c.detentionOccupancyShare < w.detentionOccupancyBelow)) continue;
      if (w.apprehensionsPerDayAbove !== undefined && !(c.apprehensionsYesterday > w.apprehensionsPerDayAbove)) continue;
      if (rule.maxPerDay !== undefined && r.usedToday + size > rule.maxPerDay) continue;
      if (rule.share < 1 && !(rng() < rule.share)) continue;
      const kind: DispositionKind | null = r.fn(rule, ctx);
      if (kind === null) continue;
      r.usedToday += size;
      if (rule.rule === 'parole') this.atdShare = rule.atdShare;
      return DISPOSITIONS.indexOf(kind);
    }
    return this.otherwise;
  }
}
