/**
 * Upper bounds on scenario values. Each keeps a valid scenario runnable: its numbers finite,
 * its memory and computing time bounded. Each lies far above any real figure, so no honest
 * scenario meets one; they stop mistyped and hostile input (a rate of 1e9, a stock of 1e300)
 * from running out of memory or taking days. Defined once here; the schema, the CLI's checks
 * and docs/trust.md use these.
 */

/** Longest horizon, in days (ten years). */
export const MAX_DAYS = 3650;

/**
 * Most people a replication may simulate: about an hour of computing at the model's speed
 * (several hundred thousand people a second). Arrivals, CBP One registrations, interior
 * book-ins, parole-program applications and the people present at the start all count.
 */
export const MAX_PEOPLE_PER_RUN = 1e9;

/**
 * Most people in ICE detention at the start. They are simulated one by one from day 0 (about
 * 250 bytes each), so this bounds the memory of the start at about 250 MB; it is 24 times the
 * FY2024 population (~41,000).
 */
export const MAX_INITIAL_DETAINED = 1e6;

/**
 * Most people in a stock held as counts (the CBP One waiting list, the court backlog at the
 * start): 40 times the FY2024 court backlog (~2.5M), 500 times the default waiting list.
 */
export const MAX_STOCK = 1e8;

/**
 * Most of any capacity or staffing level (agents, officers, holding places, beds, judges):
 * 24 times the largest default (41,500 ICE beds). A capacity bounds how many people are held
 * one by one at a time, so it bounds memory too.
 */
export const MAX_CAPACITY = 1e6;

/** Most of any rate given per day that is not a flow of people (court cases, removals, hearings). */
export const MAX_RATE_PER_DAY = 1e7;

/** Most of any unit cost, USD: every total stays a finite number (1e7 x 1e9 people x 3,650 days < 1e20). */
export const MAX_UNIT_COST_USD = 1e7;

/**
 * Largest mean of a duration distribution, in the field's unit (minutes, hours or days):
 * beyond any horizon for days and hours, and for minutes about two years per person.
 */
export const MAX_DURATION_MEAN = 1e6;

/**
 * Largest coefficient of variation (sd / mean) of a lognormal duration: above it the log's
 * variance overflows and draws become NaN.
 */
export const MAX_LOGNORMAL_CV = 1e6;

/**
 * Largest elasticity of a response (the relative change of one quantity per relative change of
 * another): 1 is proportional; at 10 a tenth of the cause already takes all of the effect.
 */
export const MAX_ELASTICITY = 10;

/** Largest mean family size: families are simulated member by member. */
export const MAX_FAMILY_SIZE_MEAN = 20;

/** Most nationality groups: the model packs a person's group into a small integer tag. */
export const MAX_NATIONALITIES = 42;

/** Most items of the other lists (ports, parole programs, policy rules, policy changes, surges). */
export const MAX_LIST_ITEMS = 100;
