import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignLayers } from '../../../src/core/layout/assignLayers';
import { dagArbitrary } from './dagArbitrary';

describe('assignLayers', () => {
  it('puts every prerequisite on an earlier layer, starting at layer 0', () => {
    fc.assert(
      fc.property(dagArbitrary(), ({ nodeCount, edges }) => {
        const layer = assignLayers(nodeCount, edges);
        for (const [a, b] of edges) expect(layer[a]).toBeLessThan(layer[b]!);
        expect(Math.min(...layer)).toBe(0);
      }),
    );
  });

  it('moves a lone source down next to what needs it', () => {
    // 0 → 1 → 2 → 3, and 4 → 3: 4 belongs on layer 2, not beside 0.
    const layer = assignLayers(5, [
      [0, 1],
      [1, 2],
      [2, 3],
      [4, 3],
    ]);
    expect(Array.from(layer)).toEqual([0, 1, 2, 3, 2]);
  });
});
