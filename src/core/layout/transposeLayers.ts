import type { ProperGraph } from './ProperGraph';

/** Rounds of swapping after which transposition stops even if it still finds improvements. */
const MAX_ROUNDS = 8;

/**
 * Swaps neighbouring nodes of a layer whenever that removes crossings with the layers above and
 * below (the "transpose" step of Gansner et al. 1993), until no swap helps. Updates `pos`.
 */
export function transposeLayers(graph: ProperGraph, layers: number[][], pos: Int32Array): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let improved = false;
    for (const layer of layers) {
      for (let i = 0; i + 1 < layer.length; i++) {
        const v = layer[i]!;
        const w = layer[i + 1]!;
        if (swapGain(graph, v, w, pos) < 0) {
          layer[i] = w;
          layer[i + 1] = v;
          pos[w] = i;
          pos[v] = i + 1;
          improved = true;
        }
      }
    }
    if (!improved) return;
  }
}

/**
 * How many more crossings the edges of `v` and `w` have with `w` left of `v` than with `v` left of
 * `w` (negative: swapping them helps). Only the difference matters to every caller.
 */
export function swapGain(graph: ProperGraph, v: number, w: number, pos: Int32Array): number {
  return sideGain(graph.up[v]!, graph.up[w]!, pos) + sideGain(graph.down[v]!, graph.down[w]!, pos);
}

function sideGain(vs: readonly number[], ws: readonly number[], pos: Int32Array): number {
  let gain = 0;
  for (let i = 0; i < vs.length; i++) {
    const pa = pos[vs[i]!]!;
    for (let j = 0; j < ws.length; j++) {
      const pb = pos[ws[j]!]!;
      // v left of w crosses when a is right of b; swapped, when a is left of b.
      if (pa > pb) gain--;
      else if (pa < pb) gain++;
    }
  }
  return gain;
}
