import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { downstream } from '../../../src/core/planner/downstream';
import { concept, graphOf } from './graphOf';

describe('downstream', () => {
  it('lists what a concept unlocks directly and transitively, nearest first, by title', () => {
    const g = buildGraph([
      concept('a'),
      concept('c', ['a'], { title: 'Cherry' }),
      concept('b', ['a'], { title: 'Banana' }),
      concept('d', ['b', 'c'], { title: 'Date' }),
      concept('e', ['d'], { title: 'Elder' }),
      concept('unrelated'),
    ]);
    expect(downstream(g, 'a')).toEqual({ direct: ['b', 'c'], all: ['b', 'c', 'd', 'e'] });
    expect(downstream(g, 'd')).toEqual({ direct: ['e'], all: ['e'] });
    expect(downstream(g, 'e')).toEqual({ direct: [], all: [] });
  });

  it('resolves an alias and gives empty lists for an unknown id', () => {
    const g = buildGraph([concept('a', [], { aliases: ['old' as never] }), concept('b', ['a'])]);
    expect(downstream(g, 'old')).toEqual({ direct: ['b'], all: ['b'] });
    expect(downstream(g, 'nope')).toEqual({ direct: [], all: [] });
  });

  it('never lists the concept itself, even on a cycle', () => {
    const g = graphOf({ a: ['c'], b: ['a'], c: ['b'] });
    expect(downstream(g, 'a')).toEqual({ direct: ['b'], all: ['b', 'c'] });
  });
});
