import { describe, expect, it } from 'vitest';
import { dataFileEntry } from '../../../ui/observed/dataFileEntry.ts';
import { ObservedStore } from '../../../ui/observed/observedStore.ts';

const read = async () => new ObservedStore({ onLoaded: () => {}, onError: () => {} }).all();

describe('a data file in the about panel', () => {
  it('names the charts that draw it, and none for a file no chart compares with', async () => {
    const entries = (await read()).map(dataFileEntry);
    const byFile = (file: string) => entries.find((e) => e.file === file)!;
    expect(byFile('cbp-sw-encounters-fy2022-2024.csv').shownOn).toEqual(['Encounters (Border Patrol apprehensions between ports)', 'Encounters (encounters at ports of entry)', 'Dispositions by path (Expelled, where the file covers the whole horizon)']);
    expect(byFile('ice-detention-fy2024.csv').shownOn).toEqual(['ICE detention']);
    expect(byFile('eoir-workload-fy2008-2020.csv').shownOn).toEqual(['Immigration court backlog']);
    expect(byFile('dhs-mpp2-enrolments.csv').shownOn).toEqual(['Dispositions by path (Returned to Mexico (MPP), where the file covers the whole horizon)']);
    const [eoir] = (await read()).filter((r) => r.def.id === 'eoir-workload');
    const completionsOnly = { ...eoir!, def: { ...eoir!.def, compare: eoir!.def.compare.filter((c) => 'metric' in c.model) } };
    expect(dataFileEntry(completionsOnly).shownOn).toEqual([]);
  });

  it('gives the months a file covers, by fiscal year for an annual file', async () => {
    const entries = (await read()).map(dataFileEntry);
    expect(entries.find((e) => e.file === 'cbp-sw-encounters-fy2022-2024.csv')!.covers).toBe('2021-10 to 2024-09');
    expect(entries.find((e) => e.file === 'eoir-workload-fy2008-2020.csv')!.covers).toBe('FY2008 to FY2020');
  });

  it('says why a file could not be read instead of listing its header', async () => {
    const store = new ObservedStore({ onLoaded: () => {}, onError: () => {}, reader: async () => ({ observedText: async () => '# source: x\n', parseObservedText: () => { throw new Error('x.csv:2: header row: expected the header row'); } }) });
    const [first] = await store.all();
    const entry = dataFileEntry(first!);
    expect(entry.error).toMatch(/header row/);
    expect(entry.source).toBeNull();
  });
});
