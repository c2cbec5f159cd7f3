/**
 * Writing files so that a reader never sees half of one: the content goes to a temporary
 * name in the same folder, then is renamed over the target (atomic on POSIX file
 * systems). Writes are synchronous, so a signal handler cannot run between the write and
 * the rename; if writing fails, the temporary file is removed. A process killed outright
 * (SIGKILL) leaves its temporary file: temporary names carry the host and process id, so a
 * later run removes those of processes that are gone ({@link removeStaleTemporaries}).
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

let counter = 0;

/** Content given whole, or produced in chunks by a function that calls `write` (for large files). */
export type FileContent = string | ((write: (chunk: string) => void) => void);

/** This host's name as it may appear in a file name. */
const HOST = hostname().replace(/[^\w.-]+/g, '_') || 'host';

/** A name for temporary `what` in a folder: `.<what>.<host>.<pid>.<n>.tmp`. */
export function temporaryName(what: string): string {
  return `.${what}.${HOST}.${process.pid}.${counter++}.tmp`;
}

/** True when process `pid` of this host is running (or cannot be signalled, which means it runs as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes, from `dir`, the temporary files and folders ({@link temporaryName}) of `what` left
 * by processes of this host that are gone. Those of other hosts (a shared folder of a
 * cluster) are left alone: their process may still be running.
 */
export function removeStaleTemporaries(dir: string, what: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${what}.${HOST}.`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !processAlive(pid)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Creates a folder and its missing parents, one level at a time. (Node 20's
 * `mkdirSync(path, { recursive: true })` never returns for some paths, such as a folder
 * under /proc; a plain mkdir fails there with ENOENT.)
 *
 * @returns the folders created, parents first (empty when the folder existed).
 * @throws Error (with the system's code) when a folder cannot be created or a parent is a file.
 */
export function makeDirectory(dir: string): string[] {
  const missing: string[] = [];
  let p = resolve(dir);
  while (!existsSync(p)) {
    missing.push(p);
    const parent = dirname(p);
    if (parent === p) break;
    p = parent;
  }
  if (existsSync(p) && !statSync(p).isDirectory()) throw Object.assign(new Error(`'${p}' is a file, not a folder`), { code: 'ENOTDIR' });
  missing.reverse();
  for (const m of missing) mkdirSync(m);
  return missing;
}

/** Writes all of `text` at the file's position (a write may take only part of it). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Writes `content` to a new file at `path` (synchronously; the file is left as far as it got if writing fails). */
export function writeContent(path: string, content: FileContent): void {
  const fd = openSync(path, 'wx');
  try {
    if (typeof content === 'string') writeAll(fd, content);
    else content((chunk) => writeAll(fd, chunk));
  } finally {
    closeSync(fd);
  }
}

/** The size in bytes of `content` once written (a chunked content is produced once to count it). */
export function contentBytes(content: FileContent): number {
  if (typeof content === 'string') return Buffer.byteLength(content, 'utf8');
  let n = 0;
  content((chunk) => void (n += Buffer.byteLength(chunk, 'utf8')));
  return n;
}

/** Writes `content` to `path` atomically, creating the folder if needed. */
export function writeFileAtomic(path: string, content: FileContent): void {
  makeDirectory(dirname(path));
  const temp = join(dirname(path), temporaryName(basename(path)));
  try {
    writeContent(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
