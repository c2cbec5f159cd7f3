/**
 * Determinism in the browser: the production build's simulation worker, in headless
 * Chromium, gives results identical bit for bit to Node's for the same scenarios, seeds and
 * replications (driven over its comlink wire protocol, results packed as raw bytes); and the
 * app's exported daily series and summary equal, digit for digit, the files of a CLI run of the
 * same comparison. (Summary of one preset against Node in process: test/e2e/app.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRIC_IDS, runReplication, SERIES_IDS, type ReplicationResult, type Scenario } from '../../sim/model/index.ts';
import type { RunRequest } from '../../workers/protocol.ts';
import { runCli, tempDir } from '../cli/runCli.ts';
import { fragment, openPage, startHarness, waitForDone, type Harness } from '../e2e/harness.ts';
import { fingerprint } from './fingerprint.ts';
import { determinismScenarios } from './scenarios.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** What the page sends back for one replication: numbers as base64 of their bytes. */
interface PackedResult {
  readonly error?: string;
  readonly summary: string;
  /** Metrics that are null (a mean over nobody); their slots in `summary` hold 0. */
  readonly nulls: string[];
  readonly daily: Record<string, string>;
  readonly histogram: string;
  readonly binHours: string;
  readonly events: number;
  readonly people: number;
  readonly replication: number;
  readonly seed: number;
  readonly days: number;
  readonly policyChangeDays: number[];
}

const f64 = (b64: string) => {
  const bytes = Buffer.from(b64, 'base64');
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

function unpack(p: PackedResult): ReplicationResult {
  if (p.error) throw new Error(`browser worker failed: ${p.error}`);
  const summary = f64(p.summary);
  return {
    replication: p.replication, seed: p.seed, days: p.days, events: p.events, people: p.people, policyChangeDays: p.policyChangeDays,
    summary: Object.fromEntries(METRIC_IDS.map((id, i) => [id, p.nulls.includes(id) ? null : summary[i]!])) as ReplicationResult['summary'],
    daily: Object.fromEntries(SERIES_IDS.map((id) => [id, f64(p.daily[id]!)])) as ReplicationResult['daily'],
    custodyHistogram: { binHours: f64(p.binHours)[0]!, counts: f64(p.histogram) },
  };
}

/** Runs `requests` on `workers` fresh instances of the built simulation worker, speaking comlink's wire protocol by hand. */
async function runInBrowserWorkers(page: Page, requests: readonly RunRequest[], workers: number): Promise<ReplicationResult[]> {
  const asset = readdirSync(join(h.outDir, 'assets')).find((f) => /^browser\.worker-.*\.js$/.test(f));
  if (!asset) throw new Error('no simulation worker in the build');
  const packed = await page.evaluate(
    async ({ url, requests, workers, metricIds, seriesIds }) => {
      const b64 = (a: Float64Array) => {
        const u8 = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
        let s = '';
        for (let i = 0; i < u8.length; i++) s += String.fromCharCode(u8[i]!);
        return btoa(s);
      };
      /** The page's Web Worker, typed here without the DOM library. */
      type PageWorker = {
        postMessage(message: unknown): void;
        addEventListener(type: string, listener: (e: { data?: { id?: string }; message?: string }) => void, options?: { once: boolean }): void;
        removeEventListener(type: string, listener: (e: { data?: { id?: string } }) => void): void;
        terminate(): void;
      };
      const run = (worker: PageWorker, req: unknown, id: string) =>
        new Promise<{ value: { ok: boolean; error?: string; result?: Record<string, never> } }>((resolve, reject) => {
          const onMessage = (e: { data?: { id?: string } }) => {
            if (e.data?.id !== id) return;
            worker.removeEventListener('message', onMessage);
            resolve(e.data as { value: { ok: boolean; error?: string; result?: Record<string, never> } });
          };
          worker.addEventListener('message', onMessage);
          worker.addEventListener('error', (e) => reject(new Error(e.message || 'worker error')), { once: true });
          worker.postMessage({ id, type: 'APPLY', path: ['runReplication'], argumentList: [{ type: 'RAW', value: req }] });
        });
      const WorkerClass = (globalThis as unknown as { Worker: new (url: string, options: { type: string }) => PageWorker }).Worker;
      const pool = Array.from({ length: workers }, () => new WorkerClass(url, { type: 'module' }));
      const out = await Promise.all(
        requests.map(async (req, i) => {
          const { value } = await run(pool[i % workers]!, req, `determinism-${i}`);
          if (!value.ok) return { error: value.error };
          const r = value.result as unknown as {
            summary: Record<string, number | null>; daily: Record<string, Float64Array>; custodyHistogram: { binHours: number; counts: Float64Array };
            events: number; people: number; replication: number; seed: number; days: number; policyChangeDays: number[];
          };
          return {
            summary: b64(Float64Array.from(metricIds, (id) => r.summary[id] ?? 0)),
            nulls: metricIds.filter((id) => r.summary[id] === null),
            daily: Object.fromEntries(seriesIds.map((id) => [id, b64(r.daily[id]!)])),
            histogram: b64(r.custodyHistogram.counts),
            binHours: b64(Float64Array.of(r.custodyHistogram.binHours)),
            events: r.events, people: r.people, replication: r.replication, seed: r.seed, days: r.days, policyChangeDays: [...r.policyChangeDays],
          };
        }),
      );
      for (const w of pool) w.terminate();
      return out;
    },
    { url: `${h.url}assets/${asset}`, requests: requests as unknown[], workers, metricIds: [...METRIC_IDS], seriesIds: [...SERIES_IDS] },
  );
  return (packed as PackedResult[]).map(unpack);
}

describe("determinism in the browser's worker", () => {
  it('gives the same bits as Node for presets and generated scenarios, on 1 and 3 workers', async () => {
    const scenarios = determinismScenarios(6, 4);
    const requests: RunRequest[] = scenarios.flatMap((s, i) => [0, 1].map((replication) => ({ scenario: s.scenario, seed: 1000 + i, replication, days: s.days })));
    const node = requests.map((r) => fingerprint(runReplication(r.scenario as Scenario, { seed: r.seed, replication: r.replication, days: r.days })));
    const { page, log } = await openPage(h, fragment({ scenarios: [{ name: 'Baseline', base: 'baseline' }], days: 1, reps: 1 }));
    for (const workers of [1, 3]) {
      const browser = (await runInBrowserWorkers(page, requests, workers)).map(fingerprint);
      browser.forEach((b, i) => expect(b, `${scenarios[Math.floor(i / 2)]!.name}, replication ${i % 2}, ${workers} worker(s)`).toEqual(node[i]));
    }
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("exports daily series and a summary equal, digit for digit, to the CLI's files for the same comparison", async () => {
    const seed = 777;
    const { page } = await openPage(h, fragment({ scenarios: [{ name: 'baseline', base: 'baseline' }, { name: 'surge', base: 'surge' }], seed, reps: 3, days: 6 }));
    await waitForDone(page);
    const download = async (kind: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), (async () => {
        await page.click('#export-button');
        await page.click(`[data-export="${kind}"]`);
      })()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const daily = await download('timeseries-csv');
    const summary = JSON.parse(await download('summary-json')) as { scenario: string; metrics: Record<string, unknown> }[];
    await page.context().close();

    const out = tempDir();
    const cli = await runCli(['compare', 'baseline', 'surge', '--seed', String(seed), '--reps', '3', '--days', '6', '--workers', '2', '--quiet', '--out', out]);
    expect(cli.code, cli.stderr).toBe(0);
    const rows = (text: string) => text.trim().split('\n').slice(1).sort();
    const cliDaily = readFileSync(join(out, 'timeseries.csv'), 'utf8');
    expect(rows(daily).length).toBe(2 * 3 * 6 * SERIES_IDS.length);
    expect(rows(daily)).toEqual(rows(cliDaily));
    const cliSummary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as typeof summary;
    expect(summary.map((s) => [s.scenario, s.metrics])).toEqual(cliSummary.map((s) => [s.scenario, s.metrics]));
  });
});
