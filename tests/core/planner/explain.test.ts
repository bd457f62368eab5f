import { describe, expect, it } from 'vitest';
import type { ConceptGraph } from '../../../src/core/graph/ConceptGraph';
import { explain } from '../../../src/core/planner/explain';
import { planFor } from '../../../src/core/planner/planFor';
import { graphOf } from './graphOf';

function planOf(g: ConceptGraph, targets: string[], known: string[] = []) {
  const result = planFor(g, targets, new Set(known));
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe('explain', () => {
  const g = graphOf({
    backprop: [
      ['chain-rule', 'The backward pass applies the chain rule.'],
      ['nets', 'Backprop trains nets.'],
    ],
    nets: [['vectors', 'A layer maps vectors.']],
    'chain-rule': [['derivatives', 'The chain rule composes derivatives.']],
    derivatives: [],
    vectors: [],
  });

  it('gives the chain from a step to the target with the reason each link is needed', () => {
    expect(explain(g, planOf(g, ['backprop']), 'derivatives')).toEqual([
      { id: 'derivatives', title: 'Title of derivatives', reason: 'The chain rule composes derivatives.' },
      { id: 'chain-rule', title: 'Title of chain-rule', reason: 'The backward pass applies the chain rule.' },
      { id: 'backprop', title: 'Title of backprop' },
    ]);
  });

  it('explains a target by itself and a concept outside the plan by nothing', () => {
    const plan = planOf(g, ['backprop'], ['vectors']);
    expect(explain(g, plan, 'backprop')).toEqual([{ id: 'backprop', title: 'Title of backprop' }]);
    expect(explain(g, plan, 'vectors')).toEqual([]);
    expect(explain(g, plan, 'no-such-id')).toEqual([]);
  });

  it('takes the shortest chain to a target', () => {
    const h = graphOf({ t: ['a', 'long'], long: ['longer'], longer: ['a'], a: [] });
    expect(explain(h, planOf(h, ['t']), 'a').map((l) => l.id)).toEqual(['a', 't']);
  });

  it('stops at the first target on the way', () => {
    const h = graphOf({ t: ['u'], u: ['a'], a: [] });
    expect(explain(h, planOf(h, ['t', 'u']), 'a').map((l) => l.id)).toEqual(['a', 'u']);
  });

  it('gives the reason as HTML too when it has math', () => {
    const h = graphOf({ t: [['a', 'Uses $x$.']], a: [] });
    const html = '<span class="katex">x</span>';
    const withHtml = {
      ...h,
      concepts: h.concepts.map((c) => (c.id === 't' ? { ...c, prerequisites: [{ ...c.prerequisites[0]!, reasonHtml: html }] } : c)),
    };
    expect(explain(withHtml, planOf(withHtml, ['t']), 'a')[0]).toEqual({
      id: 'a',
      title: 'Title of a',
      reason: 'Uses $x$.',
      reasonHtml: html,
    });
  });
});
