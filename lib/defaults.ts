/** Defaults shared by the library API and the command-line tool. */

/** Replications per scenario when none is given. Ten keeps a 95% interval usable (t = 2.26) at a modest cost. */
export const DEFAULT_REPS = 10;

/** Seed when none is given. Any fixed value works; results are reproducible for a given seed. */
export const DEFAULT_SEED = 1;
