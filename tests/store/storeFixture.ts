import { createAppStore, type AppStoreInit } from '../../src/store/createAppStore';
import { createSearchIndex } from '../../src/core/search/createSearchIndex';
import { fetchFixtureBody, fixtureIndex } from '../ui/fixtures/fixtureIndex';

/** A clock that moves one second per reading, so every write has a distinct time. */
export function fakeClock(start = Date.parse('2025-05-01T12:00:00.000Z')): () => string {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}

/** A fresh store over the fixture content, with history and storage from jsdom unless given. */
export function makeStore(init: Partial<AppStoreInit> = {}) {
  return createAppStore({
    index: fixtureIndex,
    url: '/',
    storage: window.localStorage,
    history: window.history,
    fetchJson: fetchFixtureBody,
    now: fakeClock(),
    loadSearch: () => Promise.resolve(createSearchIndex),
    ...init,
  });
}
