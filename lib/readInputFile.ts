/**
 * Reading a file the user names (a scenario, a part file) with the checks hostile input needs:
 * only a regular file (a pipe or a device such as /dev/zero would block the process, where a
 * signal cannot stop it, or never end), and at most a given size, read without following the
 * file past it.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { formatBytes } from './formatBytes.ts';

/** Why a file could not be read, in a few words (`no such file`, `too large (…)`); the message is the reason. */
export class InputFileError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

/**
 * The text (UTF-8) of the regular file at `path`, at most `maxBytes` long.
 *
 * @throws InputFileError saying why: missing, a folder, not a regular file, too large, unreadable.
 */
export function readInputFile(path: string, maxBytes: number): string {
  let fd: number;
  try {
    // Non-blocking, so that opening a pipe with no writer returns instead of waiting for one.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new InputFileError(code, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputFileError('EISDIR', 'is a directory');
    if (!stat.isFile()) throw new InputFileError('ENOTREG', 'not a regular file (a pipe, a device or a socket); save the content to a file first');
    const tooLarge = (size: string) => new InputFileError('EFBIG', `too large (${size}; expected at most ${formatBytes(maxBytes)})`);
    if (stat.size > maxBytes) throw tooLarge(formatBytes(stat.size));
    // Read at most one byte more than allowed: a file that grew since fstat is refused too.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > maxBytes) break;
        const bigger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw tooLarge(`more than ${formatBytes(maxBytes)}`);
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new InputFileError(code, (error as Error).message);
  } finally {
    closeSync(fd);
  }
}
