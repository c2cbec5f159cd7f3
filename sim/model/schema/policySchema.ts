/**
 * The policy part of a scenario: an ordered list of rules. For each person (or family)
 * whose processing ends, the rules are tried in order; the first rule that is eligible,
 * whose capacity conditions hold and whose share draw selects the person, decides the
 * disposition. If none does, `otherwise` applies.
 */
import { z } from 'zod';
import { count, documented, nonneg, share } from './fields.ts';
import { DEMOGRAPHICS, DISPOSITION, DISPOSITIONS, ROUTES } from './vocabulary.ts';
import { MAX_LIST_ITEMS } from './limits.ts';

/** Who a rule applies to, and under which capacity conditions. Every listed condition must hold. */
export const whenSchema = z.strictObject({
  nationalities: z.array(z.string().min(1)).optional()
    .describe('Nationality group ids (from `population.nationalities`) the rule applies to; all if omitted.'),
  exceptNationalities: z.array(z.string().min(1)).optional()
    .describe('Nationality group ids the rule does not apply to (e.g. MPP applied to non-Mexicans).'),
  demographics: z.array(z.enum(DEMOGRAPHICS)).optional()
    .describe('Demographic groups the rule applies to; all if omitted.'),
  routes: z.array(z.enum(ROUTES)).optional()
    .describe('How the person reached custody: crossing between ports, walk-up at a port, or CBP One appointment; all if omitted.'),
  sponsor: z.boolean().optional().describe('Only people with (true) or without (false) a US sponsor.'),
  fearClaim: z.boolean().optional().describe('Only people who do (true) or do not (false) claim fear of return.'),
  bpOccupancyAbove: documented(nonneg().optional(), {
    what: 'Only while Border Patrol custody exceeds this share of its rated capacity (1.25 = 125%, the May 2023 "Parole with Conditions" trigger).', unit: 'share',
  }),
  bpOccupancyBelow: documented(nonneg().optional(), { what: 'Only while Border Patrol custody is below this share of its rated capacity.', unit: 'share' }),
  detentionOccupancyBelow: documented(nonneg().optional(), { what: 'Only while ICE detention is below this share of its funded beds.', unit: 'share' }),
  apprehensionsPerDayAbove: documented(nonneg().optional(), {
    what: 'Only when the previous day\'s Border Patrol apprehensions exceeded this number (7,000 a day was a May 2023 trigger).', unit: 'people/day',
  }),
});

const common = {
  when: whenSchema.prefault({}).describe('Eligibility and capacity conditions; all people if empty.'),
  share: documented(share().default(1), { what: 'Share of eligible people this rule takes (drawn per family); the rest fall through to the next rule.', unit: 'share', source: 'all of them' }),
  maxPerDay: documented(nonneg().optional(), { what: 'Daily quota; once reached the rule falls through for the rest of the day.', unit: 'people/day' }),
  note: z.string().optional().describe('Free text: what the rule stands for.'),
};

const paroleRule = z.strictObject({
  ...common,
  rule: z.literal('parole').describe('Release on parole with a Notice to Appear.'),
  atdShare: documented(share().optional(), { what: 'Share enrolled in Alternatives to Detention; `parole.atdShare` if omitted.', unit: 'share' }),
});
const detainRule = z.strictObject({
  ...common,
  rule: z.literal('detain').describe('Transfer to ICE detention (with a Notice to Appear).'),
  onlyIfBedFree: documented(z.boolean().default(true), {
    what: 'If true the rule falls through when no ICE bed is free ("detain if a bed is free, else ..."); if false people wait in custody for a bed.', source: 'FY2024 practice',
  }),
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
  rules: z.array(ruleSchema).max(MAX_LIST_ITEMS).default([]).describe('Ordered rules; the first that takes a person decides.'),
  otherwise: documented(z.enum(DISPOSITIONS).default('parole'), {
    what: `Disposition of people no rule takes: ${DISPOSITIONS.map((k) => `"${k}" (${DISPOSITION[k].decision.toLowerCase()})`).join(', ')}.`, source: 'FY2024 Title 8 processing',
  }),
});
export type Policy = z.output<typeof policySchema>;

/**
 * A policy change on a date, e.g. a court order reinstating MPP on day 120: either a whole
 * new policy, or rules removed from and added to the policy in force (so a scenario states
 * only what the change changes).
 */
export const policyChangeSchema = z.strictObject({
  day: documented(count(), { what: 'Day (since the start) from which the change applies.', unit: 'day' }),
  title: z.string().optional().describe('What happened, e.g. "court order reinstates MPP".'),
  policy: policySchema.optional().describe('The policy that applies from `day` on (it replaces the one in force).'),
  removeRules: z.array(z.enum(DISPOSITIONS)).optional()
    .describe('Rules of these kinds are removed from the policy in force (before `addRules` are added).'),
  addRules: z.strictObject({
    at: count().optional().describe('Position in the rule list in force where the rules go (0 = first; past the end = at the end). Omitted: at the end.'),
    rules: z.array(ruleSchema).min(1).describe('Rules added, in order.'),
  }).optional().describe('Rules added to the policy in force, at a position (the end if `at` is omitted).'),
}).superRefine((c, ctx) => {
  if (c.policy !== undefined && (c.removeRules !== undefined || c.addRules !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['policy'], input: c.policy, message: 'a policy change gives either a whole `policy` or `removeRules`/`addRules`, not both', params: { expected: 'policy, or removeRules/addRules' } });
  }
  if (c.policy === undefined && c.removeRules === undefined && c.addRules === undefined) {
    ctx.addIssue({ code: 'custom', path: ['policy'], input: undefined, message: 'a policy change must give a `policy`, `removeRules` or `addRules`', params: { expected: 'policy, or removeRules/addRules' } });
  }
});
export type PolicyChange = z.output<typeof policyChangeSchema>;
