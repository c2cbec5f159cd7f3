import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparisonValues, loadObserved, observedFileDef } from '../../sim/observed/index.ts';

const file = (id: string) => {
  const def = observedFileDef(id)!;
  return { def, data: loadObserved(def.file, readFileSync(new URL(`../../data/observed/${def.file}`, import.meta.url), 'utf8')) };
};

describe('the published quantity of a comparison', () => {
  it('adds the series of the sum month by month, a series that has ended adding 0', () => {
    const { def, data } = file('cbp-sw-encounters');
    const bp = comparisonValues(def.compare.find((c) => 'series' in c.model && c.model.series === 'encounters.bp')!, data)!;
    const at = (series: string, month: string) => data.series[series]!.points.find((p) => p.month === month)?.value ?? 0;
    expect(bp.get('2023-05')).toBe(at('usbp.title8', '2023-05') + at('usbp.title42', '2023-05'));
    expect(at('usbp.title42', '2023-06')).toBe(0); // Title 42 ended in May 2023
    expect(bp.get('2023-06')).toBe(at('usbp.title8', '2023-06'));
    expect([...bp.keys()]).toHaveLength(36);
    expect([...bp.keys()][0]).toBe('2021-10');
  });

  it('is null when the file lacks a series of the sum', () => {
    const { data } = file('dhs-mpp2-enrolments');
    expect(comparisonValues({ model: { series: 'encounters.bp' }, observed: ['usbp.total'], aggregate: 'sum' }, data)).toBeNull();
  });
});
