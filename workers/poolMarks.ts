/**
 * Names of the performance marks the browser pool sets when it withdraws stale work and when
 * the worker has stopped it, itself or by being terminated (the benchmark measures the time
 * between them; the end-to-end tests check that workers stop without being terminated).
 * Free of DOM types, so Node code can import them.
 */
export const WITHDRAWN_MARK = 'border-sim:withdrawn';
export const STOPPED_MARK = 'border-sim:stopped';
export const TERMINATED_MARK = 'border-sim:terminated';
