import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { METRIC_IDS } from '../../sim/model/metrics.ts';
import { runCli, tempDir, type CliResult, expectOneLineError } from './runCli.ts';

const FAST = ['--days', '5', '--reps', '2', '--workers', '2', '--quiet'];

describe('border-sim sweep', () => {
  let out: string;
  let result: CliResult;
  beforeAll(async () => {
    out = tempDir();
    result = await runCli(['sweep', 'baseline', '--set', 'detention.beds=20000,40000', '--set', 'court.judges=600,900', ...FAST, '--out', out]);
  });

  it('exits with 0 and prints the grid', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/#3: detention\.beds=40000, court\.judges=900/);
  });

  it('writes one row per grid point and metric, the last path varying fastest', () => {
    const rows = csvParse(readFileSync(join(out, 'sweep.csv'), 'utf8'));
    expect(rows.columns.slice(0, 3)).toEqual(['point', 'detention.beds', 'court.judges']);
    expect(rows.length).toBe(4 * METRIC_IDS.length);
    const firstRowOfPoint = (p: number) => rows[p * METRIC_IDS.length];
    expect([1, 2].map((p) => [firstRowOfPoint(p)['detention.beds'], firstRowOfPoint(p)['court.judges']])).toEqual([['20000', '900'], ['40000', '600']]);
  });

  it('gives each point the numbers a run of that point gives', async () => {
    const rows = csvParse(readFileSync(join(out, 'sweep.csv'), 'utf8'));
    const dir = tempDir();
    const file = join(dir, 'point.json');
    (await import('node:fs')).writeFileSync(file, JSON.stringify({ base: 'baseline', detention: { beds: 40000 }, court: { judges: 600 } }));
    const single = await runCli(['run', file, ...FAST, '--json']);
    const s = JSON.parse(single.stdout);
    const row = rows.find((r) => r.point === '2' && r.metric === 'detention.occupancy.mean')!;
    expect(Number(row.mean)).toBe(s.metrics['detention.occupancy.mean'].mean);
  });

  it('refuses a sweep without --set with exit code 2', async () => {
    const r = await runCli(['sweep', 'baseline', ...FAST]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--set/);
  });

  it('refuses a path that is not a scenario field, naming it', async () => {
    const r = await runCli(['sweep', 'baseline', '--set', 'detention.bedz=1,2', ...FAST]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/detention\.bedz/);
  });

  it('refuses a value the scenario does not accept, naming the path, the value and what was expected', async () => {
    const r = await runCli(['sweep', 'baseline', '--set', 'detention.overflowShare=0.1,-3', ...FAST]);
    expect(r.code).toBe(2);
    const line = expectOneLineError(r);
    expect(line).toMatch(/detention\.overflowShare/);
    expect(line).toMatch(/-3/);
    expect(line).toMatch(/expected/);
  });

  it('refuses a --set without values', async () => {
    const r = await runCli(['sweep', 'baseline', '--set', 'detention.beds=', ...FAST]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--set.*detention\.beds=.*expected path=v1,v2/);
  });
});
