/**
 * The preset scenarios: the JSON files in `scenarios/`, imported statically so that sim/
 * does no file I/O. Each is a ScenarioInput (it may name a `base`).
 */
import appointmentsExpanded from '../../scenarios/appointments-expanded.json' with { type: 'json' };
import baseline from '../../scenarios/baseline.json' with { type: 'json' };
import detentionCut from '../../scenarios/detention-cut.json' with { type: 'json' };
import mppReinstated from '../../scenarios/mpp-reinstated.json' with { type: 'json' };
import noParole from '../../scenarios/no-parole.json' with { type: 'json' };
import surge from '../../scenarios/surge.json' with { type: 'json' };
import pullHypothesis from '../../scenarios/pull-hypothesis.json' with { type: 'json' };
import pathwaysSubstitution from '../../scenarios/pathways-substitution.json' with { type: 'json' };
import fy2019 from '../../scenarios/fy2019.json' with { type: 'json' };
import fy2022 from '../../scenarios/fy2022.json' with { type: 'json' };
import fy2023 from '../../scenarios/fy2023.json' with { type: 'json' };
import { HISTORY_TARGETS } from '../observed/historyTargets.ts';
import type { ScenarioInput } from './schema/scenarioSchema.ts';

/** Preset scenarios by name. */
export const presets: Record<string, ScenarioInput> = {
  baseline: baseline as ScenarioInput,
  'appointments-expanded': appointmentsExpanded as ScenarioInput,
  'mpp-reinstated': mppReinstated as ScenarioInput,
  'no-parole': noParole as ScenarioInput,
  surge: surge as ScenarioInput,
  'detention-cut': detentionCut as ScenarioInput,
  'pull-hypothesis': pullHypothesis as ScenarioInput,
  'pathways-substitution': pathwaysSubstitution as ScenarioInput,
  fy2019: fy2019 as ScenarioInput,
  fy2022: fy2022 as ScenarioInput,
  fy2023: fy2023 as ScenarioInput,
};

/**
 * MPP as the "MPP reinstated" preset reinstates it: the day, the position in the rule list
 * and the rule. The app's MPP lever adds exactly this change, so the rule is written once, in
 * the preset file.
 */
export const MPP_REINSTATEMENT = (() => {
  const change = mppReinstated.policyChanges[0]!;
  const rule = change.addRules.rules[0]!;
  return { day: change.day, at: change.addRules.at, rule: rule as NonNullable<NonNullable<ScenarioInput['policy']>['rules']>[number] };
})();

/**
 * The presets that replay a fiscal year from its published record, oldest first: those with
 * targets stated for their year (sim/observed/historyTargets.ts). `border-sim backtest`
 * replays them by default, and the app shows the observed series on them by default.
 */
export const HISTORY_PRESETS: readonly string[] = HISTORY_TARGETS.map((y) => y.preset);

/** The preset used when none is named. */
export const DEFAULT_PRESET = 'baseline';

export interface PresetInfo { name: string; title: string; description: string }

/** Name, title and description of every preset, baseline first. */
export function presetList(): PresetInfo[] {
  return Object.entries(presets).map(([name, p]) => ({ name, title: p.title ?? name, description: p.description ?? '' }));
}
