/** Parole with a Notice to Appear: always applies to an eligible party. */
import type { PolicyFn } from './types.ts';

export const parole: PolicyFn = () => 'parole';
