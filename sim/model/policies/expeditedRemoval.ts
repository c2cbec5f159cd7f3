/** Expedited removal (credible-fear screening for those claiming fear). Not for unaccompanied children (TVPRA). */
import type { PolicyFn } from './types.ts';

export const expeditedRemoval: PolicyFn = (_rule, ctx) => (ctx.demographic === 'unaccompaniedChild' ? null : 'expeditedRemoval');
