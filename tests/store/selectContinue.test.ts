// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RECENT_PLANS_KEY } from '../../src/store/recentPlans';
import { selectContinue } from '../../src/store/selectors/selectContinue';
import { selectPlanView } from '../../src/store/selectors/selectPlanView';
import { makeStore } from './storeFixture';

// Counts planner calls, to show that the home page recomputes only the plans whose inputs changed.
const calls = vi.hoisted(() => ({ planFor: 0 }));
vi.mock('../../src/core/planner', async (original) => {
  const actual = await original<typeof import('../../src/core/planner')>();
  return {
    ...actual,
    planFor: (...args: Parameters<typeof actual.planFor>) => {
      calls.planFor++;
      return actual.planFor(...args);
    },
  };
});

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('selectContinue', () => {
  it('lists plans opened lately, newest first, then saved plans not opened lately, each once', () => {
    const store = makeStore();
    store.getState().savePlan('/plan/v1/derivatives', 'Old saved');
    store.getState().savePlan('/plan/v1/chain-rule', 'Calculus');
    store.getState().navigate('/plan/v1/matrices?t=Week%201');
    store.getState().navigate('/plan/v1/chain-rule');
    const list = selectContinue(store.getState());
    expect(list.map((p) => [p.url, p.title, p.saved])).toEqual([
      ['/plan/v1/chain-rule', 'Calculus', true],
      ['/plan/v1/matrices?t=Week%201', 'Week 1', false],
      ['/plan/v1/derivatives', 'Old saved', true],
    ]);
  });

  it('titles an unsaved plan without a title after its targets', () => {
    const store = makeStore({ url: '/plan/v1/vectors,derivatives' });
    expect(selectContinue(store.getState())[0]?.title).toBe('Plan for Vectors and Derivatives');
  });

  it('counts progress so that what is left is the plan page’s "Steps"', () => {
    const store = makeStore({ url: '/plan/v1/backpropagation' });
    const check = (known: number, learning: number) => {
      const [item] = selectContinue(store.getState());
      const page = selectPlanView(store.getState(), '/plan/v1/backpropagation');
      if (!page.ok) throw new Error(page.message);
      expect(item?.progress).toEqual({ total: 10, known, learning });
      expect(10 - known).toBe(page.plan.totals.concepts);
    };
    check(0, 0);
    store.getState().mark('derivatives', 'known');
    check(1, 0);
    // Knowing the multivariate chain rule takes the chain rule, needed only by it, off the plan too.
    store.getState().mark('multivariable-chain-rule', 'known');
    check(3, 0);
    store.getState().mark('vectors', 'learning');
    check(3, 1);
  });

  it('counts a shared plan’s assumed concepts out of its total, as its page does', () => {
    const store = makeStore({ url: '/plan/v1/linear-regression?k=matrices' });
    // Linear regression needs matrices (assumed) and derivatives: two steps for anyone.
    expect(selectContinue(store.getState())[0]?.progress).toEqual({ total: 2, known: 0, learning: 0 });
  });

  it('gives the first step ready to start as the next step, and none when nothing is left', () => {
    const store = makeStore({ url: '/plan/v1/chain-rule' });
    expect(selectContinue(store.getState())[0]?.next).toEqual({ id: 'derivatives', title: 'Derivatives', minutes: 30 });
    store.getState().mark('derivatives', 'known');
    expect(selectContinue(store.getState())[0]?.next).toEqual({ id: 'chain-rule', title: 'Chain rule', minutes: 20 });
    store.getState().mark('chain-rule', 'known');
    const [done] = selectContinue(store.getState());
    expect(done?.next).toBeNull();
    expect(done?.progress).toEqual({ total: 2, known: 2, learning: 0 });
  });

  it('keeps a saved plan whose link no longer works, without progress, and drops such a recent one', () => {
    localStorage.setItem(RECENT_PLANS_KEY, JSON.stringify(['/plan/v1/gone-concept', '/plan/v1/vectors']));
    const store = makeStore();
    store.getState().savePlan('/plan/v1/removed-concept', 'Old plan');
    expect(selectContinue(store.getState())).toEqual([
      expect.objectContaining({ url: '/plan/v1/vectors', saved: false }),
      { url: '/plan/v1/removed-concept', title: 'Old plan', saved: true, progress: null, next: null },
    ]);
  });

  it('returns the same list until progress or the plans change, and replans only what changed', () => {
    const store = makeStore();
    store.getState().navigate('/plan/v1/backpropagation');
    store.getState().navigate('/plan/v1/chain-rule');
    calls.planFor = 0;
    const first = selectContinue(store.getState());
    // Each plan: once for anyone, once for the learner.
    expect(calls.planFor).toBe(4);
    store.getState().setTheme('dark');
    expect(selectContinue(store.getState())).toBe(first);
    // A concept under way changes no plan: the counts are recomputed, the plans are not.
    store.getState().mark('vectors', 'learning');
    expect(selectContinue(store.getState())).not.toBe(first);
    expect(calls.planFor).toBe(4);
    // A concept known replans each for the learner only.
    store.getState().mark('derivatives', 'known');
    selectContinue(store.getState());
    expect(calls.planFor).toBe(6);
  });
});
