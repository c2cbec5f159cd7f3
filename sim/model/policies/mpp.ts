/** Return to Mexico to await hearings (MPP). Unaccompanied children are never returned (TVPRA). */
import type { PolicyFn } from './types.ts';

export const mpp: PolicyFn = (_rule, ctx) => (ctx.demographic === 'unaccompaniedChild' ? null : 'mpp');
