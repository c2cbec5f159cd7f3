import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { METRICS, METRIC_IDS } from '../../sim/model/metrics.ts';
import { SERIES_IDS } from '../../sim/model/series.ts';
import { runCli, tempDir, type CliResult, FAST, FAST_DAYS, FAST_REPS } from './runCli.ts';

describe('border-sim run', () => {
  let out: string;
  let result: CliResult;
  beforeAll(async () => {
    out = tempDir();
    result = await runCli(['run', 'baseline', ...FAST, '--out', out]);
  });

  it('exits with 0', () => {
    expect(result.code, result.stderr).toBe(0);
  });

  it('prints a table with every metric, its unit, mean and 95% CI', () => {
    expect(result.stdout).toMatch(/metric\s+unit\s+mean\s+95% CI/);
    for (const def of METRICS) expect(result.stdout).toMatch(new RegExp(`^${def.id.replace(/\./g, '\\.')}\\s+${def.unit}\\s`, 'm'));
  });

  it('writes summary.json with every metric id: unit, mean, ci95, sd and n', () => {
    const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect([s.scenario, s.reps, s.seed]).toEqual(['baseline', FAST_REPS, 1]);
    expect(Object.keys(s.metrics)).toEqual([...METRIC_IDS]);
    for (const m of Object.values(s.metrics) as { unit: string; mean: number; ci95: number[]; sd: number; n: number }[]) {
      expect(Object.keys(m)).toEqual(['unit', 'mean', 'ci95', 'sd', 'n']);
      expect(m.n).toBe(FAST_REPS);
      expect(m.ci95.length).toBe(2);
    }
  });

  it('writes summary.csv with the same numbers as summary.json', () => {
    const s = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const rows = csvParse(readFileSync(join(out, 'summary.csv'), 'utf8'));
    expect(rows.length).toBe(METRIC_IDS.length);
    for (const row of rows) expect(Number(row.mean)).toBe(s.metrics[row.metric!].mean);
  });

  it('writes timeseries.csv in tidy long format, one row per replication, day and series', () => {
    const rows = csvParse(readFileSync(join(out, 'timeseries.csv'), 'utf8'));
    expect(rows.columns).toEqual(['scenario', 'replication', 'day', 'metric', 'value']);
    expect(rows.length).toBe(FAST_REPS * FAST_DAYS * SERIES_IDS.length);
    expect(new Set(rows.map((r) => r.metric))).toEqual(new Set(SERIES_IDS));
  });

  it('writes the fully resolved scenario and the command line that reproduces the run', () => {
    const scenario = JSON.parse(readFileSync(join(out, 'scenarios/baseline.json'), 'utf8'));
    expect(typeof scenario).toBe('object');
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    expect(run.command).toBe(`border-sim run baseline --reps ${FAST_REPS} --seed 1 --days ${FAST_DAYS}`);
    expect(existsSync(join(out, 'summary.json'))).toBe(true);
  });

  it('gives the same numbers when run again from the saved resolved scenario', async () => {
    const again = await runCli(['run', join(out, 'scenarios/baseline.json'), ...FAST, '--json']);
    const first = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(JSON.parse(again.stdout).metrics).toEqual(first.metrics);
  });

  it('prints the summary JSON on stdout with --json', async () => {
    const r = await runCli(['run', 'baseline', ...FAST, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
  });
});

describe('border-sim run with several worker counts', () => {
  it('gives identical files with --workers 1 and --workers 4', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const common = ['run', 'baseline', '--days', '6', '--reps', '4', '--seed', '42', '--quiet'];
    const [ra, rb] = await Promise.all([runCli([...common, '--workers', '1', '--out', a]), runCli([...common, '--workers', '4', '--out', b])]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    for (const f of ['summary.json', 'summary.csv', 'timeseries.csv']) expect(readFileSync(join(b, f), 'utf8')).toBe(readFileSync(join(a, f), 'utf8'));
  });

  it('gives different numbers for a different seed', async () => {
    const common = ['run', 'baseline', '--days', '4', '--reps', '1', '--workers', '1', '--quiet', '--json'];
    const [a, b] = await Promise.all([runCli([...common, '--seed', '1']), runCli([...common, '--seed', '2'])]);
    expect(JSON.parse(a.stdout).metrics['arrivals.total'].mean).not.toBe(JSON.parse(b.stdout).metrics['arrivals.total'].mean);
  });
});

describe('border-sim progress', () => {
  it('prints plain lines on stderr when stderr is not a terminal', async () => {
    const r: CliResult = await runCli(['run', 'baseline', '--days', '4', '--reps', '2', '--workers', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^border-sim: running 2 replications of 1 scenario on 2 workers$/m);
    expect(r.stderr).toMatch(/^border-sim: 2\/2 replications done in .* events\/s\)$/m);
  });

  it('prints nothing on stderr with --quiet', async () => {
    const r = await runCli(['run', 'baseline', '--days', '4', '--reps', '2', '--workers', '2', '--quiet']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  it('runs only the replication asked for with --replication, with the same numbers as in the full run', async () => {
    const [fullDir, oneDir] = [tempDir(), tempDir()];
    const common = ['run', 'baseline', '--days', '5', '--quiet'];
    const [full, one] = await Promise.all([runCli([...common, '--reps', '3', '--out', fullDir]), runCli([...common, '--replication', '2', '--out', oneDir])]);
    expect([full.code, one.code]).toEqual([0, 0]);
    const rows = (dir: string) => csvParse(readFileSync(join(dir, 'timeseries.csv'), 'utf8'));
    const alone = rows(oneDir);
    expect(new Set(alone.map((r) => r.replication))).toEqual(new Set(['2']));
    expect([...alone]).toEqual(rows(fullDir).filter((r) => r.replication === '2'));
  });
});
