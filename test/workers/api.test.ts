import { describe, expect, it } from 'vitest';
import { METRIC_IDS } from '../../sim/model/metrics.ts';
import { SERIES_IDS } from '../../sim/model/series.ts';
import { createReplication, presets, runReplication, validateScenario } from '../../sim/model/index.ts';
import { createSimWorkerApi, simWorkerApi, type WorkerModel } from '../../workers/api.ts';
import type { Progress, RunRequest } from '../../workers/protocol.ts';

const DAYS = 8;
const request = { scenario: presets.baseline, seed: 3, replication: 1, days: DAYS };

describe('simWorkerApi.runReplication', () => {
  it('returns the replication result of the model for the scenario, seed and replication', async () => {
    const outcome = await simWorkerApi.runReplication(request);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const checked = validateScenario(presets.baseline, presets);
    if (!checked.ok) throw new Error('baseline preset is invalid');
    const direct = runReplication(checked.scenario, { seed: 3, replication: 1, days: DAYS });
    expect(outcome.result.summary).toEqual(direct.summary);
    expect(outcome.result.daily).toEqual(direct.daily);
  });

  it('has every summary metric and a daily value for every series and day', async () => {
    const outcome = await simWorkerApi.runReplication(request);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(Object.keys(outcome.result.summary).sort()).toEqual([...METRIC_IDS].sort());
    for (const id of SERIES_IDS) expect(outcome.result.daily[id].length).toBe(DAYS);
  });

  it('reports progress once per simulated day, in order, ending at the horizon', async () => {
    const seen: Progress[] = [];
    await simWorkerApi.runReplication(request, (p) => seen.push(p));
    expect(seen.map((p) => p.day)).toEqual(Array.from({ length: DAYS }, (_, i) => i + 1));
    expect(seen.every((p) => p.days === DAYS && p.replication === 1)).toBe(true);
    expect(seen.at(-1)!.events).toBeGreaterThan(seen[0].events);
  });

  it('attaches a partial result every partialEveryDays days before the end', async () => {
    const seen: Progress[] = [];
    await simWorkerApi.runReplication({ ...request, partialEveryDays: 3 }, (p) => seen.push(p));
    expect(seen.filter((p) => p.partial).map((p) => p.day)).toEqual([3, 6]);
    expect(Object.keys(seen.find((p) => p.partial)!.partial!.summary).length).toBe(METRIC_IDS.length);
  });

  it('gives the same result bit for bit with progress and daily partial snapshots as without', async () => {
    const plain = await simWorkerApi.runReplication(request);
    const watched = await simWorkerApi.runReplication({ ...request, partialEveryDays: 1 }, () => {});
    expect(watched).toEqual(plain);
  });

  it('returns an invalid scenario as a failure naming the field, the replication and the seed', async () => {
    const outcome = await simWorkerApi.runReplication({ ...request, scenario: { base: 'baseline', detention: { beds: -1 } } });
    expect(outcome).toMatchObject({ ok: false, replication: 1, seed: 3 });
    if (!outcome.ok) expect(outcome.error).toMatch(/invalid scenario: detention\.beds/);
  });

  it('returns an error thrown by the model as a failure with the replication and seed', async () => {
    const model = {
      validateScenario: (input: unknown) => validateScenario(input, presets),
      createReplication: (s: never, o: { seed: number; replication: number; days?: number }) => {
        const rep = createReplication(s, o);
        return { get day() { return rep.day; }, snapshot: () => rep.snapshot(), advance: () => { throw new Error('kaput'); } };
      },
    } as unknown as WorkerModel;
    const outcome = await createSimWorkerApi(model).runReplication(request);
    expect(outcome).toEqual({ ok: false, error: 'kaput', replication: 1, seed: 3 });
  });
});

describe('simWorkerApi.cancel', () => {
  it('ends the running job at its next return to the event loop, as a cancelled failure', async () => {
    const api = createSimWorkerApi();
    let days = 0;
    const running = api.runReplication({ ...request, days: 365 }, (p) => (days = p.day), 7);
    await new Promise((r) => setTimeout(r, 30));
    api.cancel(7);
    const outcome = await running;
    expect(outcome).toEqual({ ok: false, cancelled: true, error: 'cancelled', replication: 1, seed: 3 });
    expect(days).toBeLessThan(365);
  });

  it('ignores a cancel for another job or one that is not running', async () => {
    const api = createSimWorkerApi();
    api.cancel(1);
    const running = api.runReplication(request, undefined, 1);
    api.cancel(2);
    expect((await running).ok).toBe(true);
  });

  it('attaches a partial result on the first day and then by computing time with partialEveryMs', async () => {
    const seen: Progress[] = [];
    await simWorkerApi.runReplication({ ...request, days: 40, partialEveryMs: 1e9 }, (p) => seen.push(p));
    expect(seen.filter((p) => p.partial).map((p) => p.day)).toEqual([1]);
  });

  it('reports progress by computing time with progressEveryMs: after the first day, with every partial result and at the horizon', async () => {
    const days = (req: Partial<RunRequest>) => {
      const seen: Progress[] = [];
      return simWorkerApi.runReplication({ ...request, days: 40, ...req }, (p) => seen.push(p)).then(() => seen.map((p) => p.day));
    };
    expect(await days({ progressEveryMs: 1e9 })).toEqual([1, 40]);
    expect(await days({ progressEveryMs: 1e9, partialEveryDays: 10 })).toEqual([1, 10, 20, 30, 40]);
    expect(await days({ progressEveryMs: 0 })).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
