/**
 * Bad command lines and bad files, fuzzed: every one exits with code 2 and one line on stderr
 * naming the flag or file, the value and what was expected, with no stack trace and no file
 * written. Command lines run `main` in process (see cliHarness.ts); what depends on the
 * operating system (permissions) runs the real command in a child process. The fixed cases of
 * test/cli/errors.test.ts are not repeated here.
 */
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzParams } from './fuzzConfig.ts';
import { printable } from '../../cli/errors.ts';
import { wrapPartData } from '../../cli/partFile.ts';
import { runMain, usageProblem, type InProcessResult } from './cliHarness.ts';

const COMMANDS = ['run', 'compare', 'sweep', 'merge', 'validate', 'schema', 'list'];
const OPTIONS = ['reps', 'seed', 'workers', 'days', 'out', 'json', 'quiet', 'shard', 'replication', 'set', 'help', 'version'];
const dir = mkdtempSync(join(tmpdir(), 'border-sim-fuzz-cli-'));
const noOut = join(dir, 'never-written');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The arguments that make each command otherwise valid and quick. */
const validArgs: Record<string, string[]> = {
  run: ['run', 'baseline', '--days', '1', '--reps', '1', '--workers', '1', '--quiet'],
  compare: ['compare', 'baseline', 'surge', '--days', '1', '--reps', '1', '--workers', '1', '--quiet'],
  sweep: ['sweep', 'baseline', '--set', 'detention.beds=1,2', '--days', '1', '--reps', '1', '--workers', '1', '--quiet'],
};
const runLike = fc.constantFrom('run', 'compare', 'sweep');

/** Text as the one-line error shows it (commander's message with line breaks folded). */
const asShown = (s: string) => printable(s.replace(/\s*\n\s*/g, ' '));

function expectUsage(r: InProcessResult, ...mentions: (string | RegExp)[]): void {
  expect(usageProblem(r, { lines: /scenarios? invalid/.test(r.stderr) ? 'several' : 'one' })).toBeNull();
  for (const m of mentions) {
    if (typeof m === 'string') expect(r.stderr, `stderr should mention ${JSON.stringify(m)}`).toContain(m);
    else expect(r.stderr).toMatch(m);
  }
  expect(existsSync(noOut) ? readdirSync(noOut, { recursive: true }) : [], 'files were written').toEqual([]);
}

const text = fc.string({ unit: fc.oneof(fc.constantFrom('\n', ' ', '"', "'", '\\', '<', 'é', '\u0000', '-'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })), maxLength: 24 });

describe('border-sim with fuzzed bad command lines', () => {
  it('refuses unknown commands, naming them', async () => {
    const name = text.filter((s) => s.trim() !== '' && !s.startsWith('-') && ![...COMMANDS, 'help'].includes(s));
    await fc.assert(fc.asyncProperty(name, async (cmd) => expectUsage(await runMain([cmd, 'baseline']), /unknown command/, asShown(cmd).trim().slice(0, 10))), fuzzParams(60));
  });

  it('refuses unknown flags on every command, naming them', async () => {
    const flag = fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/).filter((f) => !OPTIONS.includes(f) && !OPTIONS.some((o) => f === `no-${o}`));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...COMMANDS), flag, async (cmd, f) => {
      const args = validArgs[cmd] ?? [cmd];
      expectUsage(await runMain([...args, `--${f}`, '--out', noOut]), `unknown option '--${f}'`);
    }), fuzzParams(60));
  });

  it('refuses counts that are not positive integers, naming the flag, the value and the expectation', async () => {
    const value = fc.oneof(
      fc.constantFrom('0', '-1', '2.5', '1e3', '0x10', ' 5', '', '+3', '٣', '99999999999999999999', 'NaN', 'Infinity', '5 6', '3\n4'),
      text.filter((s) => !/^\d+$/.test(s) || Number(s) < 1),
    );
    await fc.assert(fc.asyncProperty(runLike, fc.constantFrom('--reps', '--workers', '--days'), value, async (cmd, flag, v) => {
      expectUsage(await runMain([...validArgs[cmd]!, flag, v, '--out', noOut]), flag, asShown(`'${v}'`), 'expected a positive integer');
    }), fuzzParams(80));
  });

  it('refuses seeds outside 0..4294967295, naming the value', async () => {
    const value = fc.oneof(fc.constantFrom('-1', '4294967296', '1.5', 'x', '', '1e9'), fc.bigInt({ min: 2n ** 32n, max: 2n ** 70n }).map(String), text.filter((s) => !/^\d+$/.test(s)));
    await fc.assert(fc.asyncProperty(runLike, value, async (cmd, v) => {
      expectUsage(await runMain([...validArgs[cmd]!, '--seed', v, '--out', noOut]), '--seed', asShown(`'${v}'`), 'expected an integer from 0 to 4294967295');
    }), fuzzParams(40));
  });

  it('refuses shards that are not i/n with 1 <= i <= n', async () => {
    const value = fc.oneof(
      fc.tuple(fc.integer({ min: -3, max: 9 }), fc.integer({ min: -3, max: 9 })).filter(([i, n]) => !(i >= 1 && n >= 1 && i <= n)).map(([i, n]) => `${i}/${n}`),
      fc.constantFrom('1', '1/', '/2', '1/2/3', 'a/b', '1.5/2', ''),
    );
    await fc.assert(fc.asyncProperty(runLike, value, async (cmd, v) => {
      expectUsage(await runMain([...validArgs[cmd]!, '--shard', v, '--out', noOut]), '--shard', asShown(`'${v}'`), 'expected i/n');
    }), fuzzParams(40));
  });

  it('refuses a flag given without its value', async () => {
    await fc.assert(fc.asyncProperty(runLike, fc.constantFrom('--reps', '--seed', '--workers', '--days', '--out', '--shard'), async (cmd, flag) => {
      expectUsage(await runMain([...validArgs[cmd]!, flag]), flag, 'argument missing');
    }), fuzzParams(20));
  });

  it('refuses scenario names that are neither a preset nor a file, naming them', async () => {
    const name = text.filter((s) => s.trim() !== '' && !s.startsWith('-') && !existsSync(s)).map((s) => join(dir, `missing-${s}.json`));
    await fc.assert(fc.asyncProperty(fc.constantFrom('run', 'validate'), name, async (cmd, file) => {
      const args = cmd === 'run' ? ['run', file, '--days', '1', '--reps', '1', '--out', noOut] : ['validate', file];
      expectUsage(await runMain(args), 'not a readable JSON file');
    }), fuzzParams(30));
  });

  it('refuses sweep settings that are not path=v1,v2 or not a field', async () => {
    const set = fc.oneof(
      fc.constantFrom('detention.beds', 'detention.beds=', '=1,2', 'a..b=1', 'detention.beds=1,,2', '__proto__.x=1', 'constructor.prototype.x=1', 'detention.bedz=1', 'policy.rules.99.share=1', 'detention.beds=-5', 'detention.beds=[1', 'days=0'),
      text.map((s) => `${s}=1`),
    );
    await fc.assert(fc.asyncProperty(set, async (s) => {
      expectUsage(await runMain(['sweep', 'baseline', '--set', s, '--days', '1', '--reps', '1', '--out', noOut]), '--set');
    }), fuzzParams(40));
  });
});

describe('border-sim with fuzzed horizons and counts too large to run', () => {
  it('refuses every --days beyond ten years, naming the flag', async () => {
    await fc.assert(fc.asyncProperty(runLike, fc.integer({ min: 3651, max: 1e12 }), async (cmd, days) => {
      expectUsage(await runMain([...validArgs[cmd]!, '--days', String(days), '--out', noOut]), '--days', `'${days}'`, 'expected a positive integer of at most 3650');
    }), fuzzParams(30));
  });

  it('refuses every --days that makes a valid scenario too large to simulate, naming --days and the field', async () => {
    // A one-day scenario that validates, of r people a day, run for d days with r x d over the work bound.
    const cases = fc.integer({ min: 2, max: 3650 }).chain((days) =>
      fc.tuple(fc.constant(days), fc.double({ min: Math.max(1.1e9 / days, 1), max: 9.9e8, noNaN: true }), fc.constantFrom('interior', 'registrations', 'walkUps')));
    await fc.assert(fc.asyncProperty(cases, async ([days, rate, source]) => {
      const scenario = source === 'interior' ? { detention: { interiorBookInsPerDay: rate } } : source === 'registrations' ? { cbpOne: { registrationsPerDay: rate } } : { arrivals: { walkUps: { perDay: rate } } };
      const path = file(`flood-${source}.json`, JSON.stringify({ base: 'baseline', days: 1, ...scenario }));
      const field = source === 'interior' ? 'detention.interiorBookInsPerDay' : source === 'registrations' ? 'cbpOne.registrationsPerDay' : 'arrivals.walkUps.perDay';
      expectUsage(await runMain(['run', path, '--days', String(days), '--reps', '1', '--workers', '1', '--quiet', '--out', noOut]), `--days ${days} makes scenario`, field, 'expected at most 1.00e9 people per replication');
    }), fuzzParams(40));
  });

  it('refuses every run, compare and sweep whose results would not fit in memory, before running', async () => {
    const cases = fc.tuple(runLike, fc.integer({ min: 1, max: 3650 })).chain(([cmd, days]) => {
      const points = cmd === 'compare' ? 2 : cmd === 'sweep' ? 2 : 1;
      // More replications than 1 GB of results holds (each holds 8 kB and 256 bytes a day).
      const least = Math.ceil(1e9 / (points * (8192 + 256 * days))) + 1;
      return fc.tuple(fc.constant(cmd), fc.constant(days), fc.oneof(fc.integer({ min: least, max: least * 1000 }), fc.constantFrom(1e9, 2 ** 53 - 1)));
    });
    await fc.assert(fc.asyncProperty(cases, async ([cmd, days, reps]) => {
      const args = cmd === 'run' ? ['run', 'baseline'] : cmd === 'compare' ? ['compare', 'baseline', 'surge'] : ['sweep', 'baseline', '--set', 'detention.beds=1,2'];
      expectUsage(await runMain([...args, '--days', String(days), '--reps', String(reps), '--workers', '1', '--quiet', '--out', noOut]), 'would hold about', 'of results in memory; expected at most 1.0 GB');
    }), fuzzParams(40));
  });

  it('refuses every sweep grid too large to hold before building it', async () => {
    const cases = fc.tuple(fc.integer({ min: 200, max: 3000 }), fc.integer({ min: 200, max: 3000 }), fc.integer({ min: 1, max: 4 }));
    await fc.assert(fc.asyncProperty(cases, async ([a, b, reps]) => {
      const values = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');
      const started = performance.now();
      const r = await runMain(['sweep', 'baseline', '--set', `detention.beds=${values(a)}`, '--set', `court.judges=${values(b)}`, '--days', '365', '--reps', String(reps), '--out', noOut]);
      expectUsage(r, `a grid of ${(a * b).toLocaleString('en-US')} points`);
      expect(performance.now() - started).toBeLessThan(5_000);
    }), fuzzParams(20));
  });
});

/** Writes a file in the test's folder and returns its path. */
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('border-sim with bad files', () => {  const run = (scenario: string) => runMain(['run', scenario, '--days', '1', '--reps', '1', '--workers', '1', '--quiet', '--out', noOut]);

  it('refuses files that are not JSON, empty or binary, naming the file', async () => {
    const files = [file('empty.json', ''), file('text.json', 'hello'), file('truncated.json', '{"base": "baseline", "days": '), file('binary.json', Buffer.from([0, 255, 254, 10, 13, 0x1b, 0x5b]))];
    for (const f of files) expectUsage(await run(f), f, 'invalid JSON');
  });

  it('refuses JSON that is not an object', async () => {
    for (const [name, body] of [['array.json', '[1,2]'], ['number.json', '42'], ['null.json', 'null'], ['string.json', '"baseline"']]) {
      const f = file(name, body);
      expectUsage(await run(f), f, /\(scenario\): expected/);
    }
  });

  it('refuses a folder given as a scenario file', async () => {
    const folder = join(dir, 'a-folder.json');
    mkdirSync(folder, { recursive: true });
    expectUsage(await run(folder), folder, 'is a directory');
  });

  it('refuses a deeply nested, a huge and a prototype-reaching scenario with one short line', async () => {
    const deep = file('deep.json', `{"base": "baseline", "days": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expectUsage(await run(deep), 'days: expected a finite number');
    const huge = file('huge.json', JSON.stringify({ base: 'baseline', detention: { beds: 'x'.repeat(10_000_000) } }));
    const r = await run(huge);
    expectUsage(r, 'detention.beds');
    expect(r.stderr.length).toBeLessThan(1000);
    const proto = file('proto.json', '{"base": "baseline", "__proto__": {"detention": {"beds": 5}}}');
    expectUsage(await run(proto), '__proto__: unknown field');
    expect(({} as Record<string, unknown>).detention).toBeUndefined();
    // Flows that would take days to simulate are refused before anything runs.
    const flood = file('flood.json', JSON.stringify({ base: 'baseline', arrivals: { walkUps: { perDay: 5e7 } } }));
    expectUsage(await run(flood), 'arrivals.walkUps.perDay', 'expected at most 1.00e9 people per replication');
  }, 60_000);

  it('refuses part files that are not part files, naming them', async () => {
    const parts = join(dir, 'parts');
    mkdirSync(parts, { recursive: true });
    for (const [name, body] of [['part-1-of-2.json', '{"truncated": '], ['part-2-of-2.json', '']]) {
      writeFileSync(join(parts, name), body);
      expectUsage(await runMain(['merge', join(parts, name), '--out', noOut]), name);
    }
    expectUsage(await runMain(['merge', join(dir, 'no-such-part.json'), '--out', noOut]), 'no-such-part.json');
  });
});

describe('border-sim merge with damaged part files', () => {
  const parts = join(dir, 'good-parts');
  let text = '';
  beforeAll(async () => {
    for (const shard of ['1/2', '2/2']) {
      const r = await runMain(['run', 'baseline', '--days', '2', '--reps', '2', '--seed', '3', '--workers', '1', '--quiet', '--shard', shard, '--out', parts]);
      expect(r.code, r.stderr).toBe(0);
    }
    text = readFileSync(join(parts, 'part-1-of-2.json'), 'utf8');
  }, 60_000);

  /** Merges part 1 as `damaged` with the intact part 2. */
  async function mergeWith(damaged: string): Promise<InProcessResult> {
    const folder = mkdtempSync(join(dir, 'damaged-'));
    writeFileSync(join(folder, 'part-1-of-2.json'), damaged);
    writeFileSync(join(folder, 'part-2-of-2.json'), readFileSync(join(parts, 'part-2-of-2.json')));
    return runMain(['merge', folder, '--out', noOut, '--quiet']);
  }

  /** The content of part 1 (what its checksum covers), as text. */
  const content = () => text.slice(text.indexOf('"data":') + '"data":'.length, -1);

  it('refuses a part file whose content no longer matches its checksum, naming the file', async () => {
    // One digit of one daily value changed: still a well-formed part file, but not the one written.
    const at = text.search(/"\$f64":\[\d/) + '"$f64":['.length;
    const digit = text[at]!;
    const changed = `${text.slice(0, at)}${digit === '9' ? '8' : String(Number(digit) + 1)}${text.slice(at + 1)}`;
    const r = await mergeWith(changed);
    expectUsage(r, 'part-1-of-2.json');
    expect(r.stderr).toMatch(/does not match its SHA-256 checksum/);
  });

  it('refuses a part file with a wrong shape, a missing metric or a cut series, naming the file', async () => {
    const edits: ((d: Record<string, any>) => void)[] = [
      (d) => void (d.shard = null),
      (d) => void (d.plan = 'x'),
      (d) => void (d.units = {}),
      (d) => void delete d.units[0].result.summary,
      (d) => void delete d.units[0].result.summary['conservation.unaccounted'],
      (d) => void (d.units[0].result.daily.arrivals = { $f64: [1] }),
      (d) => void (d.units[0].result = JSON.parse('{"__proto__": {"summary": {}}}')),
    ];
    for (const edit of edits) {
      const data = JSON.parse(content());
      edit(data);
      // With the old checksum (refused as changed) and with a checksum made for the edit
      // (refused by the shape checks).
      expectUsage(await mergeWith(`${text.slice(0, text.indexOf('"data":') + '"data":'.length)}${JSON.stringify(data)}}`), 'part-1-of-2.json');
      const resealed = await mergeWith(wrapPartData(JSON.stringify(data)));
      expectUsage(resealed, 'part-1-of-2.json');
      expect(resealed.stderr).not.toMatch(/checksum/);
    }
  });

  it('refuses a part file cut anywhere, as a half-written one would be', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), async (at) => {
      expectUsage(await mergeWith(text.slice(0, at)), 'part-1-of-2.json');
    }), fuzzParams(30));
  });
});

describe('border-sim with files and folders it may not use', () => {
  /** Runs the real command; as root, under the unprivileged uid 65534 so that permissions apply. */
  function runAs(args: string[]): Promise<InProcessResult> {
    const bin = fileURLToPath(new URL('../../bin/border-sim.mjs', import.meta.url));
    const asRoot = process.getuid?.() === 0;
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
  }

  it('refuses a scenario file that cannot be read, naming it and the reason', async () => {
    const secret = file('unreadable.json', JSON.stringify({ base: 'baseline' }));
    chmodSync(dir, 0o755);
    chmodSync(secret, 0o000);
    const r = await runAs(['run', secret, '--days', '1', '--reps', '1', '--workers', '1', '--quiet', '--out', noOut]);
    expect(usageProblem(r)).toBeNull();
    expect(r.stderr).toContain(`'${secret}'`);
    expect(r.stderr).toMatch(/not a readable JSON file \(EACCES/);
  }, 60_000);

  it('refuses, before running anything, an --out folder inside a file', async () => {
    const blocker = file('a-file', 'not a folder');
    const r = await runMain(['run', 'baseline', '--days', '1', '--reps', '1', '--workers', '1', '--quiet', '--out', join(blocker, 'results')]);
    expectUsage(r, '--out', join(blocker, 'results'));
  }, 60_000);

  it('refuses, before running anything, an --out folder without write permission (new or existing)', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked, { recursive: true });
    chmodSync(dir, 0o755);
    chmodSync(locked, 0o555);
    for (const out of [join(locked, 'results'), locked]) {
      const started = performance.now();
      const r = await runAs(['run', 'baseline', '--reps', '200', '--workers', '1', '--quiet', '--out', out]);
      expect(usageProblem(r)).toBeNull();
      expect(r.stderr).toContain(`--out ${out}`);
      // 200 replications of a year would take minutes: the check came first.
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(readdirSync(locked)).toEqual([]);
    }
  }, 60_000);
});
