import type { Concept } from '../model';
import { buildSearchData } from './buildSearchData';
import { loadSearchIndex } from './loadSearchIndex';
import type { SearchIndex } from './SearchIndex';

export { singular } from './singular';

/**
 * The search index over concepts, built here rather than loaded: the same data, engine and
 * ranking as the prebuilt file the app fetches, for tests and tools that have the concepts.
 */
export function createSearchIndex(concepts: readonly Concept[]): SearchIndex {
  return loadSearchIndex(buildSearchData(concepts));
}
