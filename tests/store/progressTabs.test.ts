// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY } from '../../src/store/loadProgress';
import { connectWindow } from '../../src/store/connectWindow';
import { createAppStore } from '../../src/store/createAppStore';
import { fixtureIndex } from '../ui/fixtures/fixtureIndex';
import { fakeClock, makeStore } from './storeFixture';

const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');

/** A storage of its own, as another browser process sees it before this one's writes reach it. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('two tabs', () => {
  it('a tab that has not yet heard of the other tab\u2019s mark does not overwrite it', () => {
    const clock = fakeClock();
    const first = makeStore({ now: clock });
    const second = makeStore({ now: clock });
    first.getState().mark('vectors', 'known');
    second.getState().mark('matrices', 'known');
    expect(stored().states).toEqual({ vectors: 'known', matrices: 'known' });
    expect(second.getState().progress.states).toEqual({ vectors: 'known', matrices: 'known' });
  });

  it('merges the value another tab stored instead of adopting it, and writes back what it lacked', () => {
    const clock = fakeClock();
    const store = makeStore({ now: clock });
    store.getState().mark('vectors', 'known');
    // The other tab wrote at the same moment, without this tab's mark.
    const other = makeStore({ now: clock, storage: memoryStorage() });
    other.getState().mark('matrices', 'known');
    const theirs = JSON.stringify(other.getState().progress);
    localStorage.setItem(PROGRESS_KEY, theirs);
    store.getState().syncProgress(theirs);
    expect(store.getState().progress.states).toEqual({ vectors: 'known', matrices: 'known' });
    expect(stored().states).toEqual({ vectors: 'known', matrices: 'known' });
  });

  it('does not write back a value that already holds everything (no ping-pong)', () => {
    const store = makeStore();
    store.getState().mark('vectors', 'known');
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    store.getState().syncProgress(localStorage.getItem(PROGRESS_KEY));
    expect(setItem).not.toHaveBeenCalled();
  });

  it('lets a later unmark in the other tab win, and an earlier one lose', () => {
    const clock = fakeClock();
    const store = makeStore({ now: clock });
    store.getState().mark('vectors', 'known');
    const stale = localStorage.getItem(PROGRESS_KEY);
    const other = makeStore({ now: clock });
    other.getState().mark('vectors', null);
    store.getState().syncProgress(localStorage.getItem(PROGRESS_KEY));
    expect(store.getState().progress.states).toEqual({});
    // A value written before the unmark, arriving late, does not bring the mark back.
    store.getState().syncProgress(stale);
    expect(store.getState().progress.states).toEqual({});
    expect(stored().states).toEqual({});
  });

  it('undo in one tab wins over the other tab\u2019s older copy of the mark', () => {
    const clock = fakeClock();
    const store = makeStore({ now: clock });
    store.getState().mark('vectors', 'known');
    const withMark = localStorage.getItem(PROGRESS_KEY);
    store.getState().undo();
    store.getState().syncProgress(withMark);
    expect(store.getState().progress.states).toEqual({});
  });

  it('a reset in one tab is not undone by the other tab\u2019s older progress', () => {
    const clock = fakeClock();
    const other = makeStore({ now: clock });
    other.getState().mark('vectors', 'known');
    other.getState().savePlan('/plan/v1/vectors', 'Vectors');
    const store = makeStore({ now: clock });
    store.getState().resetProgress();
    other.getState().syncProgress(localStorage.getItem(PROGRESS_KEY));
    expect(other.getState().progress).toMatchObject({ states: {}, plans: [] });
    other.getState().mark('matrices', 'learning');
    expect(stored()).toMatchObject({ states: { matrices: 'learning' }, plans: [] });
  });

  it('takes in a value of the old schema from a tab still running the previous version', () => {
    const store = makeStore();
    store.getState().mark('vectors', 'known');
    const old = JSON.stringify({ version: 1, states: { matrices: 'known' }, plans: [], updatedAt: '2025-05-01T11:00:00.000Z' });
    localStorage.setItem(PROGRESS_KEY, old);
    store.getState().syncProgress(old);
    expect(store.getState().progress.states).toEqual({ vectors: 'known', matrices: 'known' });
    expect(stored()).toMatchObject({ version: 3, states: { vectors: 'known', matrices: 'known' } });
  });

  it('keeps a value it cannot read aside before writing over it', () => {
    const store = makeStore();
    localStorage.setItem(PROGRESS_KEY, '{"version":9}');
    store.getState().mark('vectors', 'known');
    const notice = store.getState().storageNotice;
    expect(notice).toMatchObject({ kind: 'invalid', reason: expect.stringMatching(/newer version/) });
    const asideKey = notice?.kind === 'invalid' ? notice.asideKey : null;
    expect(asideKey && localStorage.getItem(asideKey)).toBe('{"version":9}');
    expect(store.getState().asideKeys).toEqual([asideKey]);
    expect(stored().states).toEqual({ vectors: 'known' });
  });
});

describe('storage the browser refuses', () => {
  it('says so at once when reading localStorage itself throws (site data blocked)', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const store = createAppStore({ index: fixtureIndex, url: '/', history: null, now: fakeClock() });
    expect(store.getState().storageNotice).toEqual({ kind: 'unavailable' });
    store.getState().mark('vectors', 'known');
    expect(store.getState().progress.states).toEqual({ vectors: 'known' });
    // Its storage events cannot be this site's, and reading the property again must not throw.
    const disconnect = connectWindow(store, window);
    expect(() =>
      window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: null, storageArea: sessionStorage })),
    ).not.toThrow();
    expect(store.getState().progress.states).toEqual({ vectors: 'known' });
    disconnect();
  });

  it('says so when a write fails later (storage full), until a write succeeds again', () => {
    let full = false;
    const storage = memoryStorage();
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      setItem(k, v);
    };
    const store = makeStore({ storage });
    store.getState().mark('vectors', 'known');
    expect(store.getState().storageNotice).toBeNull();
    full = true;
    store.getState().mark('matrices', 'known');
    expect(store.getState().storageNotice).toEqual({ kind: 'unsaved' });
    expect(store.getState().progress.states).toEqual({ vectors: 'known', matrices: 'known' });
    full = false;
    store.getState().mark('derivatives', 'learning');
    expect(store.getState().storageNotice).toBeNull();
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).states).toEqual({ vectors: 'known', matrices: 'known', derivatives: 'learning' });
  });

  it('says so when reading fails later', () => {
    const storage = memoryStorage();
    const store = makeStore({ storage });
    storage.getItem = () => {
      throw new DOMException('gone', 'SecurityError');
    };
    store.getState().mark('vectors', 'known');
    expect(store.getState().storageNotice).toEqual({ kind: 'unsaved' });
  });
});
