import type { ProperGraph } from './ProperGraph';
import { swapGain } from './transposeLayers';

/**
 * Sifting (Matuszewski, Schönfeld and Molitor 1999): each node in turn moves to the place in its
 * layer where its edges cross the fewest others, given the layers above and below. A node's
 * crossings change only with the nodes it passes, so each place is priced incrementally. Never
 * adds crossings; updates `layers` and `pos`.
 */
export function siftLayers(graph: ProperGraph, layers: number[][], pos: Int32Array): void {
  for (const layer of layers) {
    if (layer.length < 3) continue;
    // Nodes with the most edges first: they decide most crossings.
    const order = [...layer].sort((a, b) => degree(graph, b) - degree(graph, a) || pos[a]! - pos[b]!);
    for (const v of order) {
      const from = pos[v]!;
      const rest = layer.filter((w) => w !== v);
      // Cost of v at place p relative to v leftmost: sum over passed w of (swap - keep).
      let cost = 0;
      let best = 0;
      let bestCost = 0;
      let costAtFrom = 0;
      for (let p = 0; p < rest.length; p++) {
        cost += swapGain(graph, v, rest[p]!, pos);
        if (p + 1 === from) costAtFrom = cost;
        if (cost < bestCost) {
          bestCost = cost;
          best = p + 1;
        }
      }
      if (from === 0) costAtFrom = 0;
      if (bestCost >= costAtFrom) continue;
      rest.splice(best, 0, v);
      rest.forEach((w, i) => {
        layer[i] = w;
        pos[w] = i;
      });
    }
  }
}

function degree(graph: ProperGraph, v: number): number {
  return graph.up[v]!.length + graph.down[v]!.length;
}
