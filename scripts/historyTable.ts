/**
 * Replays the history presets (seed and replications of HISTORY_TABLE_RUN) and writes the
 * table of docs/model.md's "How well it replays history" between its markers. The test
 * test/model/history.test.ts runs the same and fails if the table differs.
 *
 *   node bin/tsnode.mjs scripts/historyTable.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { HISTORY_TABLE_RUN, historyReplay, historyTable } from '../lib/historyReplay.ts';
import { historyCheckLine } from '../sim/report/historyCheck.ts';

const START = '<!-- history-table:start -->', END = '<!-- history-table:end -->';
const file = new URL('../docs/model.md', import.meta.url);
const checks = await historyReplay({ ...HISTORY_TABLE_RUN, workers: 2 });
for (const c of checks) console.log(historyCheckLine(c));
const doc = readFileSync(file, 'utf8');
const a = doc.indexOf(START), b = doc.indexOf(END);
if (a < 0 || b < a) throw new Error(`docs/model.md has no ${START} ... ${END} markers`);
writeFileSync(file, `${doc.slice(0, a + START.length)}\n${historyTable(checks)}\n${doc.slice(b)}`);
console.log('wrote the table to docs/model.md');
