import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { frontier } from '../../../src/core/planner/frontier';
import { concept, graphOf } from './graphOf';
import { randomDag, subsetOf } from './randomGraph';

describe('frontier', () => {
  it('lists the concepts not known whose prerequisites are all known', () => {
    const g = graphOf({ a: [], b: ['a'], c: ['a', 'x'], x: [], d: ['b'] });
    expect(new Set(frontier(g, new Set(['a'])).map((e) => e.id))).toEqual(new Set(['b', 'x']));
    expect(new Set(frontier(g, new Set()).map((e) => e.id))).toEqual(new Set(['a', 'x']));
  });

  it('ranks by how many concepts learning each one unlocks, directly or in turn', () => {
    // Learning `a` makes b, then d and e learnable; c also needs x, so neither unlocks it alone.
    const g = graphOf({ a: [], x: [], b: ['a'], c: ['a', 'x'], d: ['b'], e: ['b', 'd'], y: ['x'] });
    expect(frontier(g, new Set())).toEqual([
      { id: 'a', unlocks: 3 },
      { id: 'x', unlocks: 1 },
    ]);
  });

  it('counts a concept reached from one frontier concept along several paths once', () => {
    const g = graphOf({ f: [], l: ['f'], r: ['f'], top: ['l', 'r'] });
    expect(frontier(g, new Set())).toEqual([{ id: 'f', unlocks: 3 }]);
  });

  it('breaks ties by title, then id', () => {
    const g = buildGraph([
      concept('z', [], { title: 'Apple' }),
      concept('a', [], { title: 'banana' }),
      concept('m', [], { title: 'Apple' }),
    ]);
    expect(frontier(g, new Set()).map((e) => e.id)).toEqual(['m', 'z', 'a']);
  });

  it('resolves aliases and ignores unknown ids in the known set', () => {
    const g = buildGraph([concept('a', [], { aliases: ['old' as never] }), concept('b', ['a'])]);
    expect(frontier(g, new Set(['old', 'nope']))).toEqual([{ id: 'b', unlocks: 0 }]);
  });

  it('is empty when everything is known', () => {
    const g = graphOf({ a: [], b: ['a'] });
    expect(frontier(g, new Set(['a', 'b']))).toEqual([]);
  });

  it('matches a brute-force count on random DAGs, whatever the input order', () => {
    fc.assert(
      fc.property(
        randomDag().chain((graph) => fc.record({ graph: fc.constant(graph), known: subsetOf(graph.ids) })),
        ({ graph, known }) => {
          const { prerequisites, ids } = graph;
          const unknown = ids.filter((id) => !known.has(id));
          const ready = unknown.filter((id) => prerequisites[id]!.every((p) => known.has(p)));
          // The frontier concepts a concept's unknown prerequisites lead down to.
          const sources = (id: string): Set<string> =>
            ready.includes(id) ? new Set([id]) : new Set(prerequisites[id]!.filter((p) => !known.has(p)).flatMap((p) => [...sources(p)]));
          const expected = ready.map((f) => ({
            id: f,
            unlocks: unknown.filter((d) => d !== f && sources(d).size === 1 && sources(d).has(f)).length,
          }));
          const result = frontier(buildGraph(graph.metas), known);
          expect(new Set(result.map((e) => JSON.stringify(e)))).toEqual(new Set(expected.map((e) => JSON.stringify(e))));
          for (let k = 1; k < result.length; k++) expect(result[k - 1]!.unlocks).toBeGreaterThanOrEqual(result[k]!.unlocks);
          expect(frontier(buildGraph([...graph.metas].reverse()), known)).toEqual(result);
        },
      ),
      { numRuns: 200 },
    );
  });
});
