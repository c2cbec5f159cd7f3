/**
 * Portable elementary functions (flat export list): JavaScript ports of fdlibm / FreeBSD msun
 * that use only IEEE 754 correctly rounded operations (+, −, ×, ÷, `Math.sqrt`) and exact
 * ones (bit access, `Math.floor`, integer operations), so they give the same bits in every
 * JavaScript engine. ECMAScript leaves the accuracy of `Math.exp`, `Math.log`, `Math.pow`,
 * `Math.tan` and the other transcendental functions to the implementation, and engines
 * (even two versions of V8) differ in the last bit; anything in `sim/` that must be
 * reproducible across Node and browsers calls these instead.
 */
export { exp } from './exp.ts';
export { log } from './log.ts';
export { log1p } from './log1p.ts';
export { pow } from './pow.ts';
export { tan } from './tan.ts';
export { scalbn } from './scalbn.ts';
