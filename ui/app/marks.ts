/**
 * Names of the performance marks the page sets, for measurements from outside (the
 * end-to-end tests and the browser benchmark read them). Free of DOM types, so Node code can
 * import it.
 */

/** Set when the first chart with data is drawn: the time from navigation to the first picture. */
export const FIRST_PICTURE_MARK = 'border-sim:first-picture';
