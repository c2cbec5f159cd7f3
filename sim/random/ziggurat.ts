/**
 * Standard exponential variates by the ziggurat method (Marsaglia and Tsang, "The Ziggurat
 * Method for Generating Random Variables", J. Stat. Softw. 5(8), 2000), with 256 layers.
 *
 * The area under e^−x is cut into 256 horizontal layers of equal area V: a base strip
 * (holding the tail beyond R) and 255 rectangles stacked above it. A draw picks a layer and
 * a point along it; about 98.9 % of draws fall inside the part of the layer that lies
 * wholly under the curve and cost one uniform, a multiplication and a comparison, with no
 * logarithm. The rest test a wedge against e^−x, or (base strip) return R plus an
 * exponential tail by inversion, using the portable `exp` and `log`.
 *
 * One uniform gives both the layer (its top 8 bits) and the point (its other 45 bits),
 * which are independent because the uniform carries 53 random bits (see `Rng`); this
 * avoids the correlation Doornik (2005) found in the original, which took both from the
 * same 32 bits. The tables are computed once, with the portable `exp` and `log`, so every
 * engine gets the same tables and the same variates.
 *
 * Common random numbers: a draw depends on the stream alone, never on a rate or mean (the
 * caller scales it), so two scenarios that differ only in a rate see the same sequence of
 * standard variates, scaled.
 */
import type { Rng } from './stream.ts';
import { exp, log } from '../math/index.ts';

const LAYERS = 256;
/** Right edge of the lowest rectangle; the base strip holds the tail beyond it. */
const R = 7.69711747013104972;
/** Area of each layer: R e^−R (the rectangle) plus e^−R (the tail). */
const V = exp(-R) * (R + 1);

/** Right edges: X[0] = V / e^−R (the base strip's width), X[1] = R, …, X[256] = 0. */
const X = new Float64Array(LAYERS + 1);
/** Y[i] = e^−X[i]: the bottom of layer i (Y[0] = 0, the base) and the top of layer i − 1. */
const Y = new Float64Array(LAYERS + 1);
/** X[i + 1] / X[i]: a point of layer i below this fraction of its width is under the curve. */
const INNER = new Float64Array(LAYERS);

X[0] = V / exp(-R);
X[1] = R;
for (let i = 1; i < LAYERS - 1; i++) X[i + 1] = -log(exp(-X[i]!) + V / X[i]!);
X[LAYERS] = 0;
Y[0] = 0;
for (let i = 1; i <= LAYERS; i++) Y[i] = exp(-X[i]!);
for (let i = 0; i < LAYERS; i++) INNER[i] = X[i + 1]! / X[i]!;

/**
 * A standard exponential variate (mean 1). Kept small so that V8 inlines it into the
 * samplers; the rare cases are in `outside`.
 */
export function standardExponential(rng: Rng): number {
  for (;;) {
    const j = rng() * LAYERS;
    const layer = j | 0;
    const u = j - layer; // the uniform's other 45 bits, exactly
    if (u < INNER[layer]!) return u * X[layer]!;
    const x = outside(rng, layer, u);
    if (x >= 0) return x;
  }
}

/**
 * A point `u` of `layer` beyond the part wholly under the curve: the tail (base strip), or
 * a wedge accepted when a uniform height falls under e^−x. Returns −1 to reject.
 */
function outside(rng: Rng, layer: number, u: number): number {
  if (layer === 0) return R - log(1 - rng()); // the tail beyond R is R + Exp(1)
  const x = u * X[layer]!;
  const y = Y[layer]! + rng() * (Y[layer + 1]! - Y[layer]!);
  return y < exp(-x) ? x : -1;
}

/** @internal The tables, for tests. */
export const zigguratTables = { R, V, X, Y } as const;
