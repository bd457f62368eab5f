import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { transitiveReduction } from '../../../src/core/layout/transitiveReduction';
import { dagArbitrary, reachability } from './dagArbitrary';

describe('transitiveReduction', () => {
  it('hides an edge that a longer path implies', () => {
    const { kept, hidden } = transitiveReduction(3, [
      [0, 1],
      [1, 2],
      [0, 2],
    ]);
    expect(kept).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(hidden).toEqual([[0, 2]]);
  });

  it('keeps both edges of a diamond and hides the shortcut across it', () => {
    const { kept, hidden } = transitiveReduction(4, [
      [0, 3],
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
    ]);
    expect(hidden).toEqual([[0, 3]]);
    expect(kept).toHaveLength(4);
  });

  it('keeps reachability and leaves no kept edge implied by another path', () => {
    fc.assert(
      fc.property(dagArbitrary(), ({ nodeCount, edges }) => {
        const { kept, hidden } = transitiveReduction(nodeCount, edges);
        expect(kept.length + hidden.length).toBe(edges.length);
        expect(reachability(nodeCount, kept)).toEqual(reachability(nodeCount, edges));
        for (const [a, b] of kept) {
          const without = kept.filter(([x, y]) => x !== a || y !== b);
          expect(reachability(nodeCount, without)[a]!.has(b)).toBe(false);
        }
      }),
    );
  });
});
