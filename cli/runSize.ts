/** Sizes of what runs hold and write. */

/** Largest part file a shard may write, and `merge` read (well below V8's longest string). */
export const MAX_PART_BYTES = 250e6;
