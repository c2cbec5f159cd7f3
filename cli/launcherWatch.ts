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
 * The processes that stand for the launcher: the parent, and when the parent is the shell npm
 * started this through, npm itself (npm killed outright leaves that shell waiting, alive).
 */
export function launcherProcesses(): number[] {
  const parent = process.ppid;
  const info = processInfo(parent);
  const chain = [parent];
  if (info && /^(sh|dash|bash|zsh)$/.test(info.comm) && info.ppid > 1) chain.push(info.ppid);
  return chain.filter((pid) => pid > 1);
}

/**
 * Calls `onGone` once if this process was started by npm and the launcher ends.
 *
 * @returns a function that stops watching.
 */
export function watchLauncher(onGone: () => void): () => void {
  if (!startedByNpm()) return () => {};
  const launcher = launcherProcesses();
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
