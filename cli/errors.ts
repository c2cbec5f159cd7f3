/** The two kinds of failure the CLI reports, with their exit codes. */

/** Bad input: unknown flag, bad value, invalid scenario. Exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure while running (a replication failed, a file could not be written). Exit code 1. */
export class RunError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'RunError';
  }
}

/** The run was stopped by a signal; exit code 128 + signal number (130 for SIGINT, 143 for SIGTERM). */
export class InterruptedError extends Error {
  readonly exitCode: number;
  /** @param why what stopped the run, when not a signal to this process (e.g. its launcher ended). */
  constructor(readonly signal: NodeJS.Signals, why?: string) {
    super(`${why ?? `interrupted by ${signal}`}: workers stopped, no output written`);
    this.name = 'InterruptedError';
    this.exitCode = signal === 'SIGTERM' ? 143 : 130;
  }
}

/**
 * Text safe to print as one line: line breaks, terminal escape sequences and other control
 * characters, and invisible ones (a byte-order mark, zero-width spaces, right-to-left
 * overrides), which a scenario or part file can carry into a message, are shown as `\uXXXX`.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
