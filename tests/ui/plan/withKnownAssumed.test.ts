import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import type { ConceptId } from '../../../src/core/model/ConceptId';
import type { ProgressState } from '../../../src/core/progress/Progress';
import { withKnownAssumed } from '../../../src/ui/plan/withKnownAssumed';
import { fixtureIndex } from '../fixtures/fixtureIndex';

const graph = buildGraph(fixtureIndex.concepts);
const ids = (...list: string[]) => list as ConceptId[];
const states = (entries: Record<string, ProgressState>) => new Map(Object.entries(entries));

describe('withKnownAssumed', () => {
  it('adds only the known concepts a recipient’s plan would stop at', () => {
    // Vectors is needed only by Matrices, which is assumed too: the recipient never reaches it.
    const spec = { targets: ids('linear-regression'), known: [], title: 'Week 2' };
    expect(withKnownAssumed(graph, spec, states({ vectors: 'known', matrices: 'known' }))).toEqual({
      spec: { targets: ['linear-regression'], known: ['matrices'], title: 'Week 2' },
      added: 1,
    });
  });

  it('keeps what the plan already assumes and never assumes a target or a concept being learnt', () => {
    const spec = { targets: ids('logistic-regression'), known: ids('vectors') };
    const mine = states({ matrices: 'known', 'logistic-regression': 'known', derivatives: 'learning', backpropagation: 'known' });
    expect(withKnownAssumed(graph, spec, mine)).toEqual({
      spec: { targets: ['logistic-regression'], known: ['vectors', 'matrices'] },
      added: 1,
    });
  });

  it('leaves the plan as it is when the learner knows none of its concepts', () => {
    const spec = { targets: ids('chain-rule'), known: [] };
    const result = withKnownAssumed(graph, spec, states({ vectors: 'known' }));
    expect(result.added).toBe(0);
    expect(result.spec).toBe(spec);
  });
});
