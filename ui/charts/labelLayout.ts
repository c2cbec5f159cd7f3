/**
 * Placing chart text without collisions, without a DOM to measure it: widths are estimated on
 * the generous side (0.62 em a character, the mean advance of a sans-serif's digits and
 * capitals), then labels are spread apart along one axis or packed into rows.
 */

/** Estimated width of `text` at `fontSize`, in the same units. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

/**
 * Moves labels apart along one axis so that no two overlap: each wants its centre at `at` and
 * is `size` long; all stay within [min, max] while they fit (when they do not, they run on
 * past `max`). Returns the centres in the input order: sorted, pushed past the previous one,
 * then pulled back from the end.
 */
export function spread(labels: readonly { readonly at: number; readonly size: number }[], min: number, max: number): number[] {
  const order = labels.map((l, i) => ({ at: l.at, size: l.size, i })).sort((a, b) => a.at - b.at);
  const c = order.map((l) => l.at);
  const gap = (k: number) => (order[k - 1]!.size + order[k]!.size) / 2;
  for (let k = 0; k < order.length; k++) c[k] = Math.max(c[k]!, k === 0 ? min + order[0]!.size / 2 : c[k - 1]! + gap(k));
  const last = order.length - 1;
  if (last >= 0 && c[last]! + order[last]!.size / 2 > max) {
    c[last] = max - order[last]!.size / 2;
    for (let k = last - 1; k >= 0; k--) c[k] = Math.min(c[k]!, c[k + 1]! - gap(k + 1));
    // Not enough room: start at `min` and let the last ones run past `max`.
    if (c[0]! - order[0]!.size / 2 < min) {
      c[0] = min + order[0]!.size / 2;
      for (let k = 1; k < order.length; k++) c[k] = Math.max(c[k]!, c[k - 1]! + gap(k));
    }
  }
  const out = new Array<number>(labels.length);
  order.forEach((l, k) => (out[l.i] = c[k]!));
  return out;
}

/**
 * Packs horizontal labels into rows: each label spans [x, x + width]; a label goes into the
 * first row where it overlaps nothing (with `gap`). Returns the row of each label.
 */
export function packRows(labels: readonly { readonly x: number; readonly width: number }[], gap = 6): number[] {
  const rows: { x: number; width: number }[][] = [];
  return labels.map((l) => {
    let r = rows.findIndex((row) => row.every((o) => l.x + l.width + gap <= o.x || o.x + o.width + gap <= l.x));
    if (r < 0) {
      r = rows.length;
      rows.push([]);
    }
    rows[r]!.push(l);
    return r;
  });
}

/** The largest number of ticks whose labels (about `labelWidth` wide each) fit along `length`. */
export function fittingTicks(length: number, labelWidth: number, wanted: number): number {
  return Math.max(2, Math.min(wanted, Math.floor(length / (labelWidth + 12))));
}
