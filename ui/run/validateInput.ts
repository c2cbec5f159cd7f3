/**
 * Validation of scenario input with the model's zod schema, answered as plain data. Runs in
 * the model worker (and in Node tests), never on the page's main thread.
 */
import { presets, validateScenario, type Scenario } from '../../sim/model/index.ts';
import { monthsByDay } from '../../sim/model/schema/calendar.ts';
import { flowRateByDay } from '../../sim/model/schema/schedules.ts';
import type { Validation } from '../state/modelInfo.ts';

/**
 * People expected to arrive over the horizon: each flow's daily rates as the model computes
 * them (monthly factors, surges), plus CBP One registrations.
 */
export function expectedArrivals(s: Scenario): number {
  const months = monthsByDay(s.startDate, s.days);
  const sum = (rates: Float64Array) => rates.reduce((a, r) => a + r, 0);
  return sum(flowRateByDay(s.arrivals.betweenPorts, months)) + sum(flowRateByDay(s.arrivals.walkUps, months)) + s.cbpOne.registrationsPerDay * s.days;
}

/** Validates scenario input; never throws. */
export function validateInput(input: unknown): Validation {
  try {
    const r = validateScenario(input, presets);
    if (!r.ok) return { ok: false, errors: r.errors.map((e) => ({ path: String(e.path), message: e.message })) };
    return { ok: true, scenario: r.scenario as unknown as Record<string, unknown>, arrivals: expectedArrivals(r.scenario) };
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `the scenario could not be checked: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
