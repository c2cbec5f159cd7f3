import { describe, expect, it, beforeAll } from 'vitest';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, listFiles, expectOneLineError } from './runCli.ts';

const args = ['run', 'baseline', '--days', '6', '--reps', '6', '--seed', '5', '--quiet'];

describe('border-sim --shard and merge', () => {
  let single: string;
  let parts: string;
  let merged: string;
  beforeAll(async () => {
    single = tempDir();
    parts = tempDir();
    merged = tempDir();
    // four shards as separate processes (as a job array would run them), plus the single run
    const runs = await Promise.all([
      runCli([...args, '--workers', '2', '--out', single]),
      ...[1, 2, 3, 4].map((i) => runCli([...args, '--workers', '1', '--shard', `${i}/4`, '--out', parts])),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const m = await runCli(['merge', parts, '--out', merged, '--quiet']);
    expect(m.code, m.stderr).toBe(0);
  });

  it('writes one part file per shard', () => {
    expect(listFiles(parts)).toEqual(['part-1-of-4.json', 'part-2-of-4.json', 'part-3-of-4.json', 'part-4-of-4.json']);
  });

  it('merges into exactly the files of the single run', () => {
    expect(listFiles(merged)).toEqual(listFiles(single));
    for (const f of listFiles(single)) expect(readFileSync(join(merged, f), 'utf8'), f).toBe(readFileSync(join(single, f), 'utf8'));
  });

  it('skips a shard whose part file is already complete', async () => {
    const before = statSync(join(parts, 'part-2-of-4.json')).mtimeMs;
    const r = await runCli([...args.filter((a) => a !== '--quiet'), '--shard', '2/4', '--out', parts]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/shard 2\/4 is already complete .*: skipped/);
    expect(statSync(join(parts, 'part-2-of-4.json')).mtimeMs).toBe(before);
  });

  it('refuses to merge when a shard is missing, naming it', async () => {
    const some = tempDir();
    for (const i of [1, 2, 4]) copyFileSync(join(parts, `part-${i}-of-4.json`), join(some, `part-${i}-of-4.json`));
    const out = join(tempDir(), 'merged', 'here');
    const r = await runCli(['merge', some, '--out', out]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/missing shard 3\/4 \(part-3-of-4\.json\)/);
    // The folders the merge created for its results are gone again.
    expect(existsSync(join(out, '..'))).toBe(false);
  });

  it('refuses to merge parts of different runs', async () => {
    const other = tempDir();
    const r = await runCli(['run', 'baseline', '--days', '6', '--reps', '6', '--seed', '6', '--quiet', '--shard', '3/4', '--out', other]);
    expect(r.code).toBe(0);
    const m = await runCli(['merge', join(parts, 'part-1-of-4.json'), join(parts, 'part-2-of-4.json'), join(other, 'part-3-of-4.json'), join(parts, 'part-4-of-4.json'), '--out', tempDir()]);
    expect(m.code).toBe(2);
    expect(expectOneLineError(m)).toMatch(/belongs to another run/);
  });

  it('refuses a file that is not a part file', async () => {
    const bogus = join(tempDir(), 'part-1-of-1.json');
    writeFileSync(bogus, '{"hello": 1}');
    const r = await runCli(['merge', bogus, '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/not a border-sim part file/);
  });

  it('requires --out', async () => {
    const r = await runCli(['merge', parts]);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/required option '--out <dir>'/);
  });
});
