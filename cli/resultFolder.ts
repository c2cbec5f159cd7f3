/**
 * A result folder (`--out DIR` of run, compare, sweep and merge), written whole: the files
 * are written into a folder beside DIR, which is then renamed to DIR. A reader sees the old
 * folder or the new one, never a mix: no file of an earlier comparison stays beside a new
 * run's, and a run that fails or is stopped leaves an earlier result untouched. While a run
 * works on DIR it holds a lock beside it, so a second run into the same DIR is refused
 * instead of mixing its files with the first's.
 *
 * Everything is checked before the run starts: the path, the parent folder (it must be
 * writable), what DIR holds (nothing, or an earlier border-sim result, which is replaced).
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statfsSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { formatBytes } from '../lib/formatBytes.ts';
import { contentBytes, makeDirectory, processAlive, removeStaleTemporaries, temporaryName, writeContent, type FileContent } from './atomicWrite.ts';
import { RunError, UsageError } from './errors.ts';

/** The names a border-sim result folder holds (see writeResults.ts). */
const RESULT_NAMES = new Set(['summary.json', 'summary.csv', 'timeseries.csv', 'comparison.json', 'comparison.csv', 'sweep.json', 'sweep.csv', 'scenarios', 'run.json']);

/** Checks `--out`'s text: a path, not empty (an unset shell variable gives `--out ""`). */
export function checkOutPath(out: string): void {
  if (out.trim() === '') throw new UsageError(`--out '${out}': expected a folder path, got an empty one (an unset variable in --out "$DIR"?)`);
}

/** Why `dir` may not be replaced by a new result, or null: it is empty, or holds an earlier border-sim result. */
function replaceProblem(dir: string): string | null {
  if (!statSync(dir).isDirectory()) return 'it is a file, not a folder';
  const names = readdirSync(dir);
  if (names.length === 0) return null;
  const foreign = names.filter((n) => !RESULT_NAMES.has(n));
  let ours = false;
  try {
    ours = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')).tool === 'border-sim';
  } catch {
    ours = false;
  }
  if (foreign.length === 0 && ours) return null;
  const shown = (foreign.length > 0 ? foreign : names).slice(0, 3).map((n) => `'${n}'`).join(', ');
  return `it holds files that are not a border-sim result (${shown}${names.length > 3 ? ', ...' : ''}); expected a new or empty folder, or an earlier result folder (which is replaced whole)`;
}

/** What a lock file says: who holds the folder. */
interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

const describeError = (error: unknown) => (error as Error).message;

/** A result folder, checked and locked; see the module comment. */
export class ResultFolder {
  /** The folder as given, for messages. */
  readonly out: string;
  private readonly path: string;
  private readonly parent: string;
  private readonly name: string;
  private readonly lock: string;
  private readonly created: string[];
  private locked = false;

  private constructor(out: string) {
    checkOutPath(out);
    this.out = out;
    this.path = resolve(out);
    this.parent = dirname(this.path);
    this.name = basename(this.path);
    this.lock = join(this.parent, `.${this.name}.border-sim.lock`);
    const cwd = process.cwd();
    if (this.parent === this.path) throw new UsageError(`--out ${out}: expected a folder below the file system's root`);
    if (cwd === this.path || cwd.startsWith(this.path + sep)) throw new UsageError(`--out ${out}: the folder you are in, or one that holds it, cannot be replaced by a result folder; choose another --out`);
    if (existsSync(this.path)) {
      const problem = replaceProblem(this.path);
      if (problem) throw new UsageError(`--out ${out}: ${problem}`);
    }
    try {
      this.created = makeDirectory(this.parent);
    } catch (error) {
      throw new UsageError(`--out ${out}: cannot create the folder (${describeError(error)})`);
    }
  }

  /**
   * Checks `out` and locks it for this process, before anything runs: an --out that cannot be
   * used fails at once (exit 2) instead of after the replications.
   */
  static open(out: string): ResultFolder {
    const folder = new ResultFolder(out);
    try {
      folder.acquire();
    } catch (error) {
      folder.close();
      throw error;
    }
    removeStaleTemporaries(folder.parent, `${folder.name}.result`);
    return folder;
  }

  private acquire(): void {
    const info: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      let fd: number;
      try {
        fd = openSync(this.lock, 'wx');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') throw new UsageError(`--out ${this.out}: cannot write in the folder '${this.parent}' (${describeError(error)}); expected a folder this user can write (results are written beside --out, then moved into place)`);
        const holder = this.holder();
        if (holder && holder.host === info.host && !processAlive(holder.pid)) {
          rmSync(this.lock, { force: true }); // left by a process that was killed: stale
          continue;
        }
        const who = holder ? `border-sim process ${holder.pid} on ${holder.host}, since ${holder.started}` : 'another border-sim process';
        throw new UsageError(`--out ${this.out}: the folder is in use by ${who}; wait for it to finish, or remove ${this.lock} if that process is gone`);
      }
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      this.locked = true;
      return;
    }
    throw new UsageError(`--out ${this.out}: cannot lock the folder (${this.lock} keeps coming back)`);
  }

  private holder(): LockInfo | null {
    try {
      const info = JSON.parse(readFileSync(this.lock, 'utf8')) as LockInfo;
      return Number.isSafeInteger(info.pid) && typeof info.host === 'string' ? info : null;
    } catch {
      return null;
    }
  }

  /**
   * Writes `files` (names relative to the folder, `scenarios/x.json` included) beside the
   * folder, then moves them into place, replacing what was there.
   *
   * @throws RunError naming the file that could not be written and, when the disk is full, the
   *   space the results need; nothing of the new result is left then.
   */
  commit(files: readonly [string, FileContent][]): void {
    const staging = join(this.parent, temporaryName(`${this.name}.result`));
    let current = '';
    try {
      mkdirSync(staging);
      for (const [name, content] of files) {
        current = name;
        mkdirSync(dirname(join(staging, name)), { recursive: true });
        writeContent(join(staging, name), content);
      }
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw this.writeError(error, current, files);
    }
    try {
      if (existsSync(this.path)) {
        try {
          renameSync(staging, this.path); // an empty folder is replaced at once
        } catch {
          const old = join(this.parent, temporaryName(`${this.name}.result`));
          renameSync(this.path, old);
          renameSync(staging, this.path);
          rmSync(old, { recursive: true, force: true });
        }
      } else {
        renameSync(staging, this.path);
      }
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw new RunError(`--out ${this.out}: cannot move the results into place (${describeError(error)}); nothing was written`);
    }
  }

  private writeError(error: unknown, file: string, files: readonly [string, FileContent][]): RunError {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      const need = files.reduce((a, [, content]) => a + contentBytes(content), 0);
      let free = '';
      try {
        const fs = statfsSync(this.parent);
        free = `, ${formatBytes(fs.bavail * fs.bsize)} are free`;
      } catch {
        free = '';
      }
      return new RunError(`--out ${this.out}: no space left on the device while writing ${file}: the result folder needs ${formatBytes(need)}${free}; nothing was written`);
    }
    return new RunError(`--out ${this.out}: cannot write ${file} (${describeError(error)}); nothing was written`);
  }

  /** Releases the lock, and removes the parent folders this run created if they are still empty. */
  close(): void {
    if (this.locked) {
      const holder = this.holder();
      if (holder && holder.pid === process.pid) rmSync(this.lock, { force: true });
      this.locked = false;
    }
    for (const dir of [...this.created].reverse()) {
      try {
        rmdirSync(dir); // fails, and stops, at the first folder that is not empty
      } catch {
        return;
      }
    }
  }
}
