// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { asConceptId } from '../../src/core/model/ConceptId';
import { encodePlanUrl } from '../../src/core/planner/url/planUrl';
import { selectPlanView } from '../../src/store/selectors/selectPlanView';
import { selectStudyCard } from '../../src/store/selectors/selectStudyCard';
import { makeStore } from './storeFixture';

beforeEach(() => localStorage.clear());

function planOf(state: ReturnType<ReturnType<typeof makeStore>['getState']>, url: string) {
  const view = selectPlanView(state, url);
  if (!view.ok) throw new Error(view.message);
  return view;
}

describe('selectStudyCard', () => {
  it('says where each prerequisite stands: known, assumed by the plan, or an earlier step', () => {
    const store = makeStore();
    store.getState().mark('derivatives', 'known');
    const url = encodePlanUrl({ targets: [asConceptId('backpropagation')], known: [asConceptId('vectors')] });
    const { plan, spec } = planOf(store.getState(), url);
    const card = selectStudyCard(store.getState(), plan, spec.known, 'gradient-descent')!;
    expect(card.concept.title).toBe('Gradient descent');
    expect(card.prerequisites.map((p) => [p.id, p.standing, p.reason])).toEqual([
      ['derivatives', { kind: 'known' }, 'The gradient is made of derivatives.'],
      ['vectors', { kind: 'assumed' }, 'Steps are vectors.'],
    ]);
    const regression = selectStudyCard(store.getState(), plan, spec.known, 'logistic-regression')!;
    const number = (id: string) => plan.steps.findIndex((s) => s.id === id) + 1;
    expect(regression.prerequisites.map((p) => p.standing)).toEqual([
      { kind: 'step', number: number('linear-regression') },
      { kind: 'step', number: number('gradient-descent') },
    ]);
  });

  it('keeps core resources only, and carries a reason’s math', () => {
    const state = makeStore().getState();
    const { plan, spec } = planOf(state, '/plan/v1/backpropagation');
    expect(selectStudyCard(state, plan, spec.known, 'vectors')!.coreResources.map((r) => r.title)).toEqual(['Linear Algebra Done Right']);
    expect(selectStudyCard(state, plan, spec.known, 'derivatives')!.coreResources).toEqual([]);
    expect(selectStudyCard(state, plan, spec.known, 'matrices')!.prerequisites[0]!.reasonHtml).toContain('katex');
    expect(selectStudyCard(state, plan, spec.known, 'no-such-concept')).toBeNull();
  });

  it('returns the same object until the plan or what the learner knows changes', () => {
    const store = makeStore();
    const before = planOf(store.getState(), '/plan/v1/backpropagation');
    const a = selectStudyCard(store.getState(), before.plan, before.spec.known, 'matrices');
    expect(selectStudyCard(store.getState(), before.plan, before.spec.known, 'matrices')).toBe(a);
    store.getState().mark('vectors', 'known');
    // Even asked with the old plan, a card does not keep a standing the learner has changed.
    const stale = selectStudyCard(store.getState(), before.plan, before.spec.known, 'matrices')!;
    expect(stale).not.toBe(a);
    expect(stale.prerequisites[0]!.standing).toEqual({ kind: 'known' });
  });
});
