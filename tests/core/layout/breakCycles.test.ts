import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakCycles } from '../../../src/core/layout/breakCycles';
import { topologicalOrder } from '../../../src/core/layout/topologicalOrder';

describe('breakCycles', () => {
  it('drops one edge of a two-node cycle, a self-edge and a repeated edge', () => {
    const { edges, dropped } = breakCycles(3, [
      [0, 1],
      [1, 0],
      [2, 2],
      [0, 1],
      [1, 2],
    ]);
    expect(edges).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(dropped).toEqual([
      [1, 0],
      [2, 2],
    ]);
  });

  it('leaves a DAG whose topological order covers every node', () => {
    const graph = fc
      .integer({ min: 1, max: 20 })
      .chain((n) => fc.record({ n: fc.constant(n), edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }) }));
    fc.assert(
      fc.property(graph, ({ n, edges }) => {
        const result = breakCycles(n, edges);
        expect(topologicalOrder(n, result.edges)).toHaveLength(n);
      }),
    );
  });
});
