/**
 * Bit-exact fingerprints of replication results: every summary number as the hex of its
 * IEEE 754 bits (so 0 and -0, or two NaNs with different payloads, differ), every daily series
 * and the custody histogram as a hash of their bytes. Two results are identical bit for bit
 * exactly when their fingerprints are equal, and a difference names the metric or series.
 */
import { createHash } from 'node:crypto';
import type { ReplicationResult } from '../../sim/model/index.ts';

const view = new DataView(new ArrayBuffer(8));

/** The 64 bits of a double, as 16 hex digits. */
export function bitsOf(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** A hash of a typed array's bytes (its length included). */
export function bytesHash(a: Float64Array): string {
  return `${a.length}:${createHash('sha256').update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest('hex').slice(0, 24)}`;
}

export interface Fingerprint {
  readonly id: string;
  readonly summary: Record<string, string>;
  readonly daily: Record<string, string>;
  readonly histogram: string;
  readonly counts: string;
}

/** The fingerprint of one replication result. */
export function fingerprint(r: ReplicationResult): Fingerprint {
  return {
    id: `seed ${r.seed} replication ${r.replication} days ${r.days}`,
    summary: Object.fromEntries(Object.entries(r.summary).map(([k, v]) => [k, v === null ? 'null' : bitsOf(v)])),
    daily: Object.fromEntries(Object.entries(r.daily).map(([k, v]) => [k, bytesHash(v)])),
    histogram: `${bitsOf(r.custodyHistogram.binHours)} ${bytesHash(r.custodyHistogram.counts)}`,
    counts: `events ${r.events} people ${r.people} changes ${r.policyChangeDays.join(',')}`,
  };
}
