import { createAppStore, type AppStoreInit } from '../../src/store/createAppStore';
import { createSearchIndex } from '../../src/core/search/createSearchIndex';
import type { Concept, ContentIndex } from '../../src/core/model';
import { fetchFixtureBody, fixtureConcepts, fixtureIndex, type TestIndex } from '../ui/fixtures/fixtureIndex';

/** A clock that moves one second per reading, so every write has a distinct time. */
export function fakeClock(start = Date.parse('2025-05-01T12:00:00.000Z')): () => string {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}

/**
 * A fresh store over the fixture content, with history and storage from jsdom unless given. It
 * starts with the whole graph and every concept's metadata (the index's `concepts`, or `concepts`)
 * unless `preload` says otherwise.
 */
export function makeStore(
  init: Partial<Omit<AppStoreInit, 'index'>> & { index?: ContentIndex | TestIndex; concepts?: readonly Concept[] } = {},
) {
  const { concepts: given, ...rest } = init;
  const index = rest.index ?? fixtureIndex;
  const concepts = given ?? ('concepts' in index ? (index as TestIndex).concepts : fixtureConcepts);
  return createAppStore({
    preload: { graph: concepts, details: concepts },
    url: '/',
    storage: window.localStorage,
    history: window.history,
    fetchJson: fetchFixtureBody,
    now: fakeClock(),
    loadSearch: () => Promise.resolve(createSearchIndex(concepts)),
    ...rest,
    index,
  });
}
