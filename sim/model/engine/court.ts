/**
 * Immigration courts as dockets of case counts (the backlog is millions of cases, never
 * objects). Judges' daily completions go first to the detained docket (detained cases end
 * when the person is removed), then to MPP hearings, then to the non-detained docket.
 */
export class Court {
  /** Cases of people in detention with a Notice to Appear. */
  detained = 0;
  /** Cases of people released or paroled into the US, plus the initial backlog. */
  nonDetained: number;
  /** Completions over the horizon, by docket. */
  completedDetained = 0;
  completedMpp = 0;
  completedNonDetained = 0;
  inAbsentia = 0;
  relief = 0;
  /** New cases over the horizon (border NTAs, MPP and other sources). */
  intake = 0;
  /** Capacity left today after detained completions. */
  private usedToday = 0;
  readonly initial: number;

  constructor(initialBacklog: number) { this.nonDetained = initialBacklog; this.initial = initialBacklog; }

  /** Cases of `n` people paroled or released into the US with an NTA. */
  addNonDetained(n: number): void { this.nonDetained += n; this.intake += n; }
  /** Cases of `n` people booked into detention with an NTA. */
  addDetained(n: number): void { this.detained += n; this.intake += n; }
  /** MPP cases are counted by the MPP waiting place; only intake is recorded here. */
  addMpp(n: number): void { this.intake += n; }
  /** `n` detained people released: their cases move to the non-detained docket. */
  releaseDetained(n: number): void { this.detained -= n; this.nonDetained += n; }
  /** `n` detained people removed: their cases complete (using judges' time). */
  completeDetained(n: number): void { this.detained -= n; this.completedDetained += n; this.usedToday += n; }

  /**
   * Ends a day with `capacity` completions: returns how many go to MPP (at most
   * `mppWaiting` and `mppSlots`); the rest go to the non-detained docket.
   */
  endDay(capacity: number, mppWaiting: number, mppSlots: number, inAbsentiaShare: number, reliefShare: number, binomial: (n: number, p: number) => number): number {
    let left = Math.max(0, capacity - this.usedToday);
    this.usedToday = 0;
    const mpp = Math.min(mppWaiting, Math.floor(mppSlots), Math.floor(left)); // whole people
    left -= mpp;
    this.completedMpp += mpp;
    const nd = Math.min(this.nonDetained, Math.floor(left));
    this.nonDetained -= nd; this.completedNonDetained += nd;
    const absent = binomial(nd, inAbsentiaShare);
    this.inAbsentia += absent;
    this.relief += binomial(nd - absent, Math.min(1, reliefShare / Math.max(1e-12, 1 - inAbsentiaShare)));
    return mpp;
  }

  /** Pending cases, given the MPP waiting population. */
  backlog(mppWaiting: number): number { return this.detained + this.nonDetained + mppWaiting; }
}
