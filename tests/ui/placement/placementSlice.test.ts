// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { makeStore } from '../../store/storeFixture';
import { backpropPlan, placementIndex } from './placementFixture';

afterEach(() => localStorage.clear());

/** A store over the fixture content with checks, its quiz started on the backpropagation plan. */
function started() {
  const store = makeStore({ index: placementIndex });
  store.getState().startPlacement(backpropPlan);
  return store;
}

const shown = (store: ReturnType<typeof started>) => {
  const session = store.getState().placementSession!;
  return session.current === null ? null : session.placement.ids[session.current]!;
};

describe('placementSlice', () => {
  it('stops by itself once it has asked enough, never asking a concept without a choice check', () => {
    const store = started();
    const asked: string[] = [];
    for (let id = shown(store); id !== null; id = shown(store)) {
      asked.push(id);
      store.getState().answerPlacementQuestion(id, true);
    }
    expect(asked).not.toContain('derivatives');
    expect(new Set(asked).size).toBe(asked.length);
    expect(store.getState().placementSession!.endedBy).toBe('quiz');
    expect(store.getState().progress.states).toEqual({});
  });

  it('ignores an answer or a skip for a question no longer shown', () => {
    const store = started();
    const first = shown(store)!;
    store.getState().answerPlacementQuestion(first, true);
    const before = store.getState().placementSession;
    store.getState().answerPlacementQuestion(first, false);
    store.getState().skipPlacementQuestion(first);
    expect(store.getState().placementSession).toBe(before);
  });

  it('marks only concepts of the quiz, and discarding marks nothing', () => {
    const store = started();
    store.getState().stopPlacement();
    expect(store.getState().placementSession!.endedBy).toBe('learner');
    store.getState().acceptPlacement(['vectors', 'not-in-the-plan']);
    expect(store.getState().progress.states).toEqual({ vectors: 'known' });
    store.getState().startPlacement(backpropPlan);
    store.getState().discardPlacement();
    expect(store.getState().placementSession).toBeNull();
    expect(Object.keys(store.getState().progress.states)).toEqual(['vectors']);
  });

  it('does not start on a plan link that does not work', () => {
    const store = makeStore({ index: placementIndex });
    store.getState().startPlacement('/plan/v1/nothing-here');
    expect(store.getState().placementSession).toBeNull();
  });
});
