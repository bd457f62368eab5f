import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import { buildGraph, dependentsOf, prerequisitesOf } from '../../../src/core/graph/buildGraph';
import { concept } from '../planner/graphOf';

const ids = (graph: ReturnType<typeof buildGraph>, xs: Uint32Array) => [...xs].map((i) => graph.ids[i]);

describe('buildGraph', () => {
  it('interns concepts in input order and keeps prerequisites in the author’s order', () => {
    const graph = buildGraph([concept('c', ['b', 'a']), concept('a'), concept('b', ['a'])]);
    expect(graph.ids).toEqual(['c', 'a', 'b']);
    expect(ids(graph, prerequisitesOf(graph, 0))).toEqual(['b', 'a']);
    expect(ids(graph, dependentsOf(graph, 1))).toEqual(['c', 'b']);
    expect(ids(graph, dependentsOf(graph, 0))).toEqual([]);
  });

  it('drops unknown prerequisites, self-edges and repeated edges, and keeps the first of duplicate ids', () => {
    const graph = buildGraph([concept('a', ['a', 'ghost', 'b', 'b']), concept('b'), { ...concept('a'), title: 'second a' }]);
    expect(graph.ids).toEqual(['a', 'b']);
    expect(graph.concepts[0]!.title).toBe('Title of a');
    expect(ids(graph, prerequisitesOf(graph, 0))).toEqual(['b']);
  });

  it('resolves aliases to their concept, but never over a real id', () => {
    const graph = buildGraph([concept('new-name', [], { aliases: ['old-name', 'b'] as ConceptId[] }), concept('b')]);
    expect(graph.index.get('old-name')).toBe(0);
    expect(graph.index.get('b')).toBe(1);
  });

  it('makes dependents the exact reverse of prerequisites (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(19), { maxLength: 4 }), { minLength: 1, maxLength: 20 }), (lists) => {
        const n = lists.length;
        const graph = buildGraph(
          lists.map((ps, i) =>
            concept(
              `c${i}`,
              ps.filter((p) => p < n).map((p) => `c${p}`),
            ),
          ),
        );
        const forward = new Set<string>();
        for (let i = 0; i < n; i++) for (const j of prerequisitesOf(graph, i)) forward.add(`${i}>${j}`);
        const reverse = new Set<string>();
        for (let j = 0; j < n; j++) for (const i of dependentsOf(graph, j)) reverse.add(`${i}>${j}`);
        expect(reverse).toEqual(forward);
        expect(graph.prereqTargets.length).toBe(forward.size);
      }),
    );
  });
});
