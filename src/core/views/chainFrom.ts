import type { LayoutEdge } from '../layout';

/** Nodes and edges on some path from a node onwards. */
export interface Chain {
  readonly nodes: ReadonlySet<number>;
  /** Indices into the edge list passed in. */
  readonly edges: ReadonlySet<number>;
}

/**
 * Everything a node leads to along `edges` (itself included), and the edges between those nodes:
 * in a plan every path ends at a target, so this is the node's chain to the targets, the answer
 * to "why is this here?".
 */
export function chainFrom(nodeCount: number, edges: readonly LayoutEdge[], start: number): Chain {
  const out: number[][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach(([a], k) => out[a]?.push(k));
  const nodes = new Set<number>([start]);
  const chainEdges = new Set<number>();
  const stack = [start];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const k of out[v] ?? []) {
      chainEdges.add(k);
      const w = edges[k]![1];
      if (nodes.has(w)) continue;
      nodes.add(w);
      stack.push(w);
    }
  }
  return { nodes, edges: chainEdges };
}
