// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fetchPreload } from '../../src/store/fetchPreload';
import { selectConceptView } from '../../src/store/selectors/selectConceptView';
import { selectLinkStates } from '../../src/store/selectors/selectLinkStates';
import { selectRoadmapView } from '../../src/store/selectors/selectRoadmapView';
import { fetchFixtureBody, fixtureIndex } from '../ui/fixtures/fixtureIndex';
import { makeStore } from './storeFixture';

const settle = () => new Promise((done) => setTimeout(done, 0));

/** A store as a browser starts one: the boot index and a page's own data, no graph yet. */
async function pageStore(path: string, fetches: string[] = []) {
  const fetchJson = (url: string) => {
    fetches.push(url);
    return fetchFixtureBody(url);
  };
  const route = path.startsWith('/concepts/') ? { kind: 'concept' as const, id: path.slice(10) } : { kind: 'home' as const };
  const preload = await fetchPreload(fixtureIndex, route, fetchJson);
  return makeStore({ url: path, preload, fetchJson, storage: null });
}

/** A store with nothing preloaded whose fetches fail while `network.up` is false. */
function flakyStore(network: { up: boolean }) {
  return makeStore({
    url: '/',
    preload: {},
    storage: null,
    fetchJson: (url) => (network.up ? fetchFixtureBody(url) : Promise.reject(new Error('offline'))),
  });
}

describe('a store over the split content', () => {
  it('opens a concept page from its data file alone, with the build figures until the graph is in', async () => {
    const fetches: string[] = [];
    const store = await pageStore('/concepts/backpropagation', fetches);
    expect(fetches).toEqual(['/data/concepts/backpropagation.json']);
    expect(store.getState().graphStatus).toBe('partial');
    const view = selectConceptView(store.getState(), 'backpropagation')!;
    expect(view.concept.title).toBe('Backpropagation');
    // The fixture's data file says 1 step: the stand-in figures, not a plan over a partial graph.
    expect(view.planSteps).toBe(1);
    // A link the partial graph does not have is not called missing before the graph can tell.
    expect(selectLinkStates(store.getState())('vectors')).toBeNull();
    await store.getState().ensureGraph();
    expect(store.getState().graphStatus).toBe('ready');
    expect(fetches).toEqual(['/data/concepts/backpropagation.json', '/graph.json']);
    const full = selectConceptView(store.getState(), 'backpropagation')!;
    expect(full.planSteps).toBeGreaterThan(1);
    expect(selectLinkStates(store.getState())('nope')).toBe('missing');
  });

  it('fetches another concept once, and follows an alias once the graph tells', async () => {
    const fetches: string[] = [];
    const store = await pageStore('/concepts/backpropagation', fetches);
    expect(selectConceptView(store.getState(), 'vectors')).toBeUndefined();
    store.getState().loadConcept('vectors');
    store.getState().loadConcept('vectors');
    await settle();
    expect(fetches.filter((url) => url.includes('vectors'))).toHaveLength(1);
    expect(selectConceptView(store.getState(), 'vectors')!.concept.id).toBe('vectors');
    expect(store.getState().bodies['concepts/vectors']?.status).toBe('ready');
  });

  it('reports a concept that cannot be fetched, and takes a retry', async () => {
    const network = { up: false };
    const store = flakyStore(network);
    store.getState().loadConcept('vectors');
    await settle();
    expect(store.getState().details.vectors).toMatchObject({ status: 'error' });
    network.up = true;
    store.getState().loadConcept('vectors');
    await settle();
    expect(store.getState().details.vectors).toMatchObject({ status: 'ready' });
  });

  it('shows a roadmap plan size from the boot index while the graph is partial', () => {
    const index = { ...fixtureIndex, roadmapPlans: { 'deep-learning': { steps: 42, minutes: 600 } } };
    const store = makeStore({ url: '/', index, preload: {}, storage: null });
    const view = selectRoadmapView(store.getState(), 'deep-learning')!;
    expect([view.planSteps, view.planMinutes, view.total]).toEqual([42, 600, fixtureIndex.roadmaps[0]!.concepts.length]);
  });

  it('marks a failed graph fetch as an error and fetches again when asked', async () => {
    const network = { up: false };
    const store = flakyStore(network);
    await store.getState().ensureGraph();
    expect(store.getState().graphStatus).toBe('error');
    network.up = true;
    await store.getState().ensureGraph();
    expect(store.getState().graphStatus).toBe('ready');
  });

  it('starts a deferred store with nothing stored, then restores progress, theme and recent plans', () => {
    localStorage.clear();
    makeStore({ url: '/' }).getState().mark('vectors', 'known');
    localStorage.setItem('roadmaps.theme', 'dark');
    const store = makeStore({ url: '/', deferStorage: true });
    expect(store.getState().progress.states).toEqual({});
    expect(store.getState().theme).toBe('system');
    store.getState().restoreStoredState();
    expect(store.getState().progress.states.vectors).toBe('known');
    expect(store.getState().theme).toBe('dark');
    // What zustand hands React while hydrating: still the first state.
    expect(store.getInitialState().progress.states).toEqual({});
    localStorage.clear();
  });
});
