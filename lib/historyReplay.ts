/**
 * The history presets replayed against the targets stated for their years: the run behind the
 * table in docs/model.md ("How well it replays history") and the test that checks it.
 */
import { HISTORY_TARGETS, HISTORY_TOLERANCE } from '../sim/observed/historyTargets.ts';
import { historyChecks, type HistoryCheck } from '../sim/report/historyCheck.ts';
import { loadScenario } from './loadScenario.ts';
import { runLoaded, type RunScenarioOptions } from './runScenario.ts';

/** The seed and replications of the table in docs/model.md. */
export const HISTORY_TABLE_RUN = { seed: 1, reps: 3 } as const;

/** Runs every history preset with `options` and checks it against its year's targets, oldest first. */
export async function historyReplay(options: RunScenarioOptions = HISTORY_TABLE_RUN): Promise<HistoryCheck[]> {
  const out: HistoryCheck[] = [];
  for (const year of HISTORY_TARGETS) {
    const loaded = loadScenario(year.preset);
    const [run] = await runLoaded([loaded], options);
    out.push(...historyChecks(year, loaded.scenario.startDate, loaded.scenario.days, run!.results));
  }
  return out;
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (e: number) => (Math.abs(e) < 0.0005 ? '0.0%' : `${e > 0 ? '+' : '−'}${Math.abs(e * 100).toFixed(1)}%`);

/** The markdown table of `checks`: one row per year and quantity. */
export function historyTable(checks: readonly HistoryCheck[]): string {
  const rows = checks.map((c) => {
    const fy = `FY${c.fiscalYear} (\`${c.preset}\`)`;
    if (typeof c.model === 'string') return `| ${fy} | ${c.label} | ${c.published} | ${c.model} | | ${c.within ? 'yes' : 'no'} |`;
    return `| ${fy} | ${c.label} | ${n(c.published as number)} | ${n(c.model)} (${n(c.low!)}–${n(c.high!)}) | ${pct(c.error!)} | ${c.within ? 'yes' : 'no'} |`;
  });
  return [
    `| Year | Quantity | Published | Model: mean (lowest–highest replication) | Error | Within ±${HISTORY_TOLERANCE * 100}% (peak: right month) |`,
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The key by which docs/model.md names a miss: "FY2019, ICE average daily population". */
export const missKey = (c: Pick<HistoryCheck, 'fiscalYear' | 'label'>) => `FY${c.fiscalYear}, ${c.label}`;
