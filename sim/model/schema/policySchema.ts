/**
 * The policy part of a scenario: an ordered list of rules. For each person (or family)
 * whose processing ends, the rules are tried in order; the first rule that is eligible,
 * whose capacity conditions hold and whose share draw selects the person, decides the
 * disposition. If none does, `otherwise` applies.
 */
import { z } from 'zod';
import { DEMOGRAPHICS, DISPOSITIONS, ROUTES, count, nonneg, share } from './fields.ts';

/** Who a rule applies to, and under which capacity conditions. Every listed condition must hold. */
export const whenSchema = z.strictObject({
  nationalities: z.array(z.string().min(1)).optional()
    .describe('Nationality group ids (from `population.nationalities`) the rule applies to; all if omitted.'),
  demographics: z.array(z.enum(DEMOGRAPHICS)).optional()
    .describe('Demographic groups the rule applies to; all if omitted.'),
  routes: z.array(z.enum(ROUTES)).optional()
    .describe('How the person reached custody: crossing between ports, walk-up at a port, or CBP One appointment; all if omitted.'),
  sponsor: z.boolean().optional().describe('Only people with (true) or without (false) a US sponsor.'),
  fearClaim: z.boolean().optional().describe('Only people who do (true) or do not (false) claim fear of return.'),
  bpOccupancyAbove: nonneg().optional()
    .describe('Only while Border Patrol custody exceeds this share of its rated capacity (1.25 = 125%, the May 2023 "Parole with Conditions" trigger).'),
  bpOccupancyBelow: nonneg().optional().describe('Only while Border Patrol custody is below this share of its rated capacity.'),
  detentionOccupancyBelow: nonneg().optional().describe('Only while ICE detention is below this share of its funded beds.'),
  apprehensionsPerDayAbove: nonneg().optional()
    .describe('Only when the previous day\'s Border Patrol apprehensions exceeded this number (7,000 a day was a May 2023 trigger).'),
});

const common = {
  when: whenSchema.prefault({}).describe('Eligibility and capacity conditions; all people if empty.'),
  share: share().default(1).describe('Share of eligible people this rule takes (drawn per family); the rest fall through to the next rule. Default 1.'),
  maxPerDay: nonneg().optional().describe('Daily quota in people; once reached the rule falls through for the rest of the day.'),
  note: z.string().optional().describe('Free text: what the rule stands for.'),
};

const paroleRule = z.strictObject({
  ...common,
  rule: z.literal('parole').describe('Release on parole with a Notice to Appear.'),
  atdShare: share().optional().describe('Share enrolled in Alternatives to Detention; default `parole.atdShare`.'),
});
const detainRule = z.strictObject({
  ...common,
  rule: z.literal('detain').describe('Transfer to ICE detention (with a Notice to Appear).'),
  onlyIfBedFree: z.boolean().default(true)
    .describe('If true the rule falls through when no ICE bed is free ("detain if a bed is free, else ..."); if false people wait in custody for a bed. Default true.'),
});
const mppRule = z.strictObject({
  ...common,
  rule: z.literal('mpp').describe('Return to Mexico to await immigration court hearings (MPP).'),
});
const erRule = z.strictObject({
  ...common,
  rule: z.literal('expeditedRemoval').describe('Expedited removal; people claiming fear get a credible-fear screening first.'),
});
const expelRule = z.strictObject({
  ...common,
  rule: z.literal('expel').describe('Expulsion under a public-health authority (Title 42).'),
  acceptedNationalities: z.array(z.string().min(1)).optional()
    .describe('Nationality groups the receiving country accepts; all if omitted.'),
});

/** One rule; `rule` names the policy function in `sim/model/policies/`. */
export const ruleSchema = z.discriminatedUnion('rule', [paroleRule, detainRule, mppRule, erRule, expelRule]);
export type Rule = z.output<typeof ruleSchema>;

/** A policy: ordered rules plus the disposition for people no rule takes. */
export const policySchema = z.strictObject({
  rules: z.array(ruleSchema).default([]).describe('Ordered rules; the first that takes a person decides.'),
  otherwise: z.enum(DISPOSITIONS).default('parole')
    .describe('Disposition of people no rule takes. Default parole with a Notice to Appear.'),
});
export type Policy = z.output<typeof policySchema>;

/** A policy change on a date, e.g. a court order reinstating MPP on day 120. */
export const policyChangeSchema = z.strictObject({
  day: count().describe('Day (since the start) from which the new policy applies.'),
  title: z.string().optional().describe('What happened, e.g. "court order reinstates MPP".'),
  policy: policySchema.describe('The policy that applies from `day` on (it replaces the previous one).'),
});
