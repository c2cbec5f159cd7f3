/**
 * The baseline reproduces the FY2024 figures it was calibrated on, within stated tolerances.
 * Targets are the published figures (CBP, ICE, EOIR); see scenarios/baseline.json.
 */
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../sim/model/index.ts';
import { scenario } from './helpers.ts';

/** CBP Southwest Land Border Encounters, FY2024, U.S. Border Patrol, Oct 2023 .. Sep 2024. */
const USBP_MONTHLY = [188778, 191113, 249740, 124220, 140644, 137480, 128900, 117901, 83536, 56408, 58034, 53766];
const MONTH_DAYS = [31, 30, 31, 31, 29, 31, 30, 31, 30, 31, 31, 30];
const within = (x: number | null, target: number, rel: number) => {
  expect(x, 'a value').not.toBeNull();
  expect(Math.abs(x! - target) / target, `${x} vs ${target}`).toBeLessThanOrEqual(rel);
};

describe('baseline calibration (FY2024)', () => {
  const r = runReplication(scenario(), { seed: 2024, replication: 0 });
  const s = r.summary;
  const monthly = (id: 'encounters.bp' | 'encounters.ofo') => {
    let d = 0;
    return MONTH_DAYS.map((n) => { let t = 0; for (let k = 0; k < n; k++) t += r.daily[id][d++]!; return t; });
  };

  it('reproduces Border Patrol apprehensions in every month within 6%', () => {
    monthly('encounters.bp').forEach((x, m) => within(x, USBP_MONTHLY[m]!, 0.06));
  });

  it('reproduces total southwest encounters (2,135,005) within 3%', () => within(s['encounters.total'], 2135005, 0.03));

  it('reproduces port encounters (604,482 a year, flat at ~50,000 a month) within 5%', () => {
    within(monthly('encounters.ofo').reduce((a, b) => a + b, 0), 604482, 0.05);
    for (const x of monthly('encounters.ofo')) within(x, 604482 / 12, 0.12);
  });

  it('reproduces ICE book-ins (277,913) within 5%', () => within(s['detention.bookIns'], 277913, 0.05));

  it('reproduces ICE book-ins from CBP arrests (187,298) within 8%', () => within(s['dispositions.detain'], 187298, 0.08));

  it('reproduces the ICE average length of stay (46.9 days) within 5%', () => within(s['detention.lengthOfStayDays.mean'], 46.9, 0.05));

  it('reproduces the ICE average daily population (37,722) within 8%', () => within(s['detention.occupancy.mean'], 37722, 0.08));

  it('satisfies ADP ~ book-ins per day x length of stay, as the published figures do, within 8%', () => {
    within(s['detention.occupancy.mean'], (s['detention.bookIns'] / 366) * s['detention.lengthOfStayDays.mean']!, 0.08);
  });

  it('reproduces immigration court completions (911,289) within 2%', () => within(s['court.completions'], 911289, 0.02));

  it('ends near the ~3.7M pending court cases reported for end FY2024, within 8%', () => within(s['court.backlog.end'], 3.7e6, 0.08));

  it('keeps mean Border Patrol time in custody within 25% of the 39 h observed (2014-15) and well under 72 h', () => {
    within(s['bp.timeInCustodyHours.mean'], 39, 0.25);
    expect(s['bp.shareOver72h']).toBeLessThan(0.05);
  });

  it('keeps CBP One appointments at 1,450 a day', () => {
    within(s['cbpone.waitDays.mean']! > 0 ? r.diagnostics!.stations['ofo']!.served - 274 * 366 : 0, 1450 * 366 * 0.95, 0.06);
  });
});
