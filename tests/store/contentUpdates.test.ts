// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/model/ContentIndex';
import { fixtureIndex } from '../ui/fixtures/fixtureIndex';
import { makeStore } from './storeFixture';

const diagnostic: Diagnostic = {
  file: 'concepts/vectors.md',
  line: 6,
  column: 1,
  severity: 'error',
  rule: 'broken-link',
  message: 'Expected a link to an existing concept, found `nope`.',
};

async function storeWithBodies() {
  const store = makeStore();
  store.getState().loadBody('concepts/vectors');
  store.getState().loadBody('concepts/matrices');
  await new Promise((done) => setTimeout(done, 0));
  expect(Object.values(store.getState().bodies).map((b) => b.status)).toEqual(['ready', 'ready']);
  return store;
}

describe('content updates from the dev server', () => {
  it('takes a whole new index: the graph is fetched again, concepts and search on demand', async () => {
    const store = await storeWithBodies();
    const graph = store.getState().graph;
    const next = { ...fixtureIndex, graph: '/graph.json?v=2' };
    store.getState().applyContentUpdate({ index: next, changed: ['concepts/vectors'] });
    const state = store.getState();
    expect(state.index).toBe(next);
    expect(state.graph).not.toBe(graph);
    expect(state.graphStatus).toBe('loading');
    expect(state.details).toEqual({});
    expect(state.searchIndex).toBeNull();
    // Concept bodies come with concepts' data files, which metadata changes make stale.
    expect(Object.keys(state.bodies)).toEqual([]);
    await state.ensureGraph();
    expect(store.getState().graphStatus).toBe('ready');
    expect(store.getState().graph.index.has('vectors')).toBe(true);
  });

  it('takes a patch when only bodies changed: metadata, graph and search stay', async () => {
    const store = await storeWithBodies();
    await store.getState().ensureSearchIndex();
    const { graph, searchIndex, details } = store.getState();
    store.getState().applyContentUpdate({
      patch: { bodies: { 'roadmaps/deep-learning': '/bodies/roadmaps/deep-learning.v2.json' }, diagnostics: [diagnostic] },
      changed: ['concepts/vectors', 'roadmaps/deep-learning'],
    });
    const state = store.getState();
    expect(state.graph).toBe(graph);
    expect(state.searchIndex).toBe(searchIndex);
    expect(state.details.matrices).toBe(details.matrices);
    expect(state.details.vectors).toBeUndefined();
    expect(state.index.bodies['roadmaps/deep-learning']).toBe('/bodies/roadmaps/deep-learning.v2.json');
    expect(state.index.diagnostics).toEqual([diagnostic]);
    expect(Object.keys(state.bodies)).toEqual(['concepts/matrices']);
  });
});
