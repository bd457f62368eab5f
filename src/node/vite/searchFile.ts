import type { Concept } from '../../core/model';
import { buildSearchData } from '../../core/search';
import { contentHash } from './buildContent';

/** The prebuilt search index as a file of the build, and the URL the app fetches it from. */
export interface SearchFile {
  /** `content/search.<hash>.json`: named by its content, so it caches forever. */
  readonly fileName: string;
  readonly source: string;
  /** `fileName` under `base`, the path the site is served under (empty at the root). */
  readonly url: string;
}

/** The search index over `concepts`, built at compile time so the browser only loads it. */
export function searchFile(concepts: readonly Concept[], base: string): SearchFile {
  const source = JSON.stringify(buildSearchData(concepts));
  const fileName = `content/search.${contentHash(source)}.json`;
  return { fileName, source, url: `${base}/${fileName}` };
}
