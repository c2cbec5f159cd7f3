/** ICE detention; with `onlyIfBedFree` the rule passes when no bed is free ("detain if a bed is free, else ..."). */
import type { Rule } from '../schema/policySchema.ts';
import type { PolicyFn } from './types.ts';

export const detain: PolicyFn = (rule: Rule, ctx) =>
  rule.rule === 'detain' && rule.onlyIfBedFree && ctx.bedsFree < ctx.size ? null : 'detain';
