/**
 * Runs the CLI's `main` in this process with stdout and stderr captured: hundreds of bad
 * command lines take milliseconds each this way (no process start, no worker). The checks
 * are those of the `border-sim` contract: exit code, one error line, no stack trace.
 */
import { vi } from 'vitest';
import { main } from '../../cli/main.ts';

export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `border-sim ...argv` in process. */
export async function runMain(argv: readonly string[]): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/**
 * Why `r` breaks the bad-input contract (exit 2, one `border-sim: ` line on stderr, no stack
 * trace, nothing on stdout), or null. `validate` prints one line per error and a summary line,
 * so `lines: 'several'` accepts more than one.
 */
export function usageProblem(r: InProcessResult, opts: { lines?: 'one' | 'several' } = {}): string | null {
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  if (r.code !== 2) return `exit code ${r.code}, expected 2 (stderr: ${r.stderr.slice(0, 300)})`;
  if (opts.lines !== 'several' && lines.length !== 1) return `${lines.length} lines on stderr, expected 1: ${r.stderr.slice(0, 300)}`;
  for (const line of lines) {
    if (!line.startsWith('border-sim: ')) return `a stderr line does not start with "border-sim: ": ${line.slice(0, 200)}`;
    if (line.length > 2000) return `error line of ${line.length} characters`;
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(line)) return `control characters on stderr: ${JSON.stringify(line.slice(0, 200))}`;
  }
  if (/\bat .+:\d+:\d+|node:internal|\.ts:\d+/.test(r.stderr)) return `stack trace on stderr: ${r.stderr.slice(0, 300)}`;
  if (r.stdout !== '') return `output on stdout: ${r.stdout.slice(0, 200)}`;
  return null;
}
