/**
 * What a scenario changes against the baseline, in a few words, for the headline: another
 * preset (its title), and the fields set differently (their plain names and values).
 */
import { format } from 'd3-format';
import { fieldLabel } from './fieldLabels.ts';
import type { ModelInfo } from './modelInfo.ts';
import { canonicalJson, type ScenarioEntry } from './scenarioEntry.ts';

const number = format(',~r');

/** Fields named at most. */
const MOST = 2;

function value(v: unknown): string {
  if (typeof v === 'number') return number(v);
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  if (typeof v === 'string') return v;
  return 'changed';
}

/** "MPP reinstated by a court order on day 120; ICE detention beds 20,000", or '' when nothing differs. */
export function describeChange(entry: ScenarioEntry, baseline: ScenarioEntry, model: Pick<ModelInfo, 'presets'>): string {
  const parts: string[] = [];
  if (entry.base !== baseline.base) {
    const p = model.presets.find((x) => x.name === entry.base);
    parts.push(p ? p.title || p.name : 'the schema defaults');
  }
  const paths = [...new Set([...Object.keys(entry.overrides), ...Object.keys(baseline.overrides)])].sort();
  const changed = paths.filter((p) => canonicalJson(entry.overrides[p]) !== canonicalJson(baseline.overrides[p]));
  for (const p of changed.slice(0, MOST)) parts.push(Object.hasOwn(entry.overrides, p) ? `${fieldLabel(p)} ${value(entry.overrides[p])}` : `${fieldLabel(p)} as in the preset`);
  if (changed.length > MOST) parts.push(`${changed.length - MOST} more change${changed.length - MOST === 1 ? '' : 's'}`);
  return parts.join('; ');
}
