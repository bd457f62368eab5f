export type { SearchHit, SearchIndex } from './SearchIndex';
export { createSearchIndex } from './createSearchIndex';
