import { describe, expect, it } from 'vitest';
import { chainFrom } from '../../../src/core/views/chainFrom';

describe('chainFrom', () => {
  // 0 → 1 → 3, 2 → 3, 3 → 4, and 5 on its own beside 1.
  const edges = [
    [0, 1],
    [1, 3],
    [2, 3],
    [3, 4],
    [5, 4],
  ] as const;

  it('follows every path onwards from a node, with the edges used', () => {
    const chain = chainFrom(6, edges, 1);
    expect([...chain.nodes].sort()).toEqual([1, 3, 4]);
    expect([...chain.edges].sort()).toEqual([1, 3]);
  });

  it('is the node alone at the end of the plan', () => {
    const chain = chainFrom(6, edges, 4);
    expect([...chain.nodes]).toEqual([4]);
    expect(chain.edges.size).toBe(0);
  });
});
