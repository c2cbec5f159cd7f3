import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { METRIC_IDS } from '../../sim/model/metrics.ts';
import { runCli, tempDir, type CliResult, FAST, expectOneLineError } from './runCli.ts';

describe('border-sim compare', () => {
  let out: string;
  let result: CliResult;
  let variant: string;
  beforeAll(async () => {
    out = tempDir();
    variant = join(tempDir(), 'fewer-beds.json');
    writeFileSync(variant, JSON.stringify({ base: 'baseline', detention: { beds: 20000 } }));
    result = await runCli(['compare', 'baseline', variant, ...FAST, '--out', out]);
  });

  it('exits with 0 and prints the difference from the first scenario with a paired 95% CI', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/fewer-beds − baseline \(3 paired replications, seed 1\)/);
    expect(result.stdout).toMatch(/metric\s+unit\s+baseline\s+fewer-beds\s+difference\s+95% CI \(paired\)/);
  });

  it('writes comparison.csv with one row per metric, scenario minus reference', () => {
    const rows = csvParse(readFileSync(join(out, 'comparison.csv'), 'utf8'));
    const summaries = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(rows.length).toBe(METRIC_IDS.length);
    const row = rows.find((r) => r.metric === 'arrivals.total')!;
    expect(row).toMatchObject({ scenario: 'fewer-beds', reference: 'baseline' });
    const expected = summaries[1].metrics['arrivals.total'].mean - summaries[0].metrics['arrivals.total'].mean;
    expect(Number(row.difference)).toBeCloseTo(expected, 6);
  });

  it('uses common random numbers: a scenario compared with itself differs by exactly 0', async () => {
    const copy = join(tempDir(), 'copy.json');
    writeFileSync(copy, JSON.stringify({ base: 'baseline' }));
    const r = await runCli(['compare', 'baseline', copy, ...FAST, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { comparisons } = JSON.parse(r.stdout);
    for (const id of METRIC_IDS) expect([comparisons[0].metrics[id].mean, comparisons[0].metrics[id].sd]).toEqual([0, 0]);
  });

  it('refuses a single scenario with exit code 2', async () => {
    const r = await runCli(['compare', 'baseline', ...FAST]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/compare needs at least two scenarios \(got 1/);
  });
});
