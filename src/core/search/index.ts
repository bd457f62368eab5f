export type { SearchHit, SearchIndex } from './SearchIndex';
export { createSearchIndex, singular } from './createSearchIndex';
