import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, prerequisitesOf } from '../../../src/core/graph/buildGraph';
import type { ConceptGraph } from '../../../src/core/graph/ConceptGraph';
import { findCycles, stronglyConnectedComponents } from '../../../src/core/graph/findCycles';
import { acyclicGraph, anyGraph, concept } from './graphArbitraries';

/** Kahn's algorithm: true when every concept can be ordered after its prerequisites. */
function isAcyclic(graph: ConceptGraph): boolean {
  const n = graph.ids.length;
  const remaining = Array.from({ length: n }, (_, i) => prerequisitesOf(graph, i).length);
  const ready = remaining.flatMap((d, i) => (d === 0 ? [i] : []));
  let seen = 0;
  while (ready.length > 0) {
    const v = ready.pop()!;
    seen++;
    for (let k = graph.dependentOffsets[v]!; k < graph.dependentOffsets[v + 1]!; k++) {
      const w = graph.dependentTargets[k]!;
      if (--remaining[w]! === 0) ready.push(w);
    }
  }
  return seen === n;
}

const ids = (graph: ConceptGraph, cycle: readonly number[]) => cycle.map((i) => graph.ids[i]);

describe('findCycles', () => {
  it('names a three-concept cycle in order, starting at its lowest index', () => {
    const graph = buildGraph([concept('a', ['b']), concept('b', ['c']), concept('c', ['a']), concept('d', ['a'])]);
    expect(findCycles(graph).map((c) => ids(graph, c))).toEqual([['a', 'b', 'c']]);
  });

  it('reports one cycle per strongly connected component', () => {
    const graph = buildGraph([concept('a', ['b']), concept('b', ['a']), concept('x', ['y']), concept('y', ['x', 'a'])]);
    expect(findCycles(graph).map((c) => ids(graph, c))).toEqual([
      ['a', 'b'],
      ['x', 'y'],
    ]);
  });

  it('finds nothing in a chain of 100,000 concepts (no recursion)', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => concept(`c${i}`, i > 0 ? [`c${i - 1}`] : []));
    expect(findCycles(buildGraph(chain))).toEqual([]);
    chain[0] = concept('c0', ['c99999']);
    expect(findCycles(buildGraph(chain))[0]).toHaveLength(100_000);
  });

  it('reports only real cycles: each concept lists the next as a prerequisite', () => {
    fc.assert(
      fc.property(anyGraph, (concepts) => {
        const graph = buildGraph(concepts);
        for (const cycle of findCycles(graph)) {
          expect(cycle.length).toBeGreaterThanOrEqual(2);
          expect(new Set(cycle).size).toBe(cycle.length);
          for (const [k, v] of cycle.entries()) {
            const next = cycle[(k + 1) % cycle.length]!;
            expect([...prerequisitesOf(graph, v)]).toContain(next);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports a cycle exactly when the graph has one', () => {
    fc.assert(
      fc.property(anyGraph, (concepts) => {
        const graph = buildGraph(concepts);
        expect(findCycles(graph).length > 0).toBe(!isAcyclic(graph));
      }),
      { numRuns: 300 },
    );
  });

  it('reports nothing for an acyclic graph', () => {
    fc.assert(
      fc.property(acyclicGraph, (concepts) => {
        expect(findCycles(buildGraph(concepts))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('partitions the concepts into components', () => {
    fc.assert(
      fc.property(anyGraph, (concepts) => {
        const components = stronglyConnectedComponents(buildGraph(concepts));
        expect(components.flat().sort((a, b) => a - b)).toEqual(concepts.map((_, i) => i));
      }),
      { numRuns: 200 },
    );
  });
});
