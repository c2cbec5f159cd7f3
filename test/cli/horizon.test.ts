/**
 * The horizon a run uses, wherever it comes from (the scenario file, `--days`, `--set days`,
 * the library's `days`, a link's `days` through the worker), gets the checks the scenario's
 * own horizon gets: at most 3,650 days, and no more people than the work bound over it.
 * Before, `--days` skipped both: `run baseline --days 3651` ran until killed, and a valid
 * one-day scenario of 5e8 arrivals a day run with `--days 3650` grew to gigabytes in seconds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../lib/runScenario.ts';
import { ScenarioError } from '../../lib/loadScenario.ts';
import { createReplication, presets, validateScenario } from '../../sim/model/index.ts';
import { expectOneLineError, runCli, tempDir } from './runCli.ts';

/** A valid one-day scenario whose arrivals would be far too many over a long horizon. */
const FLOOD = { base: 'baseline', days: 1, arrivals: { betweenPorts: { perDay: 5e8, monthlyFactors: Array(12).fill(1) } } };

function floodFile(): string {
  const file = join(tempDir(), 'flood.json');
  writeFileSync(file, JSON.stringify(FLOOD));
  return file;
}

describe('--days', () => {
  it('refuses a horizon beyond 3,650 days at once, naming the flag', async () => {
    const started = performance.now();
    const r = await runCli(['run', 'baseline', '--reps', '1', '--days', '3651']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--days <d>' argument '3651' is invalid\. expected a positive integer of at most 3650/);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('refuses a horizon that makes a valid scenario too large to simulate, before running anything', async () => {
    const file = floodFile();
    const valid = await runCli(['validate', file]);
    expect(valid.code, valid.stderr).toBe(0);
    const out = join(tempDir(), 'results');
    const r = await runCli(['run', file, '--reps', '1', '--days', '3650', '--out', out]);
    expect(r.code).toBe(2);
    const line = expectOneLineError(r);
    expect(line).toMatch(/--days 3650 makes scenario 'flood' too large to simulate: arrivals\.betweenPorts\.perDay: 5\.00e8 a day makes 1\.83e12 people over 3650 days/);
    expect(line).toMatch(/expected at most 1\.00e9 people per replication/);
  });

  it('checks every scenario of a compare and every point of a sweep with the horizon given', async () => {
    const file = floodFile();
    const compare = await runCli(['compare', 'baseline', file, '--reps', '1', '--days', '30']);
    expect(compare.code).toBe(2);
    expect(expectOneLineError(compare)).toMatch(/--days 30 makes scenario 'flood' too large/);
    const sweep = await runCli(['sweep', file, '--set', 'court.judges=600,700', '--reps', '1', '--days', '30']);
    expect(sweep.code).toBe(2);
    expect(expectOneLineError(sweep)).toMatch(/--days 30 makes scenario 'flood\[court\.judges=600\]' too large/);
  });

  it('refuses a swept horizon that makes a point too large, naming the point', async () => {
    const r = await runCli(['sweep', floodFile(), '--set', 'days=1,30', '--reps', '1']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--set days=30 makes scenario 'flood' invalid: arrivals\.betweenPorts\.perDay: 5\.00e8 a day makes 1\.50e10 people over 30 days/);
  });

  it('still runs a horizon that keeps the scenario within the bound', async () => {
    const r = await runCli(['run', 'baseline', '--reps', '1', '--days', '2', '--workers', '1', '--quiet', '--json']);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('the horizon given to the library and to a replication', () => {
  it('runScenario refuses days that make the scenario too large, before starting a worker', async () => {
    await expect(runScenario(FLOOD, { reps: 1, days: 3650 })).rejects.toThrow(ScenarioError);
    await expect(runScenario(FLOOD, { reps: 1, days: 3650 })).rejects.toThrow(/cannot run over days: 3650: arrivals\.betweenPorts\.perDay: 5\.00e8 a day/);
  });

  it('createReplication refuses such days too (the path of a link in the browser, through the worker)', () => {
    const checked = validateScenario(FLOOD, presets);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(() => createReplication(checked.scenario, { seed: 1, replication: 0, days: 3650 })).toThrow(/invalid days: 3650 \(arrivals\.betweenPorts\.perDay: 5\.00e8 a day makes/);
    expect(() => createReplication(checked.scenario, { seed: 1, replication: 0, days: 3651 })).toThrow(/expected a whole number of days from 1 to 3650/);
    expect(() => createReplication(checked.scenario, { seed: 1, replication: 0, days: 1 })).not.toThrow();
  });
});
