import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLayerCrossings } from '../../../src/core/layout/countLayerCrossings';

describe('countLayerCrossings', () => {
  it('counts the inversions between two layers as a pairwise check does', () => {
    const bipartite = fc.record({
      top: fc.integer({ min: 1, max: 8 }),
      bottom: fc.integer({ min: 1, max: 8 }),
      pairs: fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(bipartite, ({ top, bottom, pairs }) => {
        // Upper nodes are 0 .. top - 1, lower nodes follow; positions are their places in a layer.
        const edges = [...new Set(pairs.map(([u, v]) => `${u % top},${v % bottom}`))].map(
          (s) => s.split(',').map(Number) as [number, number],
        );
        const up: number[][] = Array.from({ length: top + bottom }, () => []);
        for (const [u, v] of edges) up[top + v]!.push(u);
        const pos = new Int32Array(top + bottom);
        for (let i = 0; i < top; i++) pos[i] = i;
        for (let i = 0; i < bottom; i++) pos[top + i] = i;
        const lower = Array.from({ length: bottom }, (_, i) => top + i);
        let brute = 0;
        for (const [a, b] of edges) for (const [c, d] of edges) if (a < c && b > d) brute++;
        expect(countLayerCrossings(lower, up, pos)).toBe(brute);
      }),
    );
  });
});
