// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../src/store/loadProgress';
import { makeStore } from './storeFixture';

beforeEach(() => localStorage.clear());

describe('progress actions', () => {
  it('undoes the last change', () => {
    const store = makeStore();
    store.getState().mark('vectors', 'learning');
    store.getState().mark('vectors', 'known');
    expect(store.getState().lastChange).toEqual({ id: 'vectors', previous: 'learning', next: 'known' });
    store.getState().undo();
    expect(store.getState().progress.states).toEqual({ vectors: 'learning' });
    expect(store.getState().lastChange).toBeNull();
  });

  it('clears a state with null', () => {
    const store = makeStore();
    store.getState().mark('vectors', 'known');
    store.getState().mark('vectors', null);
    expect(store.getState().progress.states).toEqual({});
  });

  it('merges an import and reports what it added', () => {
    const store = makeStore();
    store.getState().mark('vectors', 'learning');
    const file = JSON.stringify({
      format: 'roadmaps-progress',
      version: 1,
      exportedAt: 'x',
      updatedAt: 'x',
      states: { vectors: 'known', matrices: 'learning' },
      plans: [{ url: '/plan/v1/a', title: 'A', savedAt: 'x' }],
    });
    expect(store.getState().importProgress(file)).toEqual({ ok: true, added: 1, upgraded: 1, plansAdded: 1 });
    expect(store.getState().progress.states).toEqual({ vectors: 'known', matrices: 'learning' });
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).plans).toHaveLength(1);
  });

  it('refuses a bad import and changes nothing', () => {
    const store = makeStore();
    store.getState().mark('vectors', 'known');
    const before = store.getState().progress;
    expect(store.getState().importProgress('<html>')).toMatchObject({ ok: false, reason: expect.any(String) });
    expect(store.getState().progress).toBe(before);
  });

  it('exports what an import reads back', () => {
    const store = makeStore();
    store.getState().mark('vectors', 'known');
    store.getState().savePlan('/plan/v1/x', 'Mine');
    const text = store.getState().exportProgress();
    const fresh = makeStore({ storage: null });
    expect(fresh.getState().importProgress(text)).toEqual({ ok: true, added: 1, upgraded: 0, plansAdded: 1 });
    expect(fresh.getState().progress.plans[0]?.title).toBe('Mine');
  });

  it('resets everything', () => {
    const store = makeStore();
    store.getState().mark('vectors', 'known');
    store.getState().savePlan('/plan/v1/x', 'Mine');
    store.getState().resetProgress();
    expect(store.getState().progress).toMatchObject({ states: {}, plans: [] });
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).states).toEqual({});
  });

  it('saves, renames and removes plans', () => {
    const store = makeStore();
    store.getState().savePlan('/plan/v1/x', 'One');
    store.getState().savePlan('/plan/v1/x', 'Renamed');
    expect(store.getState().progress.plans.map((p) => p.title)).toEqual(['Renamed']);
    store.getState().removePlan('/plan/v1/x');
    expect(store.getState().progress.plans).toEqual([]);
  });
});
