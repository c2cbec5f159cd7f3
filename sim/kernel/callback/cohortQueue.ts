/**
 * A FIFO queue of groups (a group is one item of `size` members: a family, a batch) held as
 * cohorts in typed-array rings: each entry is { enqueue time, origin time, tag, groups,
 * members }. While the queue is short every group is its own entry (exact FIFO); beyond
 * `coalesceAbove` entries, a new group joins the most recent entry with the same tag in the
 * same hour of simulated time (time unit: days), so memory grows with hours x tags, never
 * with the number of members: a hundredfold overload stays bounded.
 */
const TAGS = 1 << 13;

export class CohortQueue {
  private tq: Float64Array;
  private t0: Float64Array;
  private tag: Int32Array;
  private groups: Int32Array;
  private members: Int32Array;
  private mask: number;
  private headSeq = 0;
  private tailSeq = 0;
  /** Members waiting. */
  memberCount = 0;
  /** Groups waiting. */
  groupCount = 0;
  private readonly lastSeq = new Float64Array(TAGS).fill(-1);
  private readonly lastWindow = new Float64Array(TAGS).fill(-1);

  /**
   * @param coalesceAbove entries held before groups start joining cohorts
   * @param capacity initial entries (the ring grows by doubling)
   */
  constructor(private readonly coalesceAbove = 4096, capacity = 64) {
    let c = 16; while (c < capacity) c *= 2;
    this.tq = new Float64Array(c); this.t0 = new Float64Array(c); this.tag = new Int32Array(c);
    this.groups = new Int32Array(c); this.members = new Int32Array(c); this.mask = c - 1;
  }

  /** Number of entries (cohorts) held. */
  get entries(): number { return this.tailSeq - this.headSeq; }

  /** Adds a group (or `groups` groups totalling `members`) of tag `tag` (0 <= tag < 8192) at time `now`; `t0` is carried along. */
  push(now: number, t0: number, tag: number, members: number, groups = 1): void {
    this.memberCount += members; this.groupCount += groups;
    if (this.entries >= this.coalesceAbove) {
      const w = Math.floor(now * 24);
      const s = this.lastSeq[tag]!;
      if (this.lastWindow[tag] === w && s >= this.headSeq) {
        const i = s & this.mask;
        this.groups[i]! += groups; this.members[i]! += members;
        return;
      }
      this.lastWindow[tag] = w; this.lastSeq[tag] = this.tailSeq;
    }
    if (this.entries === this.mask + 1) this.grow();
    const i = this.tailSeq & this.mask;
    this.tq[i] = now; this.t0[i] = t0; this.tag[i] = tag; this.groups[i] = groups; this.members[i] = members;
    this.tailSeq++;
  }

  /** Enqueue time of the head entry (Infinity if empty). */
  headTime(): number { return this.entries > 0 ? this.tq[this.headSeq & this.mask]! : Infinity; }
  /** Origin time carried by the head entry. */
  headT0(): number { return this.t0[this.headSeq & this.mask]!; }
  /** Tag of the head entry. */
  headTag(): number { return this.tag[this.headSeq & this.mask]!; }
  /** Size of the next group to leave (a cohort's members are shared evenly among its groups). */
  headSize(): number {
    const i = this.headSeq & this.mask;
    return Math.ceil(this.members[i]! / this.groups[i]!);
  }

  /** Removes the head group; returns its size (read the head fields first). */
  popGroup(): number {
    const i = this.headSeq & this.mask;
    const q = this.groups[i]!;
    const size = Math.ceil(this.members[i]! / q);
    this.members[i]! -= size; this.groups[i] = q - 1;
    this.memberCount -= size; this.groupCount--;
    if (q === 1) this.headSeq++;
    return size;
  }

  /** Removes up to `n` members from the head (splitting cohorts); calls `each(members, t0, tag)` per piece; returns how many. */
  popMembers(n: number, each: (members: number, t0: number, tag: number) => void): number {
    let left = n;
    while (left > 0 && this.entries > 0) {
      const i = this.headSeq & this.mask;
      const take = Math.min(left, this.members[i]!);
      const p = this.members[i]!;
      const q = this.groups[i]!;
      const groupsTaken = take === p ? q : Math.min(q - 1, Math.floor((take / p) * q));
      this.members[i] = p - take; this.groups[i] = q - groupsTaken;
      this.memberCount -= take; this.groupCount -= groupsTaken;
      if (this.members[i] === 0) this.headSeq++;
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
    this.tag = copy(this.tag, new Int32Array(c)); this.groups = copy(this.groups, new Int32Array(c));
    this.members = copy(this.members, new Int32Array(c));
    this.mask = c - 1;
  }
}
