// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { ASIDE_PREFIX, PROGRESS_KEY } from '../../src/store/loadProgress';
import { connectWindow } from '../../src/store/connectWindow';
import { makeStore } from './storeFixture';

const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');
const asideKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(ASIDE_PREFIX));

beforeEach(() => localStorage.clear());

describe('progress persistence', () => {
  it('starts empty and writes a versioned value on the first change', () => {
    const store = makeStore();
    expect(store.getState().progress.states).toEqual({});
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    store.getState().mark('vectors', 'known');
    expect(stored()).toMatchObject({ version: 3, states: { vectors: 'known' }, plans: [] });
    expect(typeof stored().updatedAt).toBe('string');
  });

  it('survives a new store (a reload)', () => {
    makeStore().getState().mark('matrices', 'learning');
    expect(makeStore().getState().progress.states).toEqual({ matrices: 'learning' });
  });

  it('keeps a corrupt value aside, reports it, and keeps working', () => {
    localStorage.setItem(PROGRESS_KEY, '{definitely not json');
    const store = makeStore();
    const notice = store.getState().storageNotice;
    expect(notice).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/not JSON/) });
    const [aside] = asideKeys();
    expect(aside).toBeDefined();
    expect(notice?.kind === 'invalid' && notice.asideKey).toBe(aside);
    expect(localStorage.getItem(aside!)).toBe('{definitely not json');
    store.getState().mark('vectors', 'known');
    expect(stored().states).toEqual({ vectors: 'known' });
    expect(localStorage.getItem(aside!)).toBe('{definitely not json');
  });

  it('stops repeating the notice once it is dismissed, keeping the value aside', () => {
    localStorage.setItem(PROGRESS_KEY, '{oops');
    const first = makeStore();
    expect(makeStore().getState().storageNotice).not.toBeNull();
    first.getState().dismissNotice();
    expect(stored()).toMatchObject({ version: 3, states: {} });
    expect(makeStore().getState().storageNotice).toBeNull();
    expect(asideKeys().map((k) => localStorage.getItem(k))).toEqual(['{oops']);
  });

  it('lists values kept aside and reads them back, but nothing else', () => {
    localStorage.setItem(PROGRESS_KEY, '[1,2,3]');
    localStorage.setItem('roadmaps.theme', 'dark');
    const store = makeStore();
    const keys = store.getState().asideKeys;
    expect(keys).toHaveLength(1);
    expect(store.getState().readAside(keys[0]!)).toBe('[1,2,3]');
    expect(store.getState().readAside('roadmaps.theme')).toBeNull();
    expect(makeStore().getState().asideKeys).toEqual(keys);
  });

  it('never overwrites an earlier value kept aside', () => {
    localStorage.setItem(PROGRESS_KEY, '"first"');
    makeStore({ now: () => '2025-01-01T00:00:00.000Z' })
      .getState()
      .mark('vectors', 'known');
    localStorage.setItem(PROGRESS_KEY, '"second"');
    makeStore({ now: () => '2025-01-01T00:00:00.000Z' });
    expect(
      asideKeys()
        .map((k) => localStorage.getItem(k))
        .sort(),
    ).toEqual(['"first"', '"second"']);
  });

  it('does not write at all when the bad value could not be kept aside', () => {
    localStorage.setItem(PROGRESS_KEY, '"foreign"');
    const full: Storage = {
      get length() {
        return localStorage.length;
      },
      key: (i) => localStorage.key(i),
      getItem: (k) => localStorage.getItem(k),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (k) => localStorage.removeItem(k),
      clear: () => localStorage.clear(),
    };
    const store = makeStore({ storage: full });
    expect(store.getState().storageNotice).toMatchObject({ kind: 'invalid', asideKey: null });
    store.getState().mark('vectors', 'known');
    expect(store.getState().progress.states).toEqual({ vectors: 'known' });
    expect(localStorage.getItem(PROGRESS_KEY)).toBe('"foreign"');
  });

  it('migrates version 0 and writes the new schema back', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ vectors: 'known', derivatives: 'learning' }));
    const store = makeStore();
    expect(store.getState().storageNotice).toBeNull();
    expect(store.getState().progress.states).toEqual({ vectors: 'known', derivatives: 'learning' });
    expect(stored()).toMatchObject({ version: 3, states: { vectors: 'known', derivatives: 'learning' } });
  });

  it('keeps states of ids the content does not have', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, states: { 'removed-concept': 'known' }, plans: [], updatedAt: 'x' }));
    const store = makeStore();
    store.getState().mark('vectors', 'known');
    expect(stored().states).toEqual({ 'removed-concept': 'known', vectors: 'known' });
  });

  it('follows aliases: marking by an old id stores the current id and replaces the old entry', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, states: { 'vector-basics': 'learning' }, plans: [], updatedAt: 'x' }));
    const store = makeStore();
    store.getState().mark('vector-basics', 'known');
    expect(stored().states).toEqual({ vectors: 'known' });
  });

  it('syncs another tab through the storage event', () => {
    const store = makeStore();
    const disconnect = connectWindow(store, window);
    const other = makeStore();
    other.getState().mark('chain-rule', 'known');
    window.dispatchEvent(
      new StorageEvent('storage', { key: PROGRESS_KEY, newValue: localStorage.getItem(PROGRESS_KEY), storageArea: localStorage }),
    );
    expect(store.getState().progress.states).toEqual({ 'chain-rule': 'known' });
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: '{junk', storageArea: localStorage }));
    expect(store.getState().progress.states).toEqual({ 'chain-rule': 'known' });
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: null, storageArea: localStorage }));
    expect(store.getState().progress.states).toEqual({});
    disconnect();
    window.dispatchEvent(
      new StorageEvent('storage', { key: PROGRESS_KEY, newValue: localStorage.getItem(PROGRESS_KEY), storageArea: localStorage }),
    );
    expect(store.getState().progress.states).toEqual({});
  });

  it('keeps the progress of sites under different paths of one origin apart', () => {
    const course = makeStore({ base: '/course', url: '/course/' });
    course.getState().mark('vectors', 'known');
    course.getState().savePlan('/plan/v1/vectors', 'Vectors');
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    expect(JSON.parse(localStorage.getItem('roadmaps.progress@/course')!).states).toEqual({ vectors: 'known' });
    // The site at the root, and another sub-path, start empty; the same sub-path reads it back.
    expect(makeStore().getState().progress.states).toEqual({});
    expect(makeStore({ base: '/other', url: '/other/' }).getState().progress.plans).toEqual([]);
    expect(makeStore({ base: '/course', url: '/course/' }).getState().progress.states).toEqual({ vectors: 'known' });
    // Its own tab sync listens to its own key.
    const disconnect = connectWindow(course, window);
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: null, storageArea: localStorage }));
    expect(course.getState().progress.states).toEqual({ vectors: 'known' });
    window.dispatchEvent(new StorageEvent('storage', { key: 'roadmaps.progress@/course', newValue: null, storageArea: localStorage }));
    expect(course.getState().progress.states).toEqual({});
    disconnect();
  });

  it("keeps a corrupt value of a sub-path site aside under that site's own prefix", () => {
    localStorage.setItem('roadmaps.progress@/course', '{junk');
    const store = makeStore({ base: '/course', url: '/course/' });
    expect(store.getState().asideKeys).toEqual([expect.stringMatching(/^roadmaps\.progress@\/course\.invalid\./)]);
    expect(asideKeys()).toEqual([]);
  });

  it('works with no storage at all', () => {
    const store = makeStore({ storage: null });
    store.getState().mark('vectors', 'known');
    expect(store.getState().progress.states).toEqual({ vectors: 'known' });
    expect(localStorage.length).toBe(0);
  });
});
