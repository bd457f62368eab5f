// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchData, createSearchIndex, type SearchIndex } from '../../src/core/search';
import { createAppStore } from '../../src/store/createAppStore';
import { fixtureConcepts, fixtureIndex } from '../ui/fixtures/fixtureIndex';
import { makeStore } from './storeFixture';

/** A `loadSearch` whose loads the test settles one by one. */
function pendingLoads() {
  const loads: { url: string; resolve: (index: SearchIndex) => void; reject: (error: Error) => void }[] = [];
  const loadSearch = (url: string) => new Promise<SearchIndex>((resolve, reject) => loads.push({ url, resolve, reject }));
  return { loads, loadSearch };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the search index in the store', () => {
  it("loads the content's prebuilt index once, however many ask at the same time", async () => {
    const { loads, loadSearch } = pendingLoads();
    const store = makeStore({ loadSearch });
    const first = store.getState().ensureSearchIndex();
    const second = store.getState().ensureSearchIndex();
    expect(loads.map((l) => l.url)).toEqual(['/search.json']);
    const index = createSearchIndex(fixtureConcepts);
    loads[0]!.resolve(index);
    expect(await first).toBe(index);
    expect(await second).toBe(index);
    expect(store.getState().searchIndex).toBe(index);
    expect(await store.getState().ensureSearchIndex()).toBe(index);
    expect(loads).toHaveLength(1);
  });

  it('says when the load failed, and tries again on the next use', async () => {
    const { loads, loadSearch } = pendingLoads();
    const store = makeStore({ loadSearch });
    const failed = store.getState().ensureSearchIndex();
    loads[0]!.reject(new Error('offline'));
    await expect(failed).rejects.toThrow('offline');
    expect(store.getState()).toMatchObject({ searchIndex: null, searchFailed: true });
    const retry = store.getState().ensureSearchIndex();
    expect(loads).toHaveLength(2);
    expect(store.getState().searchFailed).toBe(false);
    loads[1]!.resolve(createSearchIndex(fixtureConcepts));
    await retry;
    expect(store.getState()).toMatchObject({ searchIndex: expect.anything(), searchFailed: false });
  });

  it('loads again for new content, and drops a load for content that has since changed', async () => {
    const { loads, loadSearch } = pendingLoads();
    const store = makeStore({ loadSearch });
    void store.getState().ensureSearchIndex();
    store.getState().applyContentUpdate({ index: { ...fixtureIndex, search: '/search.v2.json' }, changed: [] });
    void store.getState().ensureSearchIndex();
    expect(loads.map((l) => l.url)).toEqual(['/search.json', '/search.v2.json']);
    const stale = createSearchIndex(fixtureConcepts);
    loads[0]!.resolve(stale);
    await settle();
    expect(store.getState().searchIndex).toBeNull();
    const fresh = createSearchIndex(fixtureConcepts);
    loads[1]!.resolve(fresh);
    await settle();
    expect(store.getState().searchIndex).toBe(fresh);
  });

  it('by default fetches the index file and loads it, and fails on an HTTP error', async () => {
    const data = JSON.stringify(buildSearchData(fixtureConcepts));
    const fetch = vi.fn(async (url: string) => (url === '/search.json' ? new Response(data) : new Response('Not found', { status: 404 })));
    vi.stubGlobal('fetch', fetch);
    const store = createAppStore({ index: fixtureIndex, url: '/', storage: null, history: null });
    const index = await store.getState().ensureSearchIndex();
    expect(fetch).toHaveBeenCalledWith('/search.json');
    expect(index.search('backprop')[0]?.id).toBe('backpropagation');

    const missing = createAppStore({ index: { ...fixtureIndex, search: '/gone.json' }, url: '/', storage: null, history: null });
    await expect(missing.getState().ensureSearchIndex()).rejects.toThrow('404 /gone.json');
    expect(missing.getState().searchFailed).toBe(true);
  });
});
