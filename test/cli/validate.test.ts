import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { presetList } from '../../sim/model/index.ts';
import { runCli, tempDir } from './runCli.ts';

describe('border-sim validate', () => {
  it('accepts every preset with exit code 0', async () => {
    const names = presetList().map((p) => p.name);
    const r = await runCli(['validate', ...names]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(names.map((n) => `${n}: valid`));
  });

  it('lists every error with its path, then exits with 2', async () => {
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, JSON.stringify({ base: 'baseline', detention: { beds: -5, overflowShare: 'lots' }, court: { judgez: 3 } }));
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/detention\.beds/);
    expect(r.stderr).toMatch(/detention\.overflowShare/);
    expect(r.stderr).toMatch(/court\.judgez/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says which scenarios are valid and which are not when given several', async () => {
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, JSON.stringify({ days: 0 }));
    const r = await runCli(['validate', 'baseline', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('baseline: valid\n');
    expect(r.stderr).toMatch(/bad\.json: days/);
    expect(r.stderr).toMatch(/1 of 2 scenarios invalid/);
  });

  it('reports a file that is not JSON with exit code 2', async () => {
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{ "days": 3, ');
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json.*invalid JSON/);
  });
});

describe('border-sim schema', () => {
  it('prints the scenario JSON Schema', async () => {
    const r = await runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toContain('detention');
  });
});

describe('border-sim list', () => {
  it('prints each preset with a one-line description', async () => {
    const r = await runCli(['list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const presets = presetList();
    expect(lines.length).toBe(presets.length);
    presets.forEach((p, i) => expect(lines[i]).toMatch(new RegExp(`^${p.name} +${p.title.replace(/[()+.*?[\]]/g, '\\$&')}$`)));
  });

  it('prints name, title and full description of each preset as JSON with --json', async () => {
    const r = await runCli(['list', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(presetList());
  });
});
