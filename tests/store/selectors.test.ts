// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { asConceptId } from '../../src/core/model/ConceptId';
import { encodePlanUrl } from '../../src/core/planner/url/planUrl';
import { selectConceptView } from '../../src/store/selectors/selectConceptView';
import { selectHomeView } from '../../src/store/selectors/selectHomeView';
import { selectPlanSize } from '../../src/store/selectors/selectPlanSize';
import { selectPlanView } from '../../src/store/selectors/selectPlanView';
import { selectRoadmapView } from '../../src/store/selectors/selectRoadmapView';
import { selectKnown, selectStateOf } from '../../src/store/selectors/selectStates';
import { makeStore } from './storeFixture';

beforeEach(() => localStorage.clear());

const ids = (...names: string[]) => names.map(asConceptId);

describe('selectors', () => {
  it('follow aliases when reading states', () => {
    localStorage.setItem(
      'roadmaps.progress',
      JSON.stringify({ version: 1, states: { 'vector-basics': 'known', gone: 'learning' }, plans: [], updatedAt: 'x' }),
    );
    const state = makeStore().getState();
    expect(selectStateOf(state, 'vectors')).toBe('known');
    expect(selectStateOf(state, 'vector-basics')).toBe('known');
    expect([...selectKnown(state)]).toEqual(['vectors']);
  });

  it('return the same object until their inputs change', () => {
    const store = makeStore();
    const a = selectPlanView(store.getState(), '/plan/v1/backpropagation');
    expect(selectPlanView(store.getState(), '/plan/v1/backpropagation')).toBe(a);
    expect(selectHomeView(store.getState())).toBe(selectHomeView(store.getState()));
    store.getState().mark('vectors', 'known');
    expect(selectPlanView(store.getState(), '/plan/v1/backpropagation')).not.toBe(a);
  });

  it('overlay a shared plan’s assumed concepts on the learner’s progress without storing them', () => {
    const store = makeStore();
    store.getState().mark('derivatives', 'known');
    const url = encodePlanUrl({ targets: ids('logistic-regression'), known: ids('vectors', 'matrices'), title: 'Shared' });
    const view = selectPlanView(store.getState(), url);
    if (!view.ok) throw new Error(view.message);
    expect(view.title).toBe('Shared');
    expect(view.assumed.map((a) => [a.id, a.yours])).toEqual([
      ['matrices', null],
      ['vectors', null],
    ]);
    expect(view.plan.steps.map((s) => s.id)).toEqual(['linear-regression', 'gradient-descent', 'logistic-regression']);
    expect(store.getState().progress.states).toEqual({ derivatives: 'known' });
  });

  it('title a plan after its targets when it has no title, and report a bad URL', () => {
    const state = makeStore().getState();
    const one = selectPlanView(state, '/plan/v1/matrices');
    expect(one.ok && one.title).toBe('Plan for Matrices');
    const three = selectPlanView(state, encodePlanUrl({ targets: ids('matrices', 'vectors', 'chain-rule'), known: [] }));
    expect(three.ok && three.title).toBe('Plan for Matrices and 2 more');
    const bad = selectPlanView(state, '/plan/v1/nope');
    expect(bad.ok).toBe(false);
  });

  it('size plans per concept for search results', () => {
    const store = makeStore();
    expect(selectPlanSize(store.getState(), 'logistic-regression')).toBe(6);
    store.getState().mark('derivatives', 'known');
    expect(selectPlanSize(store.getState(), 'logistic-regression')).toBe(5);
    store.getState().mark('logistic-regression', 'known');
    expect(selectPlanSize(store.getState(), 'logistic-regression')).toBe(0);
  });

  it('give a concept page prerequisites with reasons, unlocks, resources and its plan', () => {
    const view = selectConceptView(makeStore().getState(), 'multivariable-chain-rule');
    expect(view?.concept.id).toBe('multivariate-chain-rule');
    expect(view?.prerequisites.map((p) => [p.id, p.reason])).toEqual([
      ['chain-rule', 'It generalises the chain rule.'],
      ['vectors', 'Gradients are vectors.'],
    ]);
    expect(view?.unlocks.map((u) => u.id)).toEqual(['backpropagation']);
    expect(view?.planSteps).toBe(4);
    expect(view?.planHref).toBe('/plan/v1/multivariate-chain-rule');
    expect(selectConceptView(makeStore().getState(), 'nope')).toBeNull();
  });

  it('count a roadmap’s progress and plan it as a whole', () => {
    const store = makeStore();
    store.getState().mark('vectors', 'known');
    store.getState().mark('derivatives', 'learning');
    const view = selectRoadmapView(store.getState(), 'deep-learning');
    expect(view).toMatchObject({ total: 3, known: 1, learning: 1, planSteps: 9 });
    expect(selectRoadmapView(store.getState(), 'nope')).toBeNull();
  });
});
