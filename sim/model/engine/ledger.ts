/**
 * The conservation ledger: every way into the model and every way out, each its own
 * counter, so that `entries - people in places - exits` is a real check.
 */
export const ENTRY_KINDS = ['arrivals', 'initialWaitingList', 'initialDetention', 'interiorBookIns'] as const;
export const EXIT_KINDS = [
  'gotaway', 'paroled', 'releasedFromDetention', 'removed', 'expelled', 'noShow', 'gaveUp',
  'mppInAbsentia', 'mppRelief', 'paroledFromShelterList',
  // Removal logistics: released because ICE could not remove them within the hold limit.
  'removalBlocked',
  // Custody overflow: released on parole with conditions, or released when the stations are full.
  'paroledWithConditions', 'releasedWhenFull',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export type ExitKind = (typeof EXIT_KINDS)[number];

export class Ledger {
  readonly entries: Record<EntryKind, number> = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as Record<EntryKind, number>;
  readonly exits: Record<ExitKind, number> = Object.fromEntries(EXIT_KINDS.map((k) => [k, 0])) as Record<ExitKind, number>;
}
