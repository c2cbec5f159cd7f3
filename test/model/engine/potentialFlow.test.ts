import { describe, expect, it } from 'vitest';
import { Environment } from '../../../sim/kernel/index.ts';
import { PotentialFlow } from '../../../sim/model/engine/potentialFlow.ts';
import { createStreams } from '../../../sim/model/engine/streams.ts';
import { PartySampler } from '../../../sim/model/engine/tags.ts';
import { scenario } from '../helpers.ts';

const DAYS = 10;

/**
 * The crossings of a potential flow of 200 candidates a day over DAYS days, with every group's
 * acceptance `byDay(d)` on day `d` (set when the day opens, before the flow restarts, as the
 * behaviour of arrivals does): each as "time tag size".
 */
function crossings(byDay: (d: number) => number): string[] {
  const env = new Environment(), sc = scenario(), rng = createStreams(3, 0);
  const groups = sc.population.nationalities.length;
  const acceptance = new Float64Array(groups);
  for (let d = 0; d < DAYS; d++) env.scheduleAt(d, () => acceptance.fill(byDay(d)));
  const sampler = new PartySampler(sc.population, rng['population.betweenPorts'], rng['attributes.betweenPorts']);
  const out: string[] = [];
  new PotentialFlow(env, new Float64Array(DAYS).fill(200), 1, rng['arrivals.betweenPorts'], sampler, rng['behaviour.acceptance'], acceptance,
    (tag, size) => out.push(`${env.now} ${tag} ${size}`)).start();
  env.run({ until: DAYS });
  return out;
}

describe('potential flow (thinning)', () => {
  it('keeps two responses coupled after a day on which one of them accepts every candidate', () => {
    const capped = crossings((d) => (d === 0 ? 1 : 0.5)), uncapped = crossings(() => 0.5);
    const later = (x: string[]) => x.filter((c) => Number(c.split(' ')[0]) >= 1);
    expect(later(uncapped).length).toBeGreaterThan(500);
    expect(later(capped)).toEqual(later(uncapped));
    // On day 0 the capped flow takes every candidate, so it has every crossing of the other.
    expect(new Set(capped).size).toBe(capped.length);
    expect(uncapped.filter((c) => !capped.includes(c))).toEqual([]);
  });

  it('gives a candidate the same party whether the candidates before it crossed or were turned down', () => {
    // A lower acceptance turns down more candidates, whose party draws are passed over: each
    // crossing it keeps must be a crossing of the higher acceptance, party and all.
    const few = crossings(() => 0.3), many = crossings(() => 0.6), all = new Set(many);
    expect(few.length).toBeGreaterThan(400);
    expect(many.length).toBeGreaterThan(few.length * 1.5);
    expect(few.filter((c) => !all.has(c))).toEqual([]);
  });
});
