import fc from 'fast-check';
import type { LayoutEdge } from '../../../src/core/layout/Layout';

/** A random DAG: edges only from a lower to a higher index, then labels shuffled. */
export const dagArbitrary = (maxNodes = 24): fc.Arbitrary<{ nodeCount: number; edges: LayoutEdge[] }> =>
  fc
    .integer({ min: 1, max: maxNodes })
    .chain((n) =>
      fc.record({
        nodeCount: fc.constant(n),
        pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
        labels: fc.shuffledSubarray(
          Array.from({ length: n }, (_, i) => i),
          { minLength: n, maxLength: n },
        ),
      }),
    )
    .map(({ nodeCount, pairs, labels }) => {
      const seen = new Set<string>();
      const edges: LayoutEdge[] = [];
      for (const [a, b] of pairs) {
        if (a === b) continue;
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const key = `${lo},${hi}`;
        if (seen.has(key)) continue;
        seen.add(key);
        edges.push([labels[lo]!, labels[hi]!]);
      }
      return { nodeCount, edges };
    });

/** Nodes reachable from each node (itself excluded), by depth-first search. */
export function reachability(nodeCount: number, edges: readonly LayoutEdge[]): Set<number>[] {
  const out: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b] of edges) out[a]!.push(b);
  return out.map((_, start) => {
    const seen = new Set<number>();
    const stack = [...out[start]!];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      stack.push(...out[v]!);
    }
    return seen;
  });
}
