import type { LayoutEdge } from './Layout';

/**
 * Nodes of a DAG so that every edge goes from an earlier to a later one (Kahn's algorithm, ties by
 * index, so the order is deterministic). Nodes on a cycle are left out: callers pass a DAG.
 */
export function topologicalOrder(nodeCount: number, edges: readonly LayoutEdge[]): number[] {
  const indegree = new Uint32Array(nodeCount);
  const out: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b] of edges) {
    out[a]!.push(b);
    indegree[b]!++;
  }
  const order: number[] = [];
  for (let v = 0; v < nodeCount; v++) if (indegree[v] === 0) order.push(v);
  for (let head = 0; head < order.length; head++) {
    for (const w of out[order[head]!]!) if (--indegree[w]! === 0) order.push(w);
  }
  return order;
}
