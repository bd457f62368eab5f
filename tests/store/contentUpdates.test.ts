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
  it('takes a whole new index: new graph, search rebuilt on demand, changed bodies fetched again', async () => {
    const store = await storeWithBodies();
    const graph = store.getState().graph;
    const concepts = fixtureIndex.concepts.map((c) => (c.id === 'vectors' ? { ...c, title: 'Vectors, revised' } : c));
    const bodies = { ...fixtureIndex.bodies, 'concepts/vectors': '/bodies/concepts/vectors.v2.json' };
    store.getState().applyContentUpdate({ index: { ...fixtureIndex, concepts, bodies }, changed: ['concepts/vectors'] });
    const state = store.getState();
    expect(state.graph).not.toBe(graph);
    expect(state.graph.concepts[state.graph.index.get('vectors')!]!.title).toBe('Vectors, revised');
    expect(Object.keys(state.bodies)).toEqual(['concepts/matrices']);
  });

  it('takes a patch when only bodies changed: metadata, graph and search stay', async () => {
    const store = await storeWithBodies();
    await store.getState().ensureSearchIndex();
    const { graph, searchIndex, index } = store.getState();
    store.getState().applyContentUpdate({
      patch: { bodies: { 'concepts/vectors': '/bodies/concepts/vectors.v2.json' }, diagnostics: [diagnostic] },
      changed: ['concepts/vectors'],
    });
    const state = store.getState();
    expect(state.graph).toBe(graph);
    expect(state.searchIndex).toBe(searchIndex);
    expect(state.index.concepts).toBe(index.concepts);
    expect(state.index.bodies['concepts/vectors']).toBe('/bodies/concepts/vectors.v2.json');
    expect(state.index.bodies['concepts/matrices']).toBe(index.bodies['concepts/matrices']);
    expect(state.index.diagnostics).toEqual([diagnostic]);
    expect(Object.keys(state.bodies)).toEqual(['concepts/matrices']);
  });
});
