/**
 * Prints the reference signals of the behaviour of arrivals (`behaviour.reference`) as the
 * baseline simulates them over a year with arrivals held fixed (seed 2024, the seed the
 * default was read with), beside the schema's default. test/model/behaviourReference.test.ts
 * fails when they drift apart; run this after a change to the mechanisms to read the new levels.
 *
 *   node bin/tsnode.mjs scripts/behaviourReference.ts [preset] [--seed 2024]
 */
import { parseArgs } from 'node:util';
import { presets, validateScenario } from '../sim/model/index.ts';
import { simulatedSignals } from '../sim/model/behaviourReference.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string', default: '2024' } } });
const name = positionals[0] ?? 'baseline';
const v = validateScenario(presets[name as keyof typeof presets], presets);
if (!v.ok) throw new Error(`preset ${name} is not valid`);
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const defaults = new Map(v.scenario.behaviour.reference.map((r) => [r.nationality, r]));
console.log(`${name}, seed ${values.seed}, ${v.scenario.days} days, arrivals held fixed:`);
for (const s of simulatedSignals(v.scenario, Number(values.seed))) {
  const d = defaults.get(s.nationality);
  console.log(`  ${s.nationality}: ${Math.round(s.encountered).toLocaleString('en-US')} encountered; released ${pct(s.releasedShare)} (reference ${pct(d?.releasedShare ?? null)}), consequence ${pct(s.consequenceShare)} (reference ${pct(d?.consequenceShare ?? null)})`);
}
