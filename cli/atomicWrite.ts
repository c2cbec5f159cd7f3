/**
 * Writing files so that a reader never sees half of one: the content goes to a temporary
 * name in the same folder, then is renamed over the target (atomic on POSIX file
 * systems). Writes are synchronous, so a signal handler cannot run between the write and
 * the rename; if writing fails, the temporary file is removed.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** Content given whole, or produced in chunks by a function that calls `write` (for large files). */
export type FileContent = string | ((write: (chunk: string) => void) => void);

/** Writes `content` to `path` atomically, creating the folder if needed. */
export function writeFileAtomic(path: string, content: FileContent): void {
  mkdirSync(dirname(path), { recursive: true });
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
