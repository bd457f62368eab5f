import type { ProperGraph } from './ProperGraph';
import { isotonicPlacement } from './isotonicPlacement';

/** Alternating placement sweeps; positions settle well before this on plan-sized graphs. */
const ROUNDS = 8;

/**
 * Positions along each layer (box centres) for a fixed order: every node is pulled towards its
 * neighbours in the layer just placed, and each layer is solved exactly under the no-overlap
 * constraints, sweeping down, up, then both ways. Long edges weigh more (8 between two dummies,
 * 2 at a dummy's end) so they run straight. Invariant: neighbouring boxes keep `gap` apart
 * (`gap / 2` between two dummies) and the leftmost box edge is at 0.
 */
export function assignCoordinates(graph: ProperGraph, layers: readonly number[][], breadth: Float64Array, gap: number): Float64Array {
  const x = new Float64Array(graph.size);
  const separations = layers.map((layer) =>
    layer.slice(1).map((w, i) => {
      const v = layer[i]!;
      const bothDummies = v >= graph.realCount && w >= graph.realCount;
      return (breadth[v]! + breadth[w]!) / 2 + (bothDummies ? gap / 2 : gap);
    }),
  );
  let widest = 0;
  layers.forEach((layer, l) => {
    let at = 0;
    layer.forEach((v, i) => {
      x[v] = at;
      at += separations[l]![i] ?? 0;
    });
    widest = Math.max(widest, at);
  });
  // Centre each packed layer on the widest so the first sweep starts from a balanced picture.
  layers.forEach((layer) => {
    if (layer.length === 0) return;
    const shift = (widest - x[layer[layer.length - 1]!]!) / 2;
    for (const v of layer) x[v]! += shift;
  });
  const weight = (v: number, n: number): number =>
    (v >= graph.realCount ? 2 : 1) * (n >= graph.realCount ? 2 : 1) * (v >= graph.realCount && n >= graph.realCount ? 2 : 1);
  const place = (l: number, sides: readonly (readonly (readonly number[])[])[]): void => {
    const layer = layers[l]!;
    const wanted: number[] = [];
    const weights: number[] = [];
    for (const v of layer) {
      let sum = 0;
      let total = 0;
      for (const side of sides) {
        for (const n of side[v]!) {
          const w = weight(v, n);
          sum += w * x[n]!;
          total += w;
        }
      }
      // A node with no neighbours on the chosen sides stays where it is, loosely.
      wanted.push(total > 0 ? sum / total : x[v]!);
      weights.push(total > 0 ? total : 0.05);
    }
    const placed = isotonicPlacement(wanted, weights, separations[l]!);
    layer.forEach((v, i) => (x[v] = placed[i]!));
  };
  const last = layers.length - 1;
  for (let round = 0; round < ROUNDS; round++) {
    if (round < ROUNDS - 2) {
      const downward = round % 2 === 0;
      for (let k = 1; k <= last; k++) {
        const l = downward ? k : last - k;
        place(l, [downward ? graph.up : graph.down]);
      }
    } else {
      for (let l = 0; l <= last; l++) place(l, [graph.up, graph.down]);
    }
  }
  let left = Infinity;
  for (let v = 0; v < graph.size; v++) left = Math.min(left, x[v]! - breadth[v]! / 2);
  if (Number.isFinite(left)) for (let v = 0; v < graph.size; v++) x[v]! -= left;
  return x;
}
