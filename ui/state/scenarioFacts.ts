/**
 * What the charts need to know about a resolved scenario besides its results: the calendar
 * date of day 0, its horizon, and every dated change it makes (policy changes, capacity or
 * staffing schedules, surges of arrivals, parole programs opening or closing), each with a
 * short text. Read from the scenario data as the schema shapes it: a schedule is a list of
 * `{ fromDay, value }` steps wherever it appears.
 */
import { format } from 'd3-format';
import { isPlainObject } from './safeJson.ts';
import { fieldLabel } from './fieldLabels.ts';

/** A dated change of a scenario. */
export interface DatedChange {
  /** Day (since day 0) from which it holds. */
  readonly day: number;
  readonly kind: 'policy' | 'schedule' | 'surge' | 'program';
  /** What happens, in a few words ("ICE detention beds 41,500 → 25,000"). */
  readonly text: string;
}

/** A scenario's calendar and dated changes. */
export interface ScenarioFacts {
  /** Day 0 as `YYYY-MM-DD`, or null when the scenario has none. */
  readonly startDate: string | null;
  readonly days: number;
  /** Dated changes after day 0, by day. */
  readonly changes: readonly DatedChange[];
}

/** 25,000 or 1.5 (d3-format: cheaper than Intl, whose first use costs a page task ~10 ms). */
const num = format(',~r');

/** True for a schedule written as steps: `[{ fromDay, value }, …]`. */
function isSteps(v: unknown): v is { fromDay: number; value: number }[] {
  return Array.isArray(v) && v.length > 0 && v.every((s) => isPlainObject(s) && typeof s.fromDay === 'number' && typeof s.value === 'number' && Object.keys(s).length === 2);
}

function schedules(value: unknown, path: string, out: DatedChange[]): void {
  if (isSteps(value)) {
    const steps = [...value].sort((a, b) => a.fromDay - b.fromDay);
    steps.forEach((s, i) => {
      if (s.fromDay <= 0) return;
      const before = i > 0 ? steps[i - 1]!.value : null;
      out.push({ day: s.fromDay, kind: 'schedule', text: `${fieldLabel(path)} ${before === null ? '' : `${num(before)} → `}${num(s.value)}` });
    });
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => schedules(v, `${path}.${i}`, out));
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) if (k !== 'policyChanges' && k !== 'policy') schedules(v, path ? `${path}.${k}` : k, out);
}

/** The facts of a resolved scenario. */
export function scenarioFacts(scenario: Record<string, unknown>): ScenarioFacts {
  const days = typeof scenario.days === 'number' ? scenario.days : 365;
  const startDate = typeof scenario.startDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(scenario.startDate) ? scenario.startDate : null;
  const changes: DatedChange[] = [];
  const changesList = Array.isArray(scenario.policyChanges) ? scenario.policyChanges : [];
  for (const c of changesList) {
    if (!isPlainObject(c) || typeof c.day !== 'number') continue;
    changes.push({ day: c.day, kind: 'policy', text: typeof c.title === 'string' && c.title.trim() ? c.title.trim() : 'policy change' });
  }
  schedules(scenario, '', changes);
  const arrivals = isPlainObject(scenario.arrivals) ? scenario.arrivals : {};
  for (const flow of ['betweenPorts', 'walkUps']) {
    const f = arrivals[flow];
    const surges = isPlainObject(f) && Array.isArray(f.surges) ? f.surges : [];
    for (const s of surges) {
      if (!isPlainObject(s) || typeof s.fromDay !== 'number' || typeof s.toDay !== 'number' || typeof s.multiplier !== 'number') continue;
      const what = fieldLabel(`arrivals.${flow}`);
      changes.push({ day: s.fromDay, kind: 'surge', text: `${what} ×${num(s.multiplier)}` });
      if (s.toDay < days) changes.push({ day: s.toDay, kind: 'surge', text: `${what} back to ×1` });
    }
  }
  const programs = Array.isArray(scenario.parolePrograms) ? scenario.parolePrograms : [];
  for (const p of programs) {
    if (!isPlainObject(p)) continue;
    const name = typeof p.title === 'string' ? p.title : String(p.id ?? 'parole program');
    if (typeof p.fromDay === 'number' && p.fromDay > 0) changes.push({ day: p.fromDay, kind: 'program', text: `${name} opens` });
    if (typeof p.toDay === 'number' && p.toDay > 0 && p.toDay < days) changes.push({ day: p.toDay, kind: 'program', text: `${name} closes` });
  }
  return { startDate, days, changes: changes.filter((c) => c.day > 0 && c.day < days).sort((a, b) => a.day - b.day) };
}
