import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERIES_IDS } from '../../sim/model/series.ts';
import { METRIC_IDS } from '../../sim/model/metrics.ts';
import { checkTotal, fiscalYearOf, loadObserved, OBSERVED_FILES, parseObserved, type ObservedFile } from '../../sim/observed/index.ts';

const DIR = new URL('../../data/observed/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, DIR), 'utf8');
const loaded = new Map<string, ObservedFile>(OBSERVED_FILES.map((d) => [d.id, loadObserved(d.file, read(d.file))]));

describe('shipped observed data', () => {
  it('lists every file of data/observed in the manifest, and only those', () => {
    const onDisk = readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort();
    expect(OBSERVED_FILES.map((d) => d.file).sort()).toEqual(onDisk);
    expect(new Set(OBSERVED_FILES.map((d) => d.id)).size).toBe(OBSERVED_FILES.length);
  });

  for (const def of OBSERVED_FILES) {
    describe(def.file, () => {
      it('loads and validates', () => {
        const r = parseObserved(def.file, read(def.file));
        expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([]);
      });

      it('declares the series and units the manifest lists', () => {
        const file = loaded.get(def.id)!;
        expect(file.meta.units).toEqual(Object.fromEntries(def.series.map((s) => [s.id, s.unit])));
      });

      it('covers the fiscal years the manifest lists', () => {
        const file = loaded.get(def.id)!;
        const years = new Set(Object.values(file.series).flatMap((s) => s.points.map((p) => fiscalYearOf(p.month))));
        expect([...years].sort()).toEqual([...def.fiscalYears]);
      });

      it('compares only with model outputs that exist, from series the file has', () => {
        const file = loaded.get(def.id)!;
        for (const c of def.compare) {
          if ('series' in c.model) expect(SERIES_IDS).toContain(c.model.series);
          else expect(METRIC_IDS).toContain(c.model.metric);
          for (const id of c.observed) expect(Object.keys(file.series)).toContain(id);
        }
      });

      for (const total of def.totals) {
        it(`reproduces the published FY${total.fiscalYear} ${total.kind === 'sum' ? 'total' : 'average'} of ${total.series.join(' + ')} (${total.value.toLocaleString('en-US')})`, () => {
          const check = checkTotal(loaded.get(def.id)!, total);
          // Printed so a reviewer sees how close each total is, not only that it passed.
          console.log(`${def.file} FY${total.fiscalYear} ${total.series.join('+')}: computed ${check.computed.toFixed(2)} vs published ${total.value} (difference ${check.difference.toFixed(2)}, tolerance ${total.tolerance}; ${check.months} months)`);
          expect(check.months).toBe(total.months);
          expect(Math.abs(check.difference)).toBeLessThanOrEqual(total.tolerance);
        });
      }
    });
  }

  it('has no Title 42 months after the authority ended on 11 May 2023', () => {
    const enc = loaded.get('cbp-sw-encounters')!;
    expect(enc.series['usbp.title42']!.points.at(-1)!.month).toBe('2023-05');
    expect(enc.series['ofo.title42']!.points.at(-1)!.month).toBe('2023-05');
  });

  it('flags the partial September 2022 in ICE\'s FY2022 workbook', () => {
    expect(loaded.get('ice-detention-fy2022')!.meta.partial.map((p) => p.month)).toEqual(['2022-09']);
  });

  it('reports a changed month as a failed total (the check can fail)', () => {
    const def = OBSERVED_FILES.find((d) => d.id === 'ice-detention-fy2024')!;
    const altered = loadObserved(def.file, read(def.file).replace('\n2024-05,bookIns.total,28582\n', '\n2024-05,bookIns.total,28682\n'));
    const check = checkTotal(altered, def.totals.find((t) => t.series[0] === 'bookIns.total')!);
    expect(check).toMatchObject({ ok: false, difference: 100 });
  });
});
