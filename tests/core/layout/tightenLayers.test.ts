import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LayoutEdge } from '../../../src/core/layout';
import { tightenLayers } from '../../../src/core/layout/tightenLayers';
import { topologicalOrder } from '../../../src/core/layout/topologicalOrder';
import { dagArbitrary } from './dagArbitrary';

const span = (edges: readonly LayoutEdge[], layer: Int32Array) => edges.reduce((sum, [a, b]) => sum + layer[b]! - layer[a]!, 0);

/** Longest-path layers: a valid start, usually far from the shortest. */
function longestPath(nodeCount: number, edges: readonly LayoutEdge[]): Int32Array {
  const layer = new Int32Array(nodeCount);
  for (const v of topologicalOrder(nodeCount, edges))
    for (const [a, b] of edges) if (b === v) layer[v] = Math.max(layer[v]!, layer[a]! + 1);
  return layer;
}

/** The least total edge length over every valid layering with layers below `nodeCount` (tiny graphs only). */
function bruteForceSpan(nodeCount: number, edges: readonly LayoutEdge[]): number {
  let best = Infinity;
  const layer = new Int32Array(nodeCount);
  const visit = (v: number): void => {
    if (v === nodeCount) {
      if (edges.every(([a, b]) => layer[b]! > layer[a]!)) best = Math.min(best, span(edges, layer));
      return;
    }
    for (let l = 0; l < nodeCount; l++) {
      layer[v] = l;
      visit(v + 1);
    }
  };
  visit(0);
  return best;
}

describe('tightenLayers', () => {
  it('keeps every edge going down, each component starting at layer 0, never lengthening the whole', () => {
    fc.assert(
      fc.property(dagArbitrary(), ({ nodeCount, edges }) => {
        const layer = longestPath(nodeCount, edges);
        const before = span(edges, layer);
        tightenLayers(nodeCount, edges, layer);
        for (const [a, b] of edges) expect(layer[b]! - layer[a]!).toBeGreaterThanOrEqual(1);
        expect(span(edges, layer)).toBeLessThanOrEqual(before);
        if (nodeCount > 0) expect(Math.min(...layer)).toBe(0);
      }),
    );
  });

  it('finds the least total edge length (checked by brute force on small graphs)', () => {
    fc.assert(
      fc.property(dagArbitrary(6), ({ nodeCount, edges }) => {
        const layer = longestPath(nodeCount, edges);
        tightenLayers(nodeCount, edges, layer);
        expect(span(edges, layer)).toBe(bruteForceSpan(nodeCount, edges));
      }),
      { numRuns: 60 },
    );
  });
});
