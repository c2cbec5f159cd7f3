/**
 * Parole outside the border queues: programs taking applications from abroad (CHNV, Uniting
 * for Ukraine, family reunification...), each open over a period with a monthly cap and,
 * where required, a sponsor; and pre-approved parole of people waiting on Mexican shelter
 * lists, some of whom bought their place on the list.
 */
import { binomial, poisson } from '../../random/index.ts';
import type { ParoleProgram } from '../schema/paroleSchema.ts';
import type { CbpOne } from './cbpOne.ts';
import type { EngineContext } from './context.ts';
import type { Release } from './release.ts';

export class Programs {
  /** People paroled by the programs. */
  paroled = 0;
  /** People paroled from shelter lists who bought their place on the list. */
  queueJumpers = 0;
  private readonly queue: number[];
  private readonly allowance: number[];
  /** For each program, its eligible nationality groups and their shares among them (lawful places go to them). */
  private readonly eligible: { group: number; share: number }[][];

  constructor(private readonly ctx: EngineContext, private readonly cbpOne: CbpOne, private readonly release: Release) {
    this.queue = ctx.sc.parolePrograms.map(() => 0);
    this.allowance = ctx.sc.parolePrograms.map(() => 0);
    const nats = ctx.sc.population.nationalities;
    this.eligible = ctx.sc.parolePrograms.map((p) => {
      const groups = (p.nationalities ?? []).map((id) => nats.findIndex((n) => n.id === id)).filter((g) => g >= 0);
      const total = groups.reduce((a, g) => a + nats[g]!.share, 0);
      return groups.map((g) => ({ group: g, share: total > 0 ? nats[g]!.share / total : 0 }));
    });
  }

  /** Day `d`: each open program's applications and paroles. */
  openDay(d: number): void {
    const ctx = this.ctx, now = ctx.env.now;
    ctx.sc.parolePrograms.forEach((p, k) => {
      const r = ctx.rng.program(p.id);
      if (d < p.fromDay || (p.toDay !== undefined && d >= p.toDay)) return;
      this.allowance[k]! += p.capPerMonth === undefined ? Infinity : p.capPerMonth / (365 / 12);
      if (p.kind === 'shelterList') {
        const lists = this.cbpOne.lists;
        const slots = Math.min(Math.floor(p.applicationsPerDay + r.shelterSlots()), this.allowance[k]!);
        const total = lists.reduce((a, l) => a + l.total, 0);
        let given = 0;
        for (const list of lists) {
          if (total <= 0) continue;
          const s = Math.min(list.total, Math.round(slots * list.total / total));
          const jumpers = binomial(r.queueJumpers, s, p.queueJumperShare);
          const take = (m: number, reg: number) => {
            ctx.places.mexico.exit(m, now, Math.max(0, reg));
            ctx.ledger.exits.paroledFromShelterList += m;
            this.parole(m, p);
            this.release.toReceiving(m, 0);
          };
          list.takeNewest(jumpers, take); list.takeOldest(s - jumpers, take);
          this.queueJumpers += jumpers; given += s;
        }
        if (Number.isFinite(this.allowance[k]!)) this.allowance[k]! -= given;
        return;
      }
      let apps = poisson(r.applications, p.applicationsPerDay);
      if (p.sponsorRequired && p.sponsorShare < 1) apps = binomial(r.sponsors, apps, p.sponsorShare);
      this.queue[k]! += apps;
      const n = Math.min(this.queue[k]!, Math.floor(this.allowance[k]!));
      this.queue[k]! -= n;
      if (Number.isFinite(this.allowance[k]!)) { this.allowance[k]! -= n; this.allowance[k] = Math.min(this.allowance[k]!, p.capPerMonth ?? Infinity); }
      else this.allowance[k] = 0;
      if (n > 0) { this.parole(n, p); for (const e of this.eligible[k]!) ctx.tally.place(e.group, n * e.share); }
    });
  }

  private parole(n: number, p: ParoleProgram): void {
    this.paroled += n;
    this.release.parole.add(this.ctx.env.now, n, p.termDays, p.workEligible ? n : 0, this.ctx.sc.parole.workPermitAfterDays);
  }
}
