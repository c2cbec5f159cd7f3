/**
 * A FIFO queue of parties held as cohorts in typed-array rings: each entry is
 * { enqueue time, custody-start time, tag, parties, people }. While the queue is short
 * every party is its own entry (exact FIFO); beyond `coalesceAbove` entries, a new party
 * joins the most recent entry with the same tag in the same hour, so memory grows with
 * hours x tags, never with the number of people (a 100x overload stays bounded).
 */
const TAGS = 1 << 13;

export class CohortQueue {
  private tq: Float64Array;
  private t0: Float64Array;
  private tag: Int32Array;
  private parties: Int32Array;
  private people: Int32Array;
  private mask: number;
  private headSeq = 0;
  private tailSeq = 0;
  /** People waiting. */
  peopleCount = 0;
  /** Parties waiting. */
  partyCount = 0;
  private readonly lastSeq = new Float64Array(TAGS).fill(-1);
  private readonly lastWindow = new Float64Array(TAGS).fill(-1);

  constructor(private readonly coalesceAbove = 4096, capacity = 64) {
    let c = 16; while (c < capacity) c *= 2;
    this.tq = new Float64Array(c); this.t0 = new Float64Array(c); this.tag = new Int32Array(c);
    this.parties = new Int32Array(c); this.people = new Int32Array(c); this.mask = c - 1;
  }

  /** Number of entries (cohorts) held. */
  get entries(): number { return this.tailSeq - this.headSeq; }

  /** Adds a party (or `parties` parties totalling `people`) at time `now`. */
  push(now: number, t0: number, tag: number, people: number, parties = 1): void {
    this.peopleCount += people; this.partyCount += parties;
    if (this.entries >= this.coalesceAbove) {
      const w = Math.floor(now * 24);
      const s = this.lastSeq[tag]!;
      if (this.lastWindow[tag] === w && s >= this.headSeq) {
        const i = s & this.mask;
        this.parties[i]! += parties; this.people[i]! += people;
        return;
      }
      this.lastWindow[tag] = w; this.lastSeq[tag] = this.tailSeq;
    }
    if (this.entries === this.mask + 1) this.grow();
    const i = this.tailSeq & this.mask;
    this.tq[i] = now; this.t0[i] = t0; this.tag[i] = tag; this.parties[i] = parties; this.people[i] = people;
    this.tailSeq++;
  }

  /** Enqueue time of the head entry (Infinity if empty). */
  headTime(): number { return this.entries > 0 ? this.tq[this.headSeq & this.mask]! : Infinity; }
  /** Custody-start time of the head entry. */
  headT0(): number { return this.t0[this.headSeq & this.mask]!; }
  /** Tag of the head entry. */
  headTag(): number { return this.tag[this.headSeq & this.mask]!; }
  /** Size of the next party to leave. */
  headSize(): number {
    const i = this.headSeq & this.mask;
    return Math.ceil(this.people[i]! / this.parties[i]!);
  }

  /** Removes the head party; returns its size (read head fields first). */
  popParty(): number {
    const i = this.headSeq & this.mask;
    const q = this.parties[i]!;
    const size = Math.ceil(this.people[i]! / q);
    this.people[i]! -= size; this.parties[i] = q - 1;
    this.peopleCount -= size; this.partyCount--;
    if (q === 1) this.headSeq++;
    return size;
  }

  /** Removes up to `n` people from the head (splitting cohorts); calls `each(people, t0, tag)` per piece. */
  popPeople(n: number, each: (people: number, t0: number, tag: number) => void): number {
    let left = n;
    while (left > 0 && this.entries > 0) {
      const i = this.headSeq & this.mask;
      const take = Math.min(left, this.people[i]!);
      const p = this.people[i]!;
      const q = this.parties[i]!;
      const partiesTaken = take === p ? q : Math.min(q - 1, Math.floor((take / p) * q));
      this.people[i] = p - take; this.parties[i] = q - partiesTaken;
      this.peopleCount -= take; this.partyCount -= partiesTaken;
      if (this.people[i] === 0) this.headSeq++;
      each(take, this.t0[i]!, this.tag[i]!);
      left -= take;
    }
    return n - left;
  }

  private grow(): void {
    const n = this.mask + 1, c = n * 2;
    const copy = <T extends Float64Array | Int32Array>(a: T, b: T): T => {
      for (let k = 0; k < n; k++) b[(this.headSeq + k) & (c - 1)] = a[(this.headSeq + k) & this.mask]!;
      return b;
    };
    this.tq = copy(this.tq, new Float64Array(c)); this.t0 = copy(this.t0, new Float64Array(c));
    this.tag = copy(this.tag, new Int32Array(c)); this.parties = copy(this.parties, new Int32Array(c));
    this.people = copy(this.people, new Int32Array(c));
    this.mask = c - 1;
  }
}
