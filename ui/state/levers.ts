/**
 * The levers the page offers, split into policy levers and assumptions so a reader can tell
 * which kind of change moved a result. Each lever reads its value from a resolved scenario
 * and writes overrides by field path; help text, units, defaults, bounds and checks come from
 * the scenario schema (see `schemaFields.ts`). Labels and slider ranges are the page's own (a
 * slider needs a top end even where the schema has none); the numeric input accepts anything
 * the schema does.
 */
import { DISPOSITION, DISPOSITIONS } from '../../sim/model/schema/vocabulary.ts';
import { portSlotsLever, ruleShareLevers, surgeLevers } from './compositeLevers.ts';
import { fieldLever } from './fieldLever.ts';
import type { Lever, Schema } from './leverTypes.ts';
import { mppLevers } from './mppLevers.ts';
import { getAtPath } from './scenarioEntry.ts';
import type { ScenarioPath } from './scenarioPaths.ts';

export type { Lever, LeverControl, LeverValue } from './leverTypes.ts';
export { MPP_CHANGE_TITLE } from './mppLevers.ts';

/** Every lever for a scenario (rule levers depend on the scenario's policy). */
export function buildLevers(schema: Schema, scenario: unknown): Lever[] {
  const f = (group: Lever['group'], path: ScenarioPath, label: string, opts: Parameters<typeof fieldLever>[4]) => fieldLever(schema, group, path, label, opts);
  // A response's strength is shown only while arrivals respond: off, it would change nothing.
  const responding = (l: Lever | null): Lever | null => l && { ...l, read: (s) => (getAtPath(s, 'behaviour.enabled') === true ? l.read(s) : null) };
  const levers: (Lever | null)[] = [
    // Policy levers: what government chooses.
    f('policy', 'cbpOne.enabled', 'CBP One appointments offered', null),
    portSlotsLever(schema),
    f('policy', 'cbpOne.allocation', 'How slots are given', { labels: { lottery: 'Lottery (at random)', registrationOrder: 'Order of registration', mixed: 'Mixed: share to longest waiting' } }),
    f('policy', 'cbpOne.longestWaitingShare', 'Mixed: share to longest waiting', { sliderMax: 1 }),
    f('policy', 'borderPatrol.agents', 'Border Patrol agents processing', { sliderMax: 1500 }),
    f('policy', 'borderPatrol.holdingCapacity', 'Border Patrol holding capacity', { sliderMax: 60000, step: 100 }),
    f('policy', 'ofo.officers', 'Port officers processing', { sliderMax: 600 }),
    f('policy', 'ofo.holdingCapacity', 'Port holding capacity', { sliderMax: 10000, step: 50 }),
    f('policy', 'detention.beds', 'ICE detention beds', { sliderMax: 100000, step: 500 }),
    f('policy', 'detention.removalsPerDay', 'Removal capacity', { sliderMax: 3000, step: 10 }),
    f('policy', 'court.judges', 'Immigration judges', { sliderMax: 2500, step: 10 }),
    f('policy', 'credibleFear.asylumOfficers', 'Asylum officers screening', { sliderMax: 400 }),
    ...ruleShareLevers(schema, scenario),
    f('policy', 'policy.otherwise', 'When no rule applies', { labels: Object.fromEntries(DISPOSITIONS.map((k) => [k, DISPOSITION[k].decision])) }),
    ...mppLevers(schema),
    f('policy', 'mpp.hearingSlotsPerDay', 'MPP hearing slots', { sliderMax: 1000, step: 5 }),
    f('policy', 'parole.atdShare', 'Parolees enrolled in ATD', { sliderMax: 1 }),
    // Assumptions: what the world is like.
    f('assumption', 'arrivals.betweenPorts.perDay', 'Crossings between ports', { sliderMax: 20000, step: 10 }),
    ...surgeLevers(schema),
    f('assumption', 'arrivals.walkUps.perDay', 'Walk-ups at ports', { sliderMax: 3000, step: 5 }),
    f('assumption', 'arrivals.apprehensionShare', 'Share of crossers apprehended', { sliderMax: 1 }),
    f('assumption', 'cbpOne.registrationsPerDay', 'CBP One registrations', { sliderMax: 10000, step: 10 }),
    f('assumption', 'cbpOne.patienceDays', 'Patience while waiting in Mexico', { sliderMax: 720 }),
    f('assumption', 'cbpOne.crossAfterPatienceShare', 'Who stop waiting and cross instead', { sliderMax: 1 }),
    f('assumption', 'borderPatrol.processingMinutes.mean', 'Border Patrol minutes per person', { sliderMax: 300, wholeParent: true }),
    f('assumption', 'ofo.processingMinutes.mean', 'Port officer minutes per person', { sliderMax: 300, wholeParent: true }),
    f('assumption', 'detention.lengthOfStayDays.nta.mean', 'Detention stay (Notice to Appear)', { sliderMax: 200, wholeParent: true }),
    f('assumption', 'court.completionsPerJudgePerDay', 'Completions per judge', { sliderMax: 10, step: 0.05 }),
    f('assumption', 'credibleFear.positiveShare', 'Positive credible-fear findings', { sliderMax: 1 }),
    // How arrivals respond: either side's claim about parole and lawful pathways (off in the baseline).
    f('assumption', 'behaviour.enabled', 'Arrivals respond to what migrants see', null),
    responding(f('assumption', 'behaviour.releaseElasticity', 'Pull of release into the US', { sliderMax: 2, step: 0.05 })),
    responding(f('assumption', 'behaviour.consequenceElasticity', 'Deterrence of being sent back', { sliderMax: 2, step: 0.05 })),
    responding(f('assumption', 'behaviour.appointmentWaitElasticity', 'Response to the CBP One wait', { sliderMax: 2, step: 0.05 })),
    responding(f('assumption', 'behaviour.substitutionPerPlace', 'Crossings each parole place replaces', { sliderMax: 3, step: 0.05 })),
    f('assumption', 'reentry.enabled', 'People sent back may cross again', null),
  ];
  // A lever without a value in this scenario is hidden (the MPP start day while MPP is off).
  return levers.filter((l): l is Lever => l !== null && l.read(scenario) !== null);
}
