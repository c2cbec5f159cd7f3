/**
 * Progress on stderr while replications run: a bar on a terminal (replications done,
 * events per second, time left), plain lines every few seconds otherwise (logs, CI, job
 * arrays), nothing with --quiet. Stdout is left to results.
 */
import cliProgress from 'cli-progress';
import type { BatchProgress } from '../lib/runBatch.ts';

/** How progress is shown. */
export type ProgressMode = 'bar' | 'lines' | 'none';

export interface ProgressReporter {
  update(p: BatchProgress): void;
  /** Ends the display; `completed` adds a final line in `lines` mode. */
  stop(completed: boolean): void;
}

/** Seconds between two plain progress lines. */
export const LINE_INTERVAL_SECONDS = 5;

/** The mode for this process: `none` when quiet, `bar` when stderr is a terminal, else `lines`. */
export function progressMode(quiet: boolean): ProgressMode {
  if (quiet) return 'none';
  return process.stderr.isTTY ? 'bar' : 'lines';
}

function compact(x: number): string {
  return new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(x);
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 90) return `${Math.ceil(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/**
 * A reporter for `total` replications.
 *
 * @param what describes the batch in the first line, e.g. `12 replications of 2 scenarios on 4 workers`.
 */
export function createProgressReporter(mode: ProgressMode, total: number, what: string): ProgressReporter {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const rates = (p: BatchProgress) => {
    const t = elapsed();
    const eps = t > 0 ? p.events / t : 0;
    // Too early an estimate (the first days include start-up) is noise: show "?" until 2% is done.
    const left = p.fraction / p.total >= 0.02 ? (t * (p.total - p.fraction)) / p.fraction : Infinity;
    return { eps: compact(eps), left: duration(left) };
  };
  if (mode === 'none') return { update() {}, stop() {} };
  if (mode === 'bar') {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: '{bar} {percentage}% | {done}/{count} replications | {eps} events/s | {left} left',
        hideCursor: true,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    process.stderr.write(`border-sim: running ${what}\n`);
    bar.start(total, 0, { done: 0, count: total, eps: '0', left: '?' });
    return {
      update: (p) => bar.update(p.fraction, { done: p.done, count: p.total, ...rates(p) }),
      stop: () => bar.stop(),
    };
  }
  process.stderr.write(`border-sim: running ${what}\n`);
  let last = performance.now();
  let latest: BatchProgress = { done: 0, total, fraction: 0, events: 0 };
  return {
    update(p) {
      latest = p;
      if (performance.now() - last < LINE_INTERVAL_SECONDS * 1000) return;
      last = performance.now();
      const r = rates(p);
      const pct = Math.floor((100 * p.fraction) / p.total);
      process.stderr.write(`border-sim: ${p.done}/${p.total} replications done (${pct}%), ${r.eps} events/s, about ${r.left} left\n`);
    },
    stop(completed) {
      if (!completed) return;
      const r = rates(latest);
      process.stderr.write(`border-sim: ${latest.done}/${latest.total} replications done in ${duration(elapsed())} (${r.eps} events/s)\n`);
    },
  };
}
