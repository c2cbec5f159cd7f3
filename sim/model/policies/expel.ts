/** Expulsion under a public-health authority, only for nationalities the receiving country accepts. */
import type { Rule } from '../schema/policySchema.ts';
import type { PolicyFn } from './types.ts';

export const expel: PolicyFn = (rule: Rule, ctx) => {
  if (rule.rule !== 'expel') return null;
  if (ctx.demographic === 'unaccompaniedChild') return null;
  return rule.acceptedNationalities === undefined || rule.acceptedNationalities.includes(ctx.nationality) ? 'expel' : null;
};
