/**
 * Writing files so that a reader never sees half of one: the content goes to a temporary
 * name in the same folder, then is renamed over the target (atomic on POSIX file
 * systems). Writes are synchronous, so a signal handler cannot run between the write and
 * the rename; if writing fails, the temporary file is removed.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

let counter = 0;

/** Content given whole, or produced in chunks by a function that calls `write` (for large files). */
export type FileContent = string | ((write: (chunk: string) => void) => void);

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

/** Writes `content` to `path` atomically, creating the folder if needed. */
export function writeFileAtomic(path: string, content: FileContent): void {
  makeDirectory(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w');
    const out = fd;
    if (typeof content === 'string') writeSync(out, content);
    else content((chunk) => void writeSync(out, chunk));
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}
