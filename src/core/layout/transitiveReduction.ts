import type { LayoutEdge } from './Layout';
import { topologicalOrder } from './topologicalOrder';

/** A DAG's edges split into those no longer path implies (`kept`) and the rest (`hidden`). */
export interface ReducedEdges {
  readonly kept: readonly LayoutEdge[];
  readonly hidden: readonly LayoutEdge[];
}

/**
 * The transitive reduction of a DAG: an edge `a → c` is hidden when another path leads from `a` to
 * `c`. Reachability is kept as one bitset per node, filled in reverse topological order, so the
 * cost is O(n·e/32). Invariants: both lists keep input order; kept and hidden edges have the same
 * reachability as the input.
 */
export function transitiveReduction(nodeCount: number, edges: readonly LayoutEdge[]): ReducedEdges {
  const order = topologicalOrder(nodeCount, edges);
  const rank = new Uint32Array(nodeCount);
  order.forEach((v, i) => (rank[v] = i));
  const words = Math.ceil(nodeCount / 32);
  const reach = new Uint32Array(nodeCount * words);
  const out: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b] of edges) out[a]!.push(b);
  const redundant = new Set<number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const u = order[i]!;
    // Nearest targets first: a target reachable through another must come after it.
    const targets = [...out[u]!].sort((p, q) => rank[p]! - rank[q]!);
    const base = u * words;
    for (const c of targets) {
      if ((reach[base + (c >>> 5)]! & (1 << (c & 31))) !== 0) {
        redundant.add(u * nodeCount + c);
        continue;
      }
      reach[base + (c >>> 5)]! |= 1 << (c & 31);
      const from = c * words;
      for (let w = 0; w < words; w++) reach[base + w]! |= reach[from + w]!;
    }
  }
  const kept: LayoutEdge[] = [];
  const hidden: LayoutEdge[] = [];
  for (const edge of edges) (redundant.has(edge[0] * nodeCount + edge[1]) ? hidden : kept).push(edge);
  return { kept, hidden };
}
