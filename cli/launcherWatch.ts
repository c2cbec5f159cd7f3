/**
 * `npx border-sim` runs this process under npm (`npm exec`), through a shell: npm, then `sh
 * -c`, then border-sim. A signal sent to npx alone ends npx and the shell but does not reach
 * border-sim, which would go on as an orphan and write its results later. So when started by
 * npm, border-sim watches the process that started it and stops, as on SIGTERM, once that
 * process is gone. (Started directly, as `node bin/border-sim.mjs` or under `nohup`, it does
 * not: outliving the shell that started it is then what the user wants.)
 */
import { readFileSync } from 'node:fs';
import { processAlive } from './atomicWrite.ts';

/** Milliseconds between two looks at the parent process. */
const EVERY_MS = 250;

/** True when this process was started by `npm exec` / `npx` (npm sets these for what it runs). */
export function startedByNpm(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.npm_command === 'exec' || env.npm_lifecycle_event === 'npx';
}

/** The command name and parent of process `pid` (Linux's /proc), or null where that cannot be read. */
function processInfo(pid: number): { comm: string; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid ...: comm may hold spaces and parentheses, so split at the last ')'.
    const close = stat.lastIndexOf(')');
    return { comm: stat.slice(stat.indexOf('(') + 1, close), ppid: Number(stat.slice(close + 2).split(' ')[1]) };
  } catch {
    return null;
  }
}

/**
 * The processes that stand for the launcher: npm, when it is the parent, or the shell npm
 * started this through and npm itself (npm killed outright leaves that shell waiting, alive).
 * None when the parent is neither, although the environment says npm: a process started by a
 * program that was itself started by npm inherits that environment. Where process details
 * cannot be read (no /proc), the parent.
 */
export function launcherProcesses(): number[] {
  const parent = process.ppid;
  if (!(parent > 1)) return [];
  const info = processInfo(parent);
  if (!info) return [parent];
  const isNpm = (comm: string) => comm.startsWith('npm');
  if (isNpm(info.comm)) return [parent];
  if (/^(sh|dash|bash|zsh)$/.test(info.comm) && info.ppid > 1 && isNpm(processInfo(info.ppid)?.comm ?? '')) return [parent, info.ppid];
  return [];
}

/**
 * Calls `onGone` once if this process was started by npm and the launcher ends.
 *
 * @returns a function that stops watching.
 */
export function watchLauncher(onGone: () => void): () => void {
  const launcher = startedByNpm() ? launcherProcesses() : [];
  if (launcher.length === 0) return () => {};
  const timer = setInterval(() => {
    // A process that ends is reaped at once (by its parent, or by init), so its pid is gone.
    if (launcher.some((pid) => !processAlive(pid))) {
      clearInterval(timer);
      onGone();
    }
  }, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
