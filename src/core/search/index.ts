export type { SearchHit, SearchIndex } from './SearchIndex';
export type { SearchData } from './SearchData';
export { buildSearchData } from './buildSearchData';
export { createSearchIndex } from './createSearchIndex';
export { loadSearchIndex } from './loadSearchIndex';
