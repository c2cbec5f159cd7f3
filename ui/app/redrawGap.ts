/** How often the results are redrawn while a run streams them in (see resultsView.ts). */

/** Minimum time between redraws while results stream in, in ms. */
export const REDRAW_MS = 400;
/** Longest wait between redraws while results stream in, in ms. */
export const MAX_REDRAW_MS = 2000;
/** A redraw is followed by at least this many times its own cost before the next. */
export const REDRAW_PACE = 3;

/**
 * Least time from one redraw to the next while results stream in, given the last redraw's
 * cost (ms from asking for aggregates to the last chart drawn): a redraw takes the report
 * worker's and the page's time, on the cores the simulation needs, so a slow one (a busy
 * machine) is followed by a longer gap, and the answer comes sooner. Between
 * {@link REDRAW_MS} and {@link MAX_REDRAW_MS}.
 */
export function redrawGap(costMs: number): number {
  return Math.min(MAX_REDRAW_MS, Math.max(REDRAW_MS, REDRAW_PACE * (costMs > 0 ? costMs : 0)));
}
