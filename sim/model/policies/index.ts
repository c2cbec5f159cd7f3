/** The registry of policy rules: one pure function per rule kind, one file each. A new policy is a new file and a line here. */
import type { Rule } from '../schema/policySchema.ts';
import { detain } from './detain.ts';
import { expel } from './expel.ts';
import { expeditedRemoval } from './expeditedRemoval.ts';
import { mpp } from './mpp.ts';
import { parole } from './parole.ts';
import type { PolicyFn } from './types.ts';

export const POLICIES: Record<Rule['rule'], PolicyFn> = { parole, detain, mpp, expeditedRemoval, expel };
export type { DecisionContext, PolicyFn } from './types.ts';
