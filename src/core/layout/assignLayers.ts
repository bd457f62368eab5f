import type { LayoutEdge } from './Layout';
import { tightenLayers } from './tightenLayers';
import { topologicalOrder } from './topologicalOrder';

/** Most passes of edge-shortening moves; each pass is linear and they stop early once stable. */
const MAX_PASSES = 16;

/**
 * Puts each node of a DAG on an integer layer so that every edge goes down at least one layer,
 * keeping edges as short as possible: longest-path layering, nodes moved within their slack
 * towards the side with more edges, then network simplex (`tightenLayers`) for the least total
 * length. Short edges mean fewer dummy nodes, so fewer crossings and a faster layout. Invariant:
 * each connected component's layers start at 0.
 */
export function assignLayers(nodeCount: number, edges: readonly LayoutEdge[]): Int32Array {
  const ins: number[][] = Array.from({ length: nodeCount }, () => []);
  const outs: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b] of edges) {
    outs[a]!.push(b);
    ins[b]!.push(a);
  }
  const order = topologicalOrder(nodeCount, edges);
  const layer = new Int32Array(nodeCount);
  for (const v of order) for (const p of ins[v]!) layer[v] = Math.max(layer[v]!, layer[p]! + 1);

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    // Bottom-up lets a source drop next to what needs it in one pass, top-down lets a sink rise.
    const sequence = pass % 2 === 0 ? [...order].reverse() : order;
    for (const v of sequence) {
      const pull = ins[v]!.length - outs[v]!.length;
      if (pull === 0) continue;
      if (pull < 0) {
        if (outs[v]!.length === 0) continue;
        let hi = Infinity;
        for (const d of outs[v]!) hi = Math.min(hi, layer[d]! - 1);
        if (hi > layer[v]!) {
          layer[v] = hi;
          moved = true;
        }
      } else {
        let lo = 0;
        for (const p of ins[v]!) lo = Math.max(lo, layer[p]! + 1);
        if (lo < layer[v]!) {
          layer[v] = lo;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  // The local moves leave the start of network simplex close to its optimum, so it pivots little.
  tightenLayers(nodeCount, edges, layer);
  return layer;
}
