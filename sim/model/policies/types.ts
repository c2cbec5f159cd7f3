/** The shape every policy rule function shares. */
import type { DispositionKind } from '../schema/fields.ts';
import type { Rule } from '../schema/policySchema.ts';

/** What a rule may look at when deciding one party (a person or a family). */
export interface DecisionContext {
  /** Nationality group id. */
  nationality: string;
  demographic: 'singleAdult' | 'familyUnit' | 'unaccompaniedChild';
  route: 'betweenPorts' | 'walkUp' | 'appointment';
  sponsor: boolean;
  fearClaim: boolean;
  /** People in the party. */
  size: number;
  /** ICE beds free now (below the physical limit). */
  bedsFree: number;
}

/**
 * A policy rule: given its parameters and an eligible party, the disposition it gives, or
 * null to let the next rule decide. Pure: no state, no randomness (shares, quotas and
 * eligibility are applied by the policy engine the same way for every rule).
 */
export type PolicyFn<R extends Rule = Rule> = (rule: R, ctx: DecisionContext) => DispositionKind | null;
