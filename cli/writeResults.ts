/**
 * The files of a result folder that describes itself: the numbers (JSON and tidy CSV), every
 * resolved scenario, and `run.json` with the command line that reproduces them and the build
 * that computed them. The folder is written whole (resultFolder.ts).
 */
import { comparisonCsv, summaryCsv, sweepCsv, timeseriesCsvHeader, timeseriesCsvRows } from '../sim/report/index.ts';
import type { FileContent } from './atomicWrite.ts';
import { reportJson, type Report } from './buildReport.ts';
import { modelFingerprint } from './modelFingerprint.ts';
import { planArgv, planCommand } from './plan.ts';
import { VERSION } from './version.ts';

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** A file-name-safe form of a scenario label. */
export function fileLabel(label: string): string {
  return label.replace(/[^\w.=,+-]+/g, '_');
}

/**
 * File names for scenario labels, one each: labels that map to the same name (`a b` and
 * `a_b`, or `x.json` and `x_json`) get `-2`, `-3`... so no scenario's copy overwrites another's.
 */
export function scenarioFileNames(labels: readonly string[]): string[] {
  const used = new Set<string>();
  return labels.map((label) => {
    const stem = fileLabel(label);
    let name = stem;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${stem}-${k}`;
    used.add(name.toLowerCase());
    return `scenarios/${name}.json`;
  });
}

/** The files of a report, by name relative to the result folder (in writing order). */
export function reportFiles(report: Report): [string, FileContent][] {
  const { plan } = report;
  const files: [string, FileContent][] = [];
  if (plan.kind === 'sweep') {
    files.push(['sweep.json', json(reportJson(report))]);
    files.push(['sweep.csv', sweepCsv(plan.sweep!.sets.map((s) => s.path), report.points)]);
    files.push([`scenarios/${fileLabel(plan.sweep!.base.label)}.json`, json(plan.sweep!.base.scenario)]);
  } else {
    files.push(['summary.json', json(plan.kind === 'compare' ? report.summaries : reportJson(report))]);
    files.push(['summary.csv', summaryCsv(report.summaries)]);
    if (plan.kind === 'compare') {
      files.push(['comparison.json', json(report.comparisons)]);
      files.push(['comparison.csv', comparisonCsv(report.comparisons)]);
    }
    files.push([
      'timeseries.csv',
      (write) => {
        write(timeseriesCsvHeader());
        plan.scenarios.forEach((s, i) => report.results[i].forEach((r) => write(timeseriesCsvRows(s.label, r))));
      },
    ]);
    const names = scenarioFileNames(plan.scenarios.map((s) => s.label));
    plan.scenarios.forEach((s, i) => files.push([names[i]!, json(s.scenario)]));
  }
  files.push([
    'run.json',
    json({
      tool: 'border-sim',
      version: VERSION,
      model: modelFingerprint(),
      command: planCommand(plan),
      argv: planArgv(plan),
      kind: plan.kind,
      seed: plan.seed,
      reps: plan.reps,
      days: plan.days,
      scenarios: plan.scenarios.map((s) => s.label),
    }),
  ]);
  return files;
}
