import type { LayoutEdge } from './Layout';

/** The acyclic part of a graph and the edges left out to make it so. */
export interface AcyclicEdges {
  readonly edges: readonly LayoutEdge[];
  readonly dropped: readonly LayoutEdge[];
}

/**
 * Drops the back edges of a depth-first search (and self-edges and repeats), so what is left is a
 * DAG. Content with a cycle is reported by the compiler; the drawing must still work meanwhile.
 * Invariant: `edges` keeps the input order of the edges it keeps.
 */
export function breakCycles(nodeCount: number, input: readonly LayoutEdge[]): AcyclicEdges {
  const out: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b] of input) out[a]!.push(b);
  // 0 unvisited, 1 on the stack, 2 done; back edges point to a node on the stack.
  const mark = new Uint8Array(nodeCount);
  const back = new Set<number>();
  const key = (a: number, b: number): number => a * nodeCount + b;
  for (let root = 0; root < nodeCount; root++) {
    if (mark[root] !== 0) continue;
    const stack: [number, number][] = [[root, 0]];
    mark[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [v, k] = top;
      const next = out[v]![k];
      if (next === undefined) {
        mark[v] = 2;
        stack.pop();
        continue;
      }
      top[1] = k + 1;
      if (mark[next] === 1) back.add(key(v, next));
      else if (mark[next] === 0) {
        mark[next] = 1;
        stack.push([next, 0]);
      }
    }
  }
  const seen = new Set<number>();
  const edges: LayoutEdge[] = [];
  const dropped: LayoutEdge[] = [];
  for (const edge of input) {
    const [a, b] = edge;
    const k = key(a, b);
    if (seen.has(k)) continue;
    seen.add(k);
    if (a === b || back.has(k)) dropped.push(edge);
    else edges.push(edge);
  }
  return { edges, dropped };
}
