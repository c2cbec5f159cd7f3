import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { BACKTEST_CSV_COLUMNS } from '../../sim/report/backtest.ts';
import { runCli, tempDir, type CliResult } from './runCli.ts';

describe('border-sim backtest', () => {
  let out: string;
  let result: CliResult;
  beforeAll(async () => {
    out = tempDir();
    // October and November 2023 of the baseline: two whole months of every FY2024 series.
    const file = join(out, 'two-months.json');
    writeFileSync(file, JSON.stringify({ base: 'baseline', days: 61 }));
    result = await runCli(['backtest', file, '--reps', '2', '--workers', '2', '--out', join(out, 'result')]);
  }, 600_000);

  it('exits with 0 and prints model against published for each series', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/ICE detention, average daily population\s+2 of 2|ICE detention, average daily population\s+[012] of 2/);
    expect(result.stdout).toContain('largest monthly miss');
  });

  it('writes tidy CSV: a row per series and whole month, with the published value and the model band', () => {
    const rows = csvParse(readFileSync(join(out, 'result', 'backtest.csv'), 'utf8'));
    expect(rows.columns).toEqual([...BACKTEST_CSV_COLUMNS]);
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2023-10', '2023-11']));
    const adp = rows.filter((r) => r.series === 'detention.occupancy');
    expect(adp.map((r) => [r.period, r.observed])).toEqual([['2023-10', '38522.29'], ['2023-11', expect.any(String)]]);
    // Border Patrol encounters: Title 8 only in FY2024 (Title 42 had ended); 188,749 for October 2023 in CBP's 2025 release.
    expect(rows.find((r) => r.series === 'encounters.bp' && r.period === '2023-10')?.observed).toBe('188749');
    for (const r of rows) {
      expect(Number(r.model_low)).toBeLessThanOrEqual(Number(r.model_mean));
      expect(Number(r.model_high)).toBeGreaterThanOrEqual(Number(r.model_mean));
      expect(r.inside).toBe(String(Number(r.observed) >= Number(r.model_low) && Number(r.observed) <= Number(r.model_high)));
    }
  });

  it('writes a self-contained HTML report with a chart per series and its sources', () => {
    const html = readFileSync(join(out, 'result', 'backtest.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('ICE Detention Statistics');
  });

  it('refuses an unknown scenario with exit code 2', async () => {
    const r = await runCli(['backtest', 'fy1999', '--reps', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fy1999/);
  });
});
